package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caption}, {@code edit-step}, {@code remove-step} and {@code remove-receiving}: what was entered
 * wrong is corrected or removed from the command line, refusals in words, verify clean after each.
 */
@Tag("slow")
class CorrectionCommandsTest {
    private static final String ORDER = "2837461920384756123";
    private static final String CAPTION = "Thùng bị móp méo, 3 chiếc vỡ — 纸箱压坏";

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

    private void verifyClean() {
        ok("verify");
    }

    @BeforeEach
    void aReceivedOrder() throws Exception {
        data = temp.resolve("D");
        ok("add-factory", "义乌市佳美日用品有限公司");
        ok("add-order", "--factory", "1", "--number", ORDER, "--product", "硅胶铲5件套", "--quantity", "200",
                "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
        ok("receive", ORDER, "--arrived-at", "2026-10-03 09:40", "--units-received", "180", "--inspected-by",
                "Trần Văn Hùng", "--packaging", "some-damage", "--photo",
                Workspace.photo(temp.resolve("photos"), "thùng móp.jpg", 3).toString());
    }

    @Test
    void aCaptionIsSetAndClearedWithEveryDiacritic() {
        CommandRun set = ok("caption", ORDER, "thùng móp.jpg", CAPTION);
        assertThat(set.out()).contains("Captioned Receiving and QC/thùng móp.jpg in order " + ORDER + ": " + CAPTION);
        assertThat(ok("show", ORDER).out()).contains("Receiving and QC/thùng móp.jpg  — " + CAPTION);
        verifyClean();

        assertThat(ok("caption", ORDER, "Receiving and QC/thùng móp.jpg", "--clear").out())
                .contains("Cleared the caption of Receiving and QC/thùng móp.jpg");
        assertThat(ok("show", ORDER).out()).doesNotContain(CAPTION);
        verifyClean();

        CommandRun neither = dossier("caption", ORDER, "thùng móp.jpg");
        assertThat(neither.err()).contains("Give the caption's TEXT, or --clear to remove it");
        CommandRun unknown = dossier("caption", ORDER, "nothing.jpg", "x");
        assertThat(unknown.err()).contains("has no file “nothing.jpg”");
    }

    @Test
    void stepsAreListedByNumberCorrectedAndRemoved() throws Exception {
        ok("open-dispute", ORDER, "--summary", "Thiếu 20 bộ");
        Path reply = Files.writeString(temp.resolve("trả lời.txt"), "工厂同意补发20套");
        ok("dispute-step", ORDER, "sent", "--at", "2026-11-26 10:30", "--note", "Gửi qua chat 1688");
        ok("dispute-step", ORDER, "factory-replied", "--at", "2026-11-26 11:00", "--evidence", reply.toString());

        String shown = ok("show", ORDER).out();
        assertThat(shown).contains("Dispute 1, opened 2026-11-26: factory-replied  — Thiếu 20 bộ")
                .contains("  1  2026-11-26 10:00  draft")
                .contains("  2  2026-11-26 10:30  sent  — Gửi qua chat 1688")
                .contains("  3  2026-11-26 11:00  factory-replied  [Chat and agreements/trả lời.txt]");

        CommandRun edited = ok("edit-step", ORDER, "2", "--note", "Gửi tin nhắn và 4 ảnh — 已发送");
        assertThat(edited.out()).contains("Corrected step 2 of the dispute on " + ORDER)
                .contains("2  2026-11-26 10:30  sent  — Gửi tin nhắn và 4 ảnh — 已发送");
        verifyClean();

        CommandRun future = dossier("edit-step", ORDER, "3", "--at", "2026-11-27 09:00");
        assertThat(future.code()).isEqualTo(1);
        assertThat(future.err().strip())
                .isEqualTo("This step is dated 2026-11-27 09:00, after today (2026-11-26). Check the date.");
        CommandRun early = dossier("edit-step", ORDER, "2", "--at", "2026-11-20 09:00");
        assertThat(early.err()).contains("before the dispute was opened (2026-11-26)");
        CommandRun needed = dossier("remove-step", ORDER, "2");
        assertThat(needed.err()).contains("Step 2 cannot be removed: step 3 follows from it.");
        CommandRun none = dossier("remove-step", ORDER, "7");
        assertThat(none.err()).contains("The dispute has no step 7: its steps are numbered 1 to 3");

        CommandRun removed = ok("remove-step", ORDER, "3");
        assertThat(removed.out()).contains("Removed step 3 (factory-replied) of the dispute on " + ORDER
                + "; it is now sent. Its files stay among the order's files.");
        assertThat(ok("show", ORDER).out()).contains("Dispute 1, opened 2026-11-26: sent")
                .contains("Chat and agreements/trả lời.txt").doesNotContain("  3  2026-11-26 11:00");
        verifyClean();
    }

    @Test
    void aReceivingRecordIsRemovedOnlyOnceNoDisputeRestsOnIt() {
        ok("open-dispute", ORDER, "--summary", "Thiếu 20 bộ");
        CommandRun refused = dossier("remove-receiving", ORDER);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot be removed while its dispute is open")
                .contains("Correct the record instead, or close the dispute first.");
        assertThat(ok("show", ORDER).out()).contains("arrived 2026-10-03T09:40");

        ok("dispute-step", ORDER, "closed", "--at", "2026-11-26 10:30");
        CommandRun removed = ok("remove-receiving", ORDER);
        assertThat(removed.out()).contains("Removed the receiving record of order " + ORDER
                + "; its photos stay among the order's Receiving and QC files.");
        String shown = ok("show", ORDER).out();
        assertThat(shown).contains("Receiving\n  not recorded").contains("Receiving and QC/thùng móp.jpg");
        assertThat(dossier("check", ORDER).out()).contains("Photos are saved, but the receiving record is not");
        verifyClean();

        assertThat(dossier("remove-receiving", ORDER).err()).contains("has no receiving record to remove");
    }
}
