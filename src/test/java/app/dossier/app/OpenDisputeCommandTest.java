package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code open-dispute} on an order with an open dispute: refused and pointed to it, unless {@code --another}. */
@Tag("slow")
class OpenDisputeCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    private CommandRun ok(String... args) {
        CommandRun run = dossier(args);
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        return run;
    }

    @BeforeEach
    void anOrderWithADispute() {
        data = temp.resolve("D");
        ok("add-factory", "义乌市佳美日用品有限公司");
        ok("add-order", "--factory", "1", "--number", ORDER, "--product", "硅胶铲5件套", "--quantity", "200",
                "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
        assertThat(ok("open-dispute", ORDER, "--summary", "Thiếu 20 bộ, 3 bộ nứt cán").out())
                .contains("Opened dispute 1 on " + ORDER + " (draft).");
    }

    @Test
    void aSecondDisputeIsRefusedNamingTheFirstAndOpenedWithAnother() {
        CommandRun refused = dossier("open-dispute", ORDER, "--summary", "Lô thứ hai thiếu 5 bộ");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("Order " + ORDER + " already has an open dispute, opened on 2026-11-26"
                + " (dispute 1).").contains("add --another");
        assertThat(ok("show", ORDER).out()).doesNotContain("Lô thứ hai");

        assertThat(ok("open-dispute", ORDER, "--summary", "Lô thứ hai thiếu 5 bộ", "--another").out())
                .contains("Opened dispute 2 on " + ORDER + " (draft).");
        assertThat(ok("show", ORDER).out()).contains("Lô thứ hai thiếu 5 bộ");
        ok("verify");
        assertThat(ok("open-dispute", "--help").out()).contains("--another");
    }
}
