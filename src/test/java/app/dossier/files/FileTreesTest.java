package app.dossier.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder is deleted with everything in it, and never what a link inside it points to. */
class FileTreesTest {
    @TempDir
    Path temp;

    private Path stagedCopy() throws IOException {
        Path stage = Files.createDirectories(temp.resolve(".dossier-restore-1/Xưởng A/2026-09-02 JX/Payments"));
        Files.writeString(stage.resolve("bank slip.png"), "png");
        Files.writeString(stage.getParent().resolve("case.json"), "{}");
        return temp.resolve(".dossier-restore-1");
    }

    @Test
    void aFolderGoesWithEverythingInIt() throws IOException {
        Path stage = stagedCopy();

        FileTrees.delete(stage);

        assertThat(stage).doesNotExist();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aLinkInsideIsRemovedButWhatItPointsToIsKept() throws IOException {
        Path stage = stagedCopy();
        Path evidence = Files.createDirectories(temp.resolve("Case files/Xưởng A"));
        Files.writeString(evidence.resolve("contract.pdf"), "the signed contract");
        Files.createSymbolicLink(stage.resolve("link to the case files"), evidence);

        FileTrees.delete(stage);

        assertThat(stage).doesNotExist();
        assertThat(evidence.resolve("contract.pdf")).hasContent("the signed contract");
    }

    @Test
    void somethingNotThereIsNoError() throws IOException {
        FileTrees.delete(temp.resolve("never made"));
        assertThat(FileTrees.deleteQuietly(temp.resolve("never made"))).isTrue();
        assertThat(FileTrees.deleteQuietly(null)).isTrue();
    }

    @Test
    void quietlyClearsAnUnfinishedCopyAndSaysNothingIsLeft() throws IOException {
        Path stage = stagedCopy();

        assertThat(FileTrees.deleteQuietly(stage)).isTrue();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aSingleFileIsDeletedToo() throws IOException {
        Path part = Files.writeString(temp.resolve(".dossier-1.part"), "half");

        FileTrees.delete(part);

        assertThat(part).doesNotExist();
    }
}
