package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pay}, {@code edit-payment} and {@code edit-order}: a plain number is in the order's currency, tệ is yuan. */
@Tag("slow")
class MoneyOptionsTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @BeforeEach
    void anOrderInYuan() {
        data = temp.resolve("D");
        CommandRun.oneOrder(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), ORDER, "18,50 tệ", "2/9/2026");
    }

    private String shown() {
        CommandRun show = dossier("show", ORDER);
        assertThat(show.code()).as(show.err()).isZero();
        return show.out();
    }

    @Test
    void aPlainNumberIsInTheOrdersCurrency() {
        CommandRun pay = dossier("pay", ORDER, "--amount", "1800", "--paid-on", "2026-09-02");
        assertThat(pay.code()).as(pay.err()).isZero();
        assertThat(pay.out()).contains("Recorded payment");
        CommandRun tệ = dossier("pay", ORDER, "--amount", "1900 tệ", "--paid-on", "2026-09-03");
        assertThat(tệ.code()).as(tệ.err()).isZero();
        assertThat(shown()).contains("¥1,800.00", "¥1,900.00");

        String id = pay.out().replaceAll("(?s).*Recorded payment (\\d+):.*", "$1");
        CommandRun edit = dossier("edit-payment", ORDER, id, "--amount", "1850");
        assertThat(edit.code()).as(edit.err()).isZero();
        assertThat(shown()).contains("¥1,850.00").doesNotContain("¥1,800.00");

        CommandRun price = dossier("edit-order", ORDER, "--unit-price", "19");
        assertThat(price.code()).as(price.err()).isZero();
        CommandRun show = dossier("show", ORDER);
        assertThat(show.out()).contains("200 pcs × 19.00 CNY");
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void anUnclearNumberIsRefusedAndNothingIsRecorded() {
        CommandRun pay = dossier("pay", ORDER, "--amount", "1.800", "--paid-on", "2026-09-02");
        assertThat(pay.code()).isNotZero();
        assertThat(pay.err()).contains("unclear");
        assertThat(shown()).doesNotContain("¥1,800.00");
    }
}
