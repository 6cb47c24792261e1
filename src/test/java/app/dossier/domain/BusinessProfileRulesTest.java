package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every field of the business profile is optional; each has its length and stays on one line. */
class BusinessProfileRulesTest {
    @Test
    void anEmptyProfileAndAFullOneInVietnameseAndChineseAreFine() {
        assertThat(BusinessProfileRules.problems(BusinessProfile.empty())).isEmpty();
        assertThat(BusinessProfileRules.problems(new BusinessProfile("Nguyễn Thị Mai", "Công ty TNHH Mai Home",
                "0903 123 456", "maihome_vn", "梅家居"))).isEmpty();
    }

    @Test
    void eachFieldIsJudgedUnderItsOwnName() {
        var problems = BusinessProfileRules.problems(new BusinessProfile("n".repeat(101), "c".repeat(201),
                "0903\n123", "m".repeat(100), "w\u0007"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly(Field.BUYER_NAME, Field.BUYER_COMPANY,
                Field.BUYER_CONTACT, Field.BUYER_WECHAT_ID);
        assertThat(problems).extracting(FieldProblem::refusal).containsExactly(Refusal.TEXT_TOO_LONG,
                Refusal.TEXT_TOO_LONG, Refusal.TEXT_HAS_LINE_BREAK, Refusal.TEXT_HAS_CONTROL_CHARACTER);
        assertThat(problems.get(0).values()).containsExactly("Your name", "100", "101");
    }

    @Test
    void blankFieldsMakeAnEmptyProfileAndCleaningKeepsTheTextAsTyped() {
        assertThat(new BusinessProfile(" ", "", null, "\t", null).isEmpty()).isTrue();
        assertThat(new BusinessProfile(" ", "", null, "\t", null).cleaned()).isEqualTo(BusinessProfile.empty());
        assertThat(new BusinessProfile(" Nguyễn Thị Mai ", null, null, null, "梅家居").cleaned())
                .isEqualTo(new BusinessProfile("Nguyễn Thị Mai", null, null, null, "梅家居"));
    }
}
