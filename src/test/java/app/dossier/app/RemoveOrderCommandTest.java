package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code remove-order}, {@code unarchive}, {@code remove-factory}, {@code unarchive-factory}, the lists'
 * {@code --archived} and {@code move-file --to-order}: each says what it did, and verify stays clean.
 */
@Tag("slow")
class RemoveOrderCommandTest {
    private static final String ORDER = "2837461920384756123";
    private static final String DRAFT = "2840019375561028394";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    private void verifyClean() {
        CommandRun verify = dossier("verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @BeforeEach
    void anOrderWithAPhotoAndADraft() throws Exception {
        data = temp.resolve("D");
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司", "--latin", "Jiamei").code()).isZero();
        for (String number : new String[] {ORDER, DRAFT}) {
            CommandRun order = dossier("add-order", "--factory", "1", "--number", number, "--product", "硅胶铲5件套",
                    "--quantity", "200", "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
            assertThat(order.code()).as(order.err()).isZero();
        }
        CommandRun attach = dossier("attach", ORDER, "receiving",
                CommandRun.photo(temp.resolve("photos"), "nứt cán.jpg", 3), "--caption", "Cán nứt");
        assertThat(attach.code()).as(attach.err()).isZero();
    }

    @Test
    void aDraftIsDeletedAndAnOrderWithFilesArchivedThenUnarchived() {
        CommandRun deleted = dossier("remove-order", DRAFT);
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("Deleted the draft order " + DRAFT).contains("trash");
        assertThat(dossier("orders").out()).doesNotContain(DRAFT);
        verifyClean();

        CommandRun archived = dossier("remove-order", ORDER);
        assertThat(archived.code()).as(archived.err()).isZero();
        assertThat(archived.out()).contains("Archived order " + ORDER + " — it holds 1 file and 0 payments")
                .contains("dossier unarchive " + ORDER);
        assertThat(dossier("orders").out()).doesNotContain(ORDER);
        assertThat(dossier("orders", "--archived").out()).contains(ORDER);
        verifyClean();

        CommandRun back = dossier("unarchive", ORDER);
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(dossier("orders").out()).contains(ORDER);
        assertThat(dossier("orders", "--archived").out()).contains("No archived orders.");
        verifyClean();
    }

    @Test
    void anOpenDisputeKeepsTheOrderFromBeingArchived() {
        assertThat(dossier("open-dispute", ORDER, "--summary", "Thiếu 20 bộ").code()).isZero();
        CommandRun refused = dossier("remove-order", ORDER);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("dispute").contains("not archived while its dispute is open");
        verifyClean();
    }

    @Test
    void aFactoryIsDeletedWithoutOrdersAndArchivedWithThem() {
        assertThat(dossier("add-factory", "温州市恒达鞋业有限公司").code()).isZero();
        CommandRun deleted = dossier("remove-factory", "温州市恒达鞋业有限公司");
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("Deleted the factory 温州市恒达鞋业有限公司");

        CommandRun archived = dossier("remove-factory", "Jiamei");
        assertThat(archived.code()).as(archived.err()).isZero();
        assertThat(archived.out()).contains("Archived the factory 义乌市佳美日用品有限公司 (Jiamei) — it has 2 orders");
        assertThat(dossier("factories").out()).doesNotContain("Jiamei");
        assertThat(dossier("factories", "--archived").out()).contains("Jiamei");
        verifyClean();

        assertThat(dossier("unarchive-factory", "Jiamei").code()).isZero();
        assertThat(dossier("factories").out()).contains("Jiamei");
        verifyClean();
    }

    @Test
    void aFileMovesToAnotherOrder() {
        CommandRun move = dossier("move-file", ORDER, "nứt cán.jpg", "--to-order", DRAFT, "--to", "confirmation");
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(move.out()).contains("Moved Receiving and QC/nứt cán.jpg from order " + ORDER
                + " to Order and confirmation/nứt cán.jpg in order " + DRAFT);
        assertThat(dossier("show", DRAFT).out()).contains("nứt cán.jpg");
        verifyClean();

        CommandRun neither = dossier("move-file", DRAFT, "nứt cán.jpg");
        assertThat(neither.code()).isNotZero();
        assertThat(neither.err()).contains("--to-order");
    }
}
