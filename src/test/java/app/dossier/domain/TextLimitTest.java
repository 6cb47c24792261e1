package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One rule for every typed text: how long it may be, and whether it may run over several lines. */
class TextLimitTest {
    @Test
    void aSingleLineFieldRefusesALineBreakAndANoteKeepsIt() {
        assertThat(TextLimit.FACTORY_NAME.problem("Xưởng Kim Long\nBình Dương")).contains(TextLimit.Problem.LINE_BREAK);
        assertThat(TextLimit.FACTORY_NAME.problem("Xưởng Kim Long\u2028Bình Dương"))
                .contains(TextLimit.Problem.LINE_BREAK);
        assertThat(TextLimit.ORDER_NOTES.problem("Giao trước Tết.\nGọi chị Lan trước khi giao.")).isEmpty();
        assertThat(TextLimit.ORDER_NOTES.checked("Giao trước Tết.\nGọi chị Lan.")).isEqualTo("Giao trước Tết.\nGọi chị Lan.");
    }

    @Test
    void aLineBreakOrSpacesAtTheEndsAreTrimmedNotRefused() {
        assertThat(TextLimit.FACTORY_NAME.checked("  义乌市佳美日用品有限公司\n")).isEqualTo("义乌市佳美日用品有限公司");
    }

    @Test
    void invisibleControlCharactersAreRefusedEvenInNotes() {
        assertThat(TextLimit.FACTORY_NAME.problem("Xưởng\u0007 Mới")).contains(TextLimit.Problem.CONTROL_CHARACTER);
        assertThat(TextLimit.ORDER_NOTES.problem("màu \u001b[31mđỏ")).contains(TextLimit.Problem.CONTROL_CHARACTER);
        assertThat(TextLimit.FACTORY_NAME.problem("Xưởng\tMới")).contains(TextLimit.Problem.CONTROL_CHARACTER);
        assertThat(TextLimit.ORDER_NOTES.problem("cột 1\tcột 2")).isEmpty();
    }

    @Test
    void theLimitCountsCharactersAsSeenNotBytesOrUtf16Units() {
        String name = "𠀀".repeat(120); // outside the BMP: two UTF-16 units each
        assertThat(TextLimit.FACTORY_NAME.problem(name)).isEmpty();
        assertThat(TextLimit.FACTORY_NAME.problem(name + "x")).contains(TextLimit.Problem.TOO_LONG);
        assertThat(TextLimit.CAPTION.problem("a".repeat(10_000))).contains(TextLimit.Problem.TOO_LONG);
        assertThat(TextLimit.CAPTION.problem(null)).isEqualTo(Optional.empty());
    }

    @Test
    void aRefusalNamesTheFieldTheLimitAndTheLength() {
        assertThatThrownBy(() -> TextLimit.CAPTION.checked("Thùng móp ".repeat(1_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A caption can be at most 500 characters long; this one has 9999. Shorten it.")
                .satisfies(e -> assertThat(((DossierException) e).wording()).hasValueSatisfying(w -> {
                    assertThat(w.refusal()).isEqualTo(Refusal.TEXT_TOO_LONG);
                    assertThat(w.values()).containsExactly("A caption", "500", "9999");
                }));
        assertThatThrownBy(() -> TextLimit.FACTORY_NAME.checked("Xưởng\nMới"))
                .hasMessage("The factory's name must fit on one line: remove the line break.");
    }

    @Test
    void textFromAFileIsMadeToFitInsteadOfRefused() {
        assertThat(TextLimit.PRODUCT.fitted("不锈钢保温杯\n500ml  \t 白色")).isEqualTo("不锈钢保温杯 500ml 白色");
        String long400 = "长".repeat(400);
        String fitted = TextLimit.PRODUCT.fitted(long400);
        assertThat(fitted).hasSize(300).endsWith("…");
        assertThat(TextLimit.PRODUCT.problem(fitted)).isEmpty();
        assertThat(TextLimit.ORDER_NOTES.fitted("Buyer's message: gấp\nShipping: 圆通\u0007")).isEqualTo(
                "Buyer's message: gấp\nShipping: 圆通");
        assertThat(TextLimit.PRODUCT.fitted(TextLimit.PRODUCT.fitted(long400))).isEqualTo(fitted);
    }

    @Test
    void everyFieldHasAnEnglishNameThatFindsItAgain() {
        for (TextLimit field : TextLimit.values()) {
            assertThat(TextLimit.named(field.english())).contains(field);
            assertThat(field.limit()).isPositive();
        }
    }
}
