package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Correction;
import app.dossier.domain.DefectKind;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.UndoStep;
import app.dossier.domain.Undoable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** undo.json keeps every kind of step as it was, and one that cannot be read is no steps, not a failure. */
class UndoFileTest {
    @TempDir
    Path temp;

    private final UndoFile undoFile = new UndoFile();

    @Test
    void everyCorrectionIsReadBackAsItWasWritten() throws Exception {
        Payment payment = new Payment(4, 2, LocalDate.of(2026, 9, 2), Money.of("3650000", Money.VND),
                new BigDecimal("3650"), PaymentCovers.DEPOSIT, "Vietcombank", "Nguyễn Thị Mai", "FT2609",
                LocalDateTime.of(2026, 9, 2, 14, 30), 17L);
        Order order = new Order(2, 1, "2837461920384756123", Channel.PLATFORM, OrderKind.STANDARD, "硅胶铲5件套",
                new AgreedSpecs("灰色", null, "OPP bag", null), 200, "bộ", Money.of("18.50", Money.CNY),
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 20), null, "Hàng về thiếu", "Jiamei/2026-09-02 x");
        Factory factory = new Factory(1, "义乌市佳美日用品有限公司", "Jiamei", null, "jiamei88", null, null, "Jiamei");
        List<UndoStep> undo = List.of(
                new UndoStep(Undoable.EDIT_PAYMENT, new Correction.PutPaymentBack(payment)),
                new UndoStep(Undoable.RECORD_PAYMENT, new Correction.RemovePayment(2, 4)),
                new UndoStep(Undoable.REMOVE_PAYMENT, new Correction.RecordPaymentAgain(payment.withProof(null))),
                new UndoStep(Undoable.MOVE_FILE, new Correction.MoveFileBack(17, EvidenceCategory.AGREEMENT)),
                new UndoStep(Undoable.CAPTION, new Correction.PutCaptionBack(17, null)),
                new UndoStep(Undoable.ATTACH, new Correction.TrashFiles(List.of(18L, 19L))),
                new UndoStep(Undoable.REMOVE_FILE, new Correction.RestoreFiles(List.of("20261126-030000-17"))),
                new UndoStep(Undoable.EDIT_ORDER, new Correction.PutOrderBack(order)),
                new UndoStep(Undoable.EDIT_FACTORY, new Correction.PutFactoryBack(factory)));
        List<UndoStep> redo = List.of(new UndoStep(Undoable.NAME_DEFECTS, new Correction.NameDefectsAgain(2,
                List.of(new ReceivingDefect(DefectKind.CRACKED, 3, List.of(18L)), new ReceivingDefect(DefectKind.SHORT, 20)))));
        Path file = temp.resolve(UndoFile.FILE);

        undoFile.write(file, new UndoFile.Steps(undo, redo));

        UndoFile.Steps read = undoFile.read(file).orElseThrow();
        assertThat(read.undo()).isEqualTo(undo);
        assertThat(read.redo()).isEqualTo(redo);
        assertThat(Files.readString(file)).contains("dossier-undo/1", "PutPaymentBack",
                "Nguyễn Thị Mai", "硅胶铲5件套");
    }

    @Test
    void aFileThatCannotBeReadIsNoSteps() throws Exception {
        Path file = temp.resolve(UndoFile.FILE);
        assertThat(undoFile.read(file)).isEmpty();
        Files.writeString(file, "{\"format\": \"dossier-undo/1\", \"undo\": [{\"what\": \"EDIT_PAYMENT\", \"corr");
        assertThat(undoFile.read(file)).isEmpty();
        Files.writeString(file, "{\"format\": \"dossier-undo/9\", \"undo\": []}");
        assertThat(undoFile.read(file)).isEmpty();
    }
}
