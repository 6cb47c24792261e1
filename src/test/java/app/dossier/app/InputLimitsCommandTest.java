package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts, numbers and folder names given on the command line are refused in plain words when they cannot be kept. */
@Tag("slow")
class InputLimitsCommandTest {
    @TempDir
    Path temp;

    private Path data;



    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @BeforeEach
    void factory() {
        data = temp.resolve("D");
        assertThat(dossier("add-factory", "Xưởng Kim Long").code()).isZero();
    }

    @Test
    void aFactoryNameWithALineBreakIsRefusedAndTheListStaysOneLinePerFactory() {
        CommandRun refused = dossier("add-factory", "Xưởng Kim Long\nBình Dương");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("The factory's name must fit on one line: remove the line break.");
        CommandRun list = dossier("factories");
        assertThat(list.out().lines()).filteredOn(l -> l.contains("Xưởng")).singleElement().asString()
                .contains("Xưởng Kim Long").doesNotContain("Bình Dương");
    }

    @Test
    void aQuantityInLettersIsRefusedInPlainWords() {
        CommandRun refused = dossier("add-order", "--factory", "Xưởng Kim Long", "--product", "Bình giữ nhiệt",
                "--quantity", "abc", "--unit-price", "¥18.50", "--ordered-on", "2026-11-20");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("“abc” is not a number. Write it in digits, e.g. 500 or 1.200.")
                .doesNotContain("is not a long");
    }

    @Test
    void aQuantityGroupedInThousandsIsRead() {
        CommandRun added = dossier("add-order", "--factory", "Xưởng Kim Long", "--number", "A-1", "--product", "Bình giữ nhiệt",
                "--quantity", "1.200", "--unit-price", "¥18.50", "--ordered-on", "2026-11-20");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(dossier("show", "A-1").out()).contains("1200");
    }

    @Test
    void anEmptyDataFolderIsRefusedAndTheCurrentFolderIsNotMadeOne() {
        Path here = Path.of("").toAbsolutePath();
        boolean wasDataFolder = Files.exists(here.resolve("dossier.lock"));

        CommandRun refused = CommandRun.of(new Composition(Checkpoint.NONE, Workspace.CLOCK), "add-factory", "Xưởng Mới", "--data", "");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("--data").contains("The name is empty");
        if (!wasDataFolder) {
            assertThat(here.resolve("dossier.lock")).doesNotExist();
            assertThat(here.resolve("dossier.db")).doesNotExist();
            assertThat(here.resolve("Case files")).doesNotExist();
        }
    }

    @Test
    void anEmptyCaseFilesFolderOrOutputIsRefused() {
        CommandRun caseFiles = dossier("orders", "--case-files", " ");
        assertThat(caseFiles.code()).isNotZero();
        assertThat(caseFiles.err()).contains("--case-files").contains("The name is empty");

        CommandRun backup = dossier("backup", "--out", "");
        assertThat(backup.code()).isNotZero();
        assertThat(backup.err()).contains("The name is empty");
    }
}
