package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Language;
import app.dossier.domain.Money;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults that come from the world, made for real: small disks that fill up, a case-files drive
 * unplugged or turned read-only in the middle of a change, the database held by another program.
 * Each change says what happened in plain words, leaves the tree and the rows as they were, and
 * after the disk is freed or the drive is back, the next start puts right what was left and verify
 * is clean. The disks are tmpfs and bind mounts, so the suite needs root on Linux (as in CI); elsewhere
 * those tests are skipped and say why.
 */
@Tag("slow")
class WorldFaultsTest {
    @TempDir
    Path temp;

    private final SmallDisks disks = new SmallDisks();

    @BeforeEach
    void canMount(org.junit.jupiter.api.TestInfo test) {
        if (test.getTags().contains("no-mount")) {
            return;
        }
        Optional<String> whyNot = SmallDisks.whyNot();
        if (whyNot.isPresent()) {
            System.out.println("Skipping " + test.getDisplayName() + ": " + whyNot.get());
        }
        assumeTrue(whyNot.isEmpty(), () -> whyNot.orElse(""));
    }

    @AfterEach
    void unmount() throws Exception {
        disks.close();
    }

    private Path root() {
        return temp.resolve("data").resolve(DataLocation.DEFAULT_CASE_FILES);
    }

    /** A photo of noise, which no format can shrink: about {@code side}² × 3 bytes as PNG. */
    private static Path noise(Workspace workspace, String name, int side, int seed) throws Exception {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        Path file = workspace.outside().resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Attaches a file or a folder; a failure of the change comes back as the exception a single change throws. */
    private static void attach(AtomicityTest.Fixture f, Path source) {
        AttachReport report = f.services().evidence().attach(f.order().id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(source)), ProgressListener.NONE);
        if (!report.refused().isEmpty()) {
            throw new DossierException(report.refused().get(0).reason());
        }
    }

    /** Nothing of the change is left, and the next start finds the records whole. */
    private static void nothingLeftAndVerifyClean(Workspace workspace, Snapshot before) throws Exception {
        Snapshot after = Snapshot.of(workspace);
        assertThat(after.tree()).isEqualTo(before.tree());
        assertThat(after.rows()).isEqualTo(before.rows());
        workspace.reopen();
        assertThat(Snapshot.of(workspace).tree()).isEqualTo(before.tree());
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private static List<String> partFiles(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void attachingAPhotoOntoAFullDiskSaysSoAndKeepsNothing() throws Exception {
        disks.disk(root(), "1m");
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path photo = noise(workspace, "pallet.png", 300, 1);
            Snapshot before = Snapshot.of(workspace);
            Path filler = SmallDisks.fill(root(), 100_000);

            assertThatThrownBy(() -> attach(f, photo))
                    .isInstanceOf(DossierException.class)
                    .hasMessageStartingWith("The disk is full: “pallet.png” could not be copied")
                    .hasMessageContaining("nothing was changed");
            assertThat(partFiles(root())).isEmpty();

            Files.delete(filler);
            nothingLeftAndVerifyClean(workspace, before);
            attach(new AtomicityTest.Fixture(workspace, f.factory(), f.order()), photo);
            assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aFolderOfPhotosThatFillsTheDiskHalfWayKeepsNoneOfThem() throws Exception {
        disks.disk(root(), "1m");
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            for (int i = 1; i <= 4; i++) {
                noise(workspace, "arrival/" + i + ".png", 200, i);
            }
            Snapshot before = Snapshot.of(workspace);
            // room for two of the four
            Path filler = SmallDisks.fill(root(), 300_000);

            assertThatThrownBy(() -> attach(f, workspace.outside().resolve("arrival")))
                    .isInstanceOf(DossierException.class)
                    .hasMessageStartingWith("The disk is full");
            assertThat(partFiles(root())).isEmpty();

            Files.delete(filler);
            nothingLeftAndVerifyClean(workspace, before);
        }
    }

    @Test
    void importingOntoAFullDiskChangesNoOrder() throws Exception {
        disks.disk(root(), "1m");
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path export = ImportServiceTest.download(workspace, "1688/orders-utf8-bom.csv", "orders-utf8-bom.csv");
            Snapshot before = Snapshot.of(workspace);
            Path filler = SmallDisks.fill(root(), 0);

            ImportReport report = workspace.services().imports().apply(export, ProgressListener.NONE);

            assertThat(report.failed()).isNotEmpty();
            assertThat(report.failed()).allSatisfy(failure -> assertThat(failure.reason()).contains("disk is full"));
            assertThat(report.updated()).isEmpty();
            Files.delete(filler);
            nothingLeftAndVerifyClean(workspace, before);
            assertThat(workspace.services().imports().apply(export, ProgressListener.NONE).failed()).isEmpty();
        }
    }

    @Test
    void recordingAPaymentWhenTheDatabaseDiskIsFullSaysSo() throws Exception {
        disks.disk(temp.resolve("data"), "4m");
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path proof = noise(workspace, "alipay.png", 200, 3);
            Snapshot before = Snapshot.of(workspace);
            Path filler = SmallDisks.fill(temp.resolve("data"), 0);

            assertThatThrownBy(() -> workspace.services().payments().record(
                    new Payment(0, f.order().id(), LocalDate.of(2026, 9, 2), Money.of("3700.00", Money.CNY), null,
                            PaymentCovers.FULL, "Alipay", null, null, null, null), EvidenceInput.of(proof)))
                    .isInstanceOf(DossierException.class)
                    .hasMessageContaining("disk is full");

            Files.delete(filler);
            nothingLeftAndVerifyClean(workspace, before);
        }
    }

    @Test
    void aPacketWrittenOntoAFullDiskLeavesNoHalfPdf() throws Exception {
        Path stick = disks.disk(temp.resolve("stick"), "256k");
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path filler = SmallDisks.fill(stick, 20_000);
            Path packet = stick.resolve("packet.pdf");

            assertThatThrownBy(() -> workspace.services().disputes().writePacket(f.order().id(), Language.VIETNAMESE,
                    packet, ProgressListener.NONE))
                    .isInstanceOf(DossierException.class)
                    .hasMessageContaining("disk is full");

            try (Stream<Path> left = Files.list(stick)) {
                assertThat(left).containsExactly(filler);
            }
            Files.delete(filler);
            workspace.services().disputes().writePacket(f.order().id(), Language.VIETNAMESE, packet,
                    ProgressListener.NONE);
            assertThat(packet).isNotEmptyFile();
        }
    }

    @Test
    void aBackupOntoAFullDiskLeavesNoHalfZip() throws Exception {
        Path stick = disks.disk(temp.resolve("stick"), "768k");
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            noise(workspace, "big.png", 300, 4);
            attach(f, workspace.outside().resolve("big.png"));
            Path filler = SmallDisks.fill(stick, 100_000);
            Path zip = stick.resolve("backup.zip");

            assertThatThrownBy(() -> workspace.services().backups().backup(zip, ProgressListener.NONE))
                    .isInstanceOf(DossierException.class)
                    .hasMessageContaining("disk is full");

            try (Stream<Path> left = Files.list(stick)) {
                assertThat(left).containsExactly(filler);
            }
            Files.delete(filler);
            workspace.services().backups().backup(zip, ProgressListener.NONE);
            assertThat(ExportService.checkBag(zip, ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aRestoreOntoAFullDiskLeavesTheTargetAsItWas() throws Exception {
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp.resolve("office"));
        Path zip = temp.resolve("backup.zip");
        app.dossier.app.Composition composition;
        try (Workspace workspace = f.workspace()) {
            composition = workspace.composition();
            noise(workspace, "big.png", 300, 5);
            attach(f, workspace.outside().resolve("big.png"));
            workspace.services().backups().backup(zip, ProgressListener.NONE);
        }
        Path stick = disks.disk(temp.resolve("stick"), "2m");
        Path filler = SmallDisks.fill(stick, 400_000);
        DataLocation target = new DataLocation(stick.resolve("data"), stick.resolve("data").resolve(DataLocation.DEFAULT_CASE_FILES));
        assertThatThrownBy(() -> composition.restore(zip, target, false, ProgressListener.NONE))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("disk is full")
                .hasMessageContaining("Nothing was restored");

        assertThat(Files.exists(target.databaseFile())).isFalse();
        assertThat(Snapshot.tree(target.caseFilesRoot())).isEmpty();
        Files.delete(filler);
        RestoreReport report = composition.restore(zip, target, false, ProgressListener.NONE);
        assertThat(report.verify().problems()).isEmpty();
    }

    @Test
    void theCaseFilesDriveUnpluggedMidAttachLeavesNothingOnTheComputersOwnDisk() throws Exception {
        Path drive = Files.createDirectories(temp.resolve("usb-drive"));
        disks.plugIn(drive, root());
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path photo = workspace.photo("pallet.jpg", 7);
            Snapshot before = Snapshot.of(workspace);
            workspace.faults().when("place", () -> disks.unplug(root()));

            assertThatThrownBy(() -> attach(f, photo))
                    .isInstanceOf(DossierException.class)
                    .hasMessageStartingWith("The case files folder " + root() + " is not there any more");
            // the mount point stays, and nothing was written into it on the computer's own disk
            try (Stream<Path> left = Files.list(root())) {
                assertThat(left).isEmpty();
            }
            assertThatThrownBy(() -> workspace.services().factories()
                    .add(new Factory(0, "Xưởng mới", null, null, null, null, null, null)))
                    .hasMessageStartingWith("The case files folder");

            workspace.closeServices();
            disks.plugIn(drive, root());
            workspace.faults().failAt(-1);
            workspace.reopen();
            assertThat(Snapshot.of(workspace).tree()).isEqualTo(before.tree());
            assertThat(Snapshot.of(workspace).rows()).isEqualTo(before.rows());
            assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void theCaseFilesFolderRemovedMidAttachIsPutRightWhenItIsBack() throws Exception {
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path photos = AtomicityTest.photos(f, "arrival", 21, 22, 23);
            Snapshot before = Snapshot.of(workspace);
            Path away = temp.resolve("away");
            workspace.faults().when("place", () -> Files.move(root(), away));

            assertThatThrownBy(() -> attach(f, photos))
                    .isInstanceOf(DossierException.class)
                    .hasMessageStartingWith("The case files folder " + root() + " is not there any more");
            assertThat(root()).doesNotExist();

            // a start while it is gone touches nothing: the copies left in the folder wait for it
            workspace.reopen();
            assertThat(root()).doesNotExist();
            assertThat(partFiles(away)).isNotEmpty();
            workspace.closeServices();
            Files.move(away, root());
            workspace.faults().failAt(-1);
            workspace.reopen();
            nothingLeftAndVerifyClean(workspace, before);
            assertThat(partFiles(root())).isEmpty();
        }
    }

    /**
     * Every kind of change, with the case files taken away (a drive letter gone) at its first step:
     * the change says so, the database is as before, nothing is made in the root's place, and once
     * the folder is back the next start leaves everything as before with verify clean.
     */
    @org.junit.jupiter.api.TestFactory
    @org.junit.jupiter.api.Tag("no-mount")
    Stream<org.junit.jupiter.api.DynamicTest> everyChangeSurvivesTheCaseFilesGoingAway() {
        return AtomicityTest.OPERATIONS.stream().map(operation -> org.junit.jupiter.api.DynamicTest.dynamicTest(
                operation.name(), () -> {
                    Path folder = Files.createDirectories(temp.resolve("op-" + Integer.toHexString(operation.name().hashCode())));
                    Path root = folder.resolve("data").resolve(DataLocation.DEFAULT_CASE_FILES);
                    AtomicityTest.Fixture f = operation.fixture(folder);
                    try (Workspace workspace = f.workspace()) {
                        AtomicityTest.Fixture fresh = new AtomicityTest.Fixture(workspace, f.factory(), f.order());
                        // the operation's own inputs are made before the folder goes
                        workspace.outside();
                        Snapshot before = Snapshot.of(workspace);
                        Path away = folder.resolve("away");
                        workspace.faults().when(firstStep(operation, folder), () -> Files.move(root, away));

                        assertThatThrownBy(() -> operation.run().accept(fresh))
                                .isInstanceOf(DossierException.class)
                                .hasMessageContaining("The case files folder " + root + " is not there any more");
                        assertThat(root).doesNotExist();
                        assertThat(Snapshot.rows(workspace.location().databaseFile())).isEqualTo(before.rows());

                        workspace.closeServices();
                        Files.move(away, root);
                        workspace.faults().failAt(-1);
                        workspace.reopen();
                        nothingLeftAndVerifyClean(workspace, before);
                    }
                }));
    }

    /** The name of the first step {@code operation} reaches, found on a dry run in a folder of its own. */
    private static String firstStep(AtomicityTest.Operation operation, Path folder) throws Exception {
        Path dry = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-dry"));
        try (Workspace workspace = operation.fixture(dry).workspace()) {
            AtomicityTest.Fixture f = new AtomicityTest.Fixture(workspace, workspace.services().factories().list().get(0),
                    workspace.services().orders().list(null).get(0).order());
            workspace.faults().failAt(-1);
            operation.run().accept(f);
            return workspace.faults().seen().get(0);
        }
    }

    @Test
    void theCaseFilesTurnedReadOnlyMidChangeArePutRightAtTheNextStart() throws Exception {
        Path drive = Files.createDirectories(temp.resolve("share"));
        disks.plugIn(drive, root());
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path photos = AtomicityTest.photos(f, "arrival", 31, 32);
            Snapshot before = Snapshot.of(workspace);
            workspace.faults().when("case.json", () -> disks.readOnly(root(), true));

            assertThatThrownBy(() -> attach(f, photos))
                    .isInstanceOf(DossierException.class)
                    .hasMessageContaining("read-only");
            assertThat(Snapshot.of(workspace).rows()).isEqualTo(before.rows());

            disks.readOnly(root(), false);
            workspace.faults().failAt(-1);
            workspace.reopen();
            nothingLeftAndVerifyClean(workspace, before);
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("no-mount")
    void aDatabaseHeldByAnotherProgramGivesAClearMessageAndChangesNothing() throws Exception {
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp);
        try (Workspace workspace = f.workspace()) {
            Path photo = workspace.photo("pallet.jpg", 7);
            Snapshot before = Snapshot.of(workspace);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + workspace.location().databaseFile());
                 Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("UPDATE factory SET notes = notes");

                long start = System.nanoTime();
                assertThatThrownBy(() -> attach(f, photo))
                        .isInstanceOf(DossierException.class)
                        .hasMessageContaining("The database is in use by another program")
                        .hasMessageContaining("nothing was changed");
                assertThat((System.nanoTime() - start) / 1_000_000).as("waited for the other program, ms")
                        .isGreaterThanOrEqualTo(9_000);
                statement.execute("ROLLBACK");
            }
            nothingLeftAndVerifyClean(workspace, before);
        }
    }
}
