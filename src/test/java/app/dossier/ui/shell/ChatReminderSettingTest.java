package app.dossier.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.guidance.Finding;
import app.dossier.ui.ModelContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat-export reminder's interval in Settings: shown, saved, and refused in words. */
class ChatReminderSettingTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private ChatReminderSetting setting;

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        setting = new ChatReminderSetting(ui.context());
        setting.load();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void showsFourteenDaysAndSavesAWeek() {
        assertThat(setting.days().textProperty().get()).isEqualTo("14");
        setting.days().textProperty().set("7");

        assertThat(setting.save()).isTrue();

        assertThat(ui.workspace().services().guidance().chatExportDays()).isEqualTo(7);
        assertThat(ui.navigator().lastSaid()).isEqualTo("The reminder to export chats now comes every 7 days.");
        // a week: the gift box chat (saved on 18 Nov) is now due for export too
        assertThat(ui.workspace().services().guidance().findings(null))
                .filteredOn(f -> f.kind() == Finding.Kind.CHAT_EXPORT_DUE)
                .anySatisfy(f -> assertThat(f.orderLabel()).startsWith("定制磁吸礼盒"));
    }

    @Test
    void aNumberTheServiceRefusesIsExplainedUnderTheField() {
        setting.days().textProperty().set("400");

        assertThat(setting.save()).isFalse();

        assertThat(setting.days().errorProperty().get())
                .isEqualTo("The reminder to export chats can be every 1 to 365 days (it was 400).");
        assertThat(ui.workspace().services().guidance().chatExportDays()).isEqualTo(14);
    }

    @Test
    void textThatIsNotANumberIsExplained() {
        setting.days().textProperty().set("two weeks");
        assertThat(setting.save()).isFalse();
        assertThat(setting.days().errorProperty().get())
                .isEqualTo("“two weeks” is not a number of days. Type a whole number, for example 14.");
        setting.days().textProperty().set("");
        assertThat(setting.save()).isFalse();
        assertThat(setting.days().errorProperty().get()).isEqualTo("Type how many days, for example 14.");
    }
}
