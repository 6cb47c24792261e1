package app.dossier.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.Field;
import app.dossier.ui.ModelContext;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Your business" in Settings: typed, judged by the domain's rule in the window's language, saved. */
class BusinessProfileFormTest {
    @TempDir
    Path temp;

    private static void type(BusinessProfileForm form, String name, String company, String contact, String member,
            String wechat) {
        form.text(Field.BUYER_NAME).set(name);
        form.text(Field.BUYER_COMPANY).set(company);
        form.text(Field.BUYER_CONTACT).set(contact);
        form.text(Field.BUYER_MEMBER_NAME).set(member);
        form.text(Field.BUYER_WECHAT_ID).set(wechat);
    }

    @Test
    void aProfileTypedIsSavedAndShownAgain() {
        try (ModelContext ui = new ModelContext(temp, false)) {
            BusinessProfileForm form = new BusinessProfileForm(ui.context());
            form.load();
            assertThat(form.text(Field.BUYER_NAME).get()).isEmpty();

            type(form, "Nguyễn Thị Mai", "Công ty TNHH Mai Home", "0903 123 456", "maihome_vn", "梅家居");
            assertThat(form.save()).isTrue();

            assertThat(ui.workspace().services().profile().profile()).isEqualTo(new BusinessProfile("Nguyễn Thị Mai",
                    "Công ty TNHH Mai Home", "0903 123 456", "maihome_vn", "梅家居"));
            assertThat(ui.navigator().lastSaid()).isEqualTo("Your business details are saved.");
            BusinessProfileForm again = new BusinessProfileForm(ui.context());
            again.load();
            assertThat(again.text(Field.BUYER_COMPANY).get()).isEqualTo("Công ty TNHH Mai Home");
            assertThat(again.text(Field.BUYER_WECHAT_ID).get()).isEqualTo("梅家居");
        }
    }

    @Test
    void nothingTypedChangesNothing() {
        try (ModelContext ui = new ModelContext(temp, false)) {
            BusinessProfileForm form = new BusinessProfileForm(ui.context());
            form.load();
            assertThat(form.save()).isTrue();
            assertThat(ui.workspace().root().resolve("business-profile.json")).doesNotExist();
        }
    }

    @Test
    void aRefusedFieldIsExplainedUnderItInVietnameseAndNothingTypedIsLost() {
        try (ModelContext ui = new ModelContext(temp, false, Locale.forLanguageTag("vi"))) {
            BusinessProfileForm form = new BusinessProfileForm(ui.context());
            form.load();
            String longCompany = "Công ty TNHH ".repeat(20);
            type(form, "Nguyễn Thị Mai", longCompany, "0903 123 456", "", "");

            assertThat(form.save()).isFalse();

            assertThat(form.error(Field.BUYER_COMPANY).get())
                    .isEqualTo("Công ty của bạn chỉ được dài tối đa 200 ký tự; ở đây có 259. Hãy rút ngắn lại.");
            assertThat(form.error(Field.BUYER_NAME).get()).isEmpty();
            assertThat(form.text(Field.BUYER_NAME).get()).isEqualTo("Nguyễn Thị Mai");
            assertThat(form.text(Field.BUYER_COMPANY).get()).isEqualTo(longCompany);
            assertThat(ui.workspace().services().profile().profile().isEmpty()).isTrue();

            form.text(Field.BUYER_COMPANY).set("Công ty TNHH Mai Home");
            assertThat(form.error(Field.BUYER_COMPANY).get()).as("judged again as it is typed").isEmpty();
            assertThat(form.save()).isTrue();
            assertThat(ui.workspace().services().profile().profile().company()).isEqualTo("Công ty TNHH Mai Home");
        }
    }
}
