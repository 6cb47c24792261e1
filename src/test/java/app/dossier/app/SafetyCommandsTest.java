package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cli.DossierCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore, backup-settings, export and verify-bag from the command line, as a script would use them. */
@Tag("slow")
class SafetyCommandsTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(new Composition(), args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run in(Path dataFolder, String... args) {
        return run(Stream.concat(Stream.of(args), Stream.of("--data", dataFolder.toString())).toArray(String[]::new));
    }

    @BeforeEach
    void sample() {
        data = temp.resolve("D");
        assertThat(in(data, "sample").code()).isZero();
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolderAndIsRefusedOverRecords() {
        Path zip = temp.resolve("USB/dossier.zip");
        Run backup = in(data, "backup", "--out", zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up the database and 40 case files", zip.toString());

        Path restored = temp.resolve("new PC");
        Run restore = in(restored, "restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored the database and 40 case files", "Verify: all consistent");
        assertThat(in(restored, "orders", "--json").out()).isEqualTo(in(data, "orders", "--json").out());
        assertThat(in(restored, "show", ORDER, "--json").out()).isEqualTo(in(data, "show", ORDER, "--json").out());

        Run again = in(data, "restore", zip.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("Nothing was restored", "already holds", "--force");

        Run forced = in(data, "restore", zip.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("The database that was there is kept as", "The case files that were there are kept in");
    }

    @Test
    void withoutOutTheBackupGoesToTheBackupsFolder() {
        Run settings = in(data, "backup-settings", "--every", "3", "--keep", "2");
        assertThat(settings.code()).as(settings.err()).isZero();
        assertThat(settings.out()).contains("every 3 days", "Keep              2", data.resolve("Backups").toString(),
                "none yet");
        Run backup = in(data, "backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains(data.resolve("Backups").resolve("dossier-").toString());
        assertThat(in(data, "backup-settings").out()).contains("Newest backup     dossier-");

        assertThat(in(data, "backup-settings", "--keep", "0").err()).contains("At least 1");
    }

    @Test
    void anExportedCaseFileIsAValidBagUntilSomethingInItChanges() throws Exception {
        Path bag = temp.resolve("archive/" + ORDER);
        Run export = in(data, "export", ORDER, "--out", bag.toString(), "--organization", "Minh An Trading");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported the case file of order " + ORDER);

        Run valid = run("verify-bag", bag.toString());
        assertThat(valid.code()).isZero();
        assertThat(valid.out()).isEmpty();
        assertThat(valid.err()).contains("Valid bag");

        Path pallet = bag.resolve("data/Receiving and QC/o1-pallet.jpg");
        byte[] bytes = Files.readAllBytes(pallet);
        bytes[bytes.length / 2] ^= 1;
        Files.write(pallet, bytes);
        Run changed = run("verify-bag", bag.toString());
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out().lines()).containsExactly(
                "CHANGED data/Receiving and QC/o1-pallet.jpg (SHA-256 differs from manifest-sha256.txt)");

        Path zip = temp.resolve("archive/order.zip");
        assertThat(in(data, "export", ORDER, "--out", zip.toString(), "--zip").code()).isZero();
        assertThat(run("verify-bag", zip.toString()).code()).isZero();
        assertThat(in(data, "export", ORDER, "--out", zip.toString(), "--zip").err()).contains("already exists");

        Run notABag = run("verify-bag", temp.toString());
        assertThat(notABag.code()).isEqualTo(1);
        assertThat(notABag.err()).contains("not a BagIt bag");
    }
}
