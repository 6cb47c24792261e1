package app.dossier.app;

import static app.dossier.service.ReadOnlyMedia.OWNER_MAY_WRITE;
import static app.dossier.service.ReadOnlyMedia.makeReadOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.Refusal;
import app.dossier.service.Checkpoint;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.service.Workspace;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier profile}: shows the business profile, sets the fields given, clears a field given empty. */
@Tag("slow")
class ProfileCommandTest {
    @TempDir
    Path temp;

    private CommandRun dossier(String... args) {
        return CommandRun.on(temp.resolve("D"), new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @Test
    void aProfileNeverSetSaysHowToSetIt() {
        CommandRun shown = dossier("profile");
        assertThat(shown.code()).isZero();
        assertThat(shown.out()).startsWith("No business profile is set yet. Set it with dossier profile --name NAME");
    }

    @Test
    void setsTheOptionsGivenKeepsTheOthersAndClearsOneGivenEmpty() {
        CommandRun set = dossier("profile", "--name", "Nguyễn Thị Mai", "--company", "Công ty TNHH Mai Home",
                "--contact", "0903 123 456", "--member", "maihome_vn", "--wechat", "梅家居");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo(String.join("\n", "Saved your business profile.",
                "Name              Nguyễn Thị Mai",
                "Company           Công ty TNHH Mai Home",
                "Contact           0903 123 456",
                "1688 member name  maihome_vn",
                "WeChat ID         梅家居", ""));

        assertThat(dossier("profile", "--contact", "mai@maihome.vn", "--company", "").out())
                .contains("Name              Nguyễn Thị Mai", "Company           -", "Contact           mai@maihome.vn",
                        "WeChat ID         梅家居");

        try (Services services = new Composition(Checkpoint.NONE, Workspace.CLOCK).open(location())) {
            assertThat(services.profile().profile()).isEqualTo(new BusinessProfile("Nguyễn Thị Mai", null,
                    "mai@maihome.vn", "maihome_vn", "梅家居"));
        }
    }

    @Test
    void aFieldTooLongIsRefusedInTheWindowsWordsInEnglish() {
        dossier("profile", "--name", "Nguyễn Thị Mai");
        CommandRun refused = dossier("profile", "--wechat", "w".repeat(101));

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo(Refusal.TEXT_TOO_LONG.with("Your WeChat ID", 100, 101).english());
        assertThat(dossier("profile").out()).contains("Nguyễn Thị Mai").contains("WeChat ID         -");
    }

    @Test
    void helpNamesEveryOption() {
        CommandRun help = dossier("profile", "-h");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: dossier profile", "--name=NAME", "--company=NAME", "--contact=TEXT",
                "--member=NAME", "--wechat=ID", "an option given as \"\" clears that");
    }

    @Test
    void onAReadOnlyDataFolderTheProfileIsShownAndNotChanged() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        dossier("profile", "--name", "Nguyễn Thị Mai");
        Path data = temp.resolve("D");
        makeReadOnly(data, true);
        try {
            Composition readOnly = new Composition(Checkpoint.NONE, Workspace.CLOCK, OWNER_MAY_WRITE);
            CommandRun shown = CommandRun.on(data, readOnly, "profile");
            assertThat(shown.code()).isZero();
            assertThat(shown.out()).contains("Name              Nguyễn Thị Mai");

            CommandRun refused = CommandRun.on(data, readOnly, "profile", "--name", "Mai");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("is read-only");
        } finally {
            makeReadOnly(data, false);
        }
        assertThat(dossier("profile").out()).contains("Nguyễn Thị Mai");
    }

    private DataLocation location() {
        return DataLocation.resolve(temp.resolve("D"), null);
    }
}
