package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Language;
import app.dossier.domain.Order;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Dossier writes for the user (a packet, a refund folder, a backup, an exported bag, the case
 * files themselves) gets the permissions of any file the user saves: those the operating system
 * gives under the user's umask (0644 under the usual 022), not the owner-only 0600 of a JDK temp
 * file, so it can be shared from a shared folder as it is.
 */
class UserPermissionsTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private Set<PosixFilePermission> usual;
    private Set<PosixFilePermission> usualFolder;

    @BeforeEach
    void order() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        // what a file and a folder the user saves get, whatever the umask of this machine is
        usual = Files.getPosixFilePermissions(Files.createFile(temp.resolve("saved by the user.txt")));
        usualFolder = Files.getPosixFilePermissions(Files.createDirectory(temp.resolve("made by the user")));
        assumeTrue(usual.contains(PosixFilePermission.GROUP_READ) || usual.contains(PosixFilePermission.OTHERS_READ),
                "a umask that lets others read what the user saves");

        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("thùng móp.jpg", 1))), ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void aPacketGetsTheUsersNormalPermissions() throws Exception {
        Path packet = temp.resolve("out").resolve("packet.pdf");
        Files.createDirectories(packet.getParent());
        workspace.services().disputes().writePacket(order.id(), Language.VIETNAMESE, packet, ProgressListener.NONE);

        assertThat(Files.getPosixFilePermissions(packet)).isEqualTo(usual).contains(PosixFilePermission.OWNER_READ);
    }

    @Test
    void aRefundFolderGetsTheUsersNormalPermissions() throws Exception {
        long photo = workspace.services().evidence().ofOrder(order.id()).get(0).id();
        Path folder = temp.resolve("refund");
        workspace.services().disputes().writeRefundFolder(order.id(), folder, List.of(photo), "Thiếu 20 bộ");

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(
                    f -> assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual));
        }
    }

    @Test
    void aBackupGetsTheUsersNormalPermissions() throws Exception {
        Path zip = temp.resolve("backups").resolve("dossier.zip");
        workspace.services().backups().backup(zip, ProgressListener.NONE);

        assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(usual);
    }

    @Test
    void anExportedBagGetsTheUsersNormalPermissionsAsAZipAndAsAFolder() throws Exception {
        Path zip = temp.resolve("exports").resolve("order.zip");
        workspace.services().export().export(order.id(), zip, true, null, ProgressListener.NONE);
        assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(usual);

        Path folder = temp.resolve("exports").resolve("order");
        workspace.services().export().export(order.id(), folder, false, null, ProgressListener.NONE);
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(usualFolder);
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(
                    f -> assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual));
        }
    }

    @Test
    void theCaseFilesGetTheUsersNormalPermissions() throws Exception {
        Path orderFolder = workspace.root().resolve(order.folder()); // a photo, case.json, history.jsonl
        try (Stream<Path> all = Files.walk(orderFolder)) {
            assertThat(all.filter(Files::isRegularFile).toList()).hasSize(3).allSatisfy(
                    f -> assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual));
        }
    }
}
