package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileTreeTest {
    @TempDir
    Path root;

    @Test
    void pathsFromTheDatabaseCannotLeaveTheRoot() {
        CaseFileTree tree = new CaseFileTree(root);
        assertThat(tree.resolve("佳美/2026-09-02 1/Payments/a.png")).isEqualTo(root.resolve("佳美/2026-09-02 1/Payments/a.png"));
        for (String bad : new String[] {"../outside.txt", "佳美/../../x", "/etc/passwd", "a//b", "a/./b", "", "C:\\x"}) {
            assertThatThrownBy(() -> tree.resolve(bad)).as(bad).isInstanceOf(DossierException.class);
        }
    }

    @Test
    void freeNamesNumberCollisionsIgnoringCase() throws Exception {
        CaseFileTree tree = new CaseFileTree(root);
        Files.createFile(root.resolve("Pallet.jpg"));
        assertThat(tree.freeName(root, "pallet.jpg", null)).isEqualTo("pallet (2).jpg");
        assertThat(tree.freeName(root, "pallet.jpg", null, Set.of("pallet (2).jpg"))).isEqualTo("pallet (3).jpg");
        assertThat(tree.freeName(root, "Pallet.jpg", "Pallet.jpg")).isEqualTo("Pallet.jpg");
    }

    @Test
    void orderFoldersStartWithTheDate() {
        assertThat(CaseFileTree.orderFolderName(LocalDate.of(2026, 9, 2), "2837461920384756123"))
                .isEqualTo("2026-09-02 2837461920384756123");
        assertThat(CaseFileTree.orderFolderName(LocalDate.of(2026, 9, 2), "Hộp quà / 礼盒"))
                .isEqualTo("2026-09-02 Hộp quà _ 礼盒");
    }

    @Test
    void writingAtomicallyReplacesTheWholeFileAndLeavesNoTempFile() throws Exception {
        CaseFileTree tree = new CaseFileTree(root);
        Path file = root.resolve("case.json");
        tree.writeAtomically(file, "{\"a\": 1}\n".getBytes());
        tree.writeAtomically(file, "{\"a\": 2}\n".getBytes());
        assertThat(file).hasContent("{\"a\": 2}");
        try (var entries = Files.list(root)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void aFolderIsNeverMovedOntoAnother() throws Exception {
        CaseFileTree tree = new CaseFileTree(root);
        Path a = Files.createDirectories(root.resolve("a"));
        Path b = Files.createDirectories(root.resolve("b"));
        Files.createFile(b.resolve("keep.jpg"));
        assertThatThrownBy(() -> tree.moveFolder(a, b)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(b.resolve("keep.jpg")).exists();
    }
}
