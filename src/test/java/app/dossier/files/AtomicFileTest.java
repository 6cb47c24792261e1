package app.dossier.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, with nothing left beside it, and as readable as any file the user saves. */
class AtomicFileTest {
    @TempDir
    Path folder;

    private String[] names() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aNewVersionReplacesTheOldOneWholeAndNothingElseIsLeftInTheFolder() throws IOException {
        Path caseJson = folder.resolve("case.json");
        AtomicFile.write(caseJson, "{\"version\": 1}\n".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(caseJson, "{\"version\": 2, \"tên\": \"Hùng\"}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(caseJson).hasContent("{\"version\": 2, \"tên\": \"Hùng\"}\n");
        assertThat(names()).containsExactly("case.json");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAsItWasAndNoTempFile() throws IOException {
        Path packet = folder.resolve("Dispute packet.pdf");
        Files.writeString(packet, "the packet made yesterday");

        assertThatThrownBy(() -> AtomicFile.write(packet, out -> {
            out.write("%PDF-1.7 half a new pack".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(packet).hasContent("the packet made yesterday");
        assertThat(names()).containsExactly("Dispute packet.pdf");
    }

    @Test
    void aFolderThatIsNotThereIsNotMadeAgain() {
        Path gone = folder.resolve("unplugged drive").resolve("case.json");

        assertThatThrownBy(() -> AtomicFile.write(gone, new byte[] {1})).isInstanceOf(NoSuchFileException.class);
        assertThat(folder.resolve("unplugged drive")).doesNotExist();
    }

    @Test
    void aFileWrittenGetsTheUsersNormalPermissionsNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path saved = Files.createFile(folder.resolve("saved by the user.txt"));
        Path written = folder.resolve("refund.txt");

        AtomicFile.write(written, "退款".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(saved));
    }

    @Test
    void aTempFileTheCallerNamedIsGoneAfterwards() throws IOException {
        Path temp = NewFiles.createTempFile(folder, ".dossier-packet-1-", ".part");
        Path target = folder.resolve("1 ảnh.jpg");

        AtomicFile.writeThrough(temp, target, out -> out.write(new byte[] {(byte) 0xFF, (byte) 0xD8}));

        assertThat(target).hasBinaryContent(new byte[] {(byte) 0xFF, (byte) 0xD8});
        assertThat(names()).containsExactly("1 ảnh.jpg");
    }

    @Test
    void itsTempFilesAreKnownAsNobodysEvidence() {
        assertThat(AtomicFile.isTempFile(".dossier-8812733.part")).isTrue();
        assertThat(AtomicFile.isTempFile("dossier-8812733.part")).isFalse();
        assertThat(AtomicFile.isTempFile(".dossier-8812733.jpg")).isFalse();
    }
}
