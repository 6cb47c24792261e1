package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code undo} and {@code redo}: the last change, made by any command, is undone and done again. */
@Tag("slow")
class UndoCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;
    private String id;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    private void verified() {
        CommandRun verify = dossier("verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @BeforeEach
    void aPayment() {
        data = temp.resolve("D");
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司").code()).isZero();
        CommandRun order = dossier("add-order", "--factory", "1", "--number", ORDER, "--product", "Xẻng silicon 5 món",
                "--quantity", "200", "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
        assertThat(order.code()).as(order.err()).isZero();
        CommandRun pay = dossier("pay", ORDER, "--amount", "¥3,700.00", "--paid-on", "2026-09-02", "--method",
                "Alipay");
        assertThat(pay.code()).as(pay.err()).isZero();
        Matcher m = Pattern.compile("\\(id (\\d+)\\)").matcher(dossier("show", ORDER).out().split("Payments \\(")[1]);
        assertThat(m.find()).isTrue();
        id = m.group(1);
    }

    @Test
    void anEditedPaymentIsUndoneAndRedone() {
        assertThat(dossier("edit-payment", ORDER, id, "--amount", "¥3,600.00").code()).isZero();
        verified();

        CommandRun undo = dossier("undo");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("Undone: edit payment.", "Next to undo: record payment.");
        assertThat(dossier("show", ORDER).out()).contains("2026-09-02  ¥3,700.00").doesNotContain("¥3,600.00");
        verified();

        CommandRun redo = dossier("redo");
        assertThat(redo.code()).as(redo.err()).isZero();
        assertThat(redo.out()).contains("Redone: edit payment.");
        assertThat(dossier("show", ORDER).out()).contains("2026-09-02  ¥3,600.00");
        verified();

        CommandRun again = dossier("redo");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("There is nothing to redo.");
    }

    @Test
    void nothingToUndoIsSaid() {
        assertThat(dossier("undo").code()).isZero();
        CommandRun undo = dossier("undo");
        assertThat(undo.code()).isEqualTo(1);
        assertThat(undo.err()).contains("There is nothing to undo.");
        verified();
    }
}
