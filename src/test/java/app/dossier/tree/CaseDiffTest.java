package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.HistoryEntry.Change;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a change did, read from case.json before and after, as the history says it. */
class CaseDiffTest {
    private static byte[] json(String text) {
        return text.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    private static final String ORDER = "'order': {'id': 1, 'orderNumber': '2837461920384756123', 'product': '硅胶铲5件套',"
            + " 'unitPrice': {'amount': '18.50', 'currency': 'CNY'}}";

    @Test
    void aNewOrderIsOneItemAdded() {
        assertThat(CaseDiff.between(null, json("{'format': 'dossier-case/1', 'factory': {'name': '佳美'}, " + ORDER
                + ", 'evidence': [], 'payments': []}")))
                .containsExactly(new Change("order", "", null, "2837461920384756123, 硅胶铲5件套"));
    }

    @Test
    void anEditedPaymentIsOneFieldOfOnePaymentNotOneRemovedAndOneAdded() {
        String before = "{" + ORDER + ", 'payments': [{'id': 3, 'orderId': 1, 'paidOn': '2026-09-02',"
                + " 'amount': {'amount': '3700.00', 'currency': 'CNY'}}, {'id': 4, 'paidOn': '2026-09-05',"
                + " 'amount': {'amount': '100.00', 'currency': 'CNY'}}]}";
        String after = before.replace("3700.00", "3750.00");
        assertThat(CaseDiff.between(json(before), json(after)))
                .containsExactly(new Change("payment 3", "amount.amount", "3700.00", "3750.00"));
    }

    @Test
    void aFileAddedAndOneRemovedAreSaidByTheirPathAndCaption() {
        String before = "{" + ORDER + ", 'evidence': [{'id': 7, 'file': 'Receiving and QC/a.jpg', 'caption': 'Thùng móp'}]}";
        String after = "{" + ORDER + ", 'evidence': [{'id': 8, 'file': 'Payments/b.png', 'caption': null}]}";
        assertThat(CaseDiff.between(json(before), json(after))).containsExactly(
                new Change("file 7", "", "Receiving and QC/a.jpg, Thùng móp", null),
                new Change("file 8", "", null, "Payments/b.png"));
    }

    @Test
    void aStepIsNamedByItsPlaceInItsDispute() {
        String before = "{" + ORDER + ", 'disputes': [{'id': 1, 'status': 'SENT', 'events': [{'status': 'DRAFT',"
                + " 'note': 'Thiếu 20 bộ'}]}]}";
        String after = before.replace("'Thiếu 20 bộ'}]", "'Thiếu 20 bộ'}, {'status': 'SENT', 'note': '已发'}]");
        assertThat(CaseDiff.between(json(before), json(after)))
                .containsExactly(new Change("dispute 1 step 2", "", null, "SENT, 已发"));
    }

    @Test
    void aReceivingRecordRemovedIsTheWholeSectionGone() {
        String before = "{" + ORDER + ", 'receiving': {'id': 2, 'arrivedAt': '2026-10-03T09:40:00', 'unitsReceived': 180}}";
        String after = "{" + ORDER + ", 'receiving': null}";
        assertThat(CaseDiff.between(json(before), json(after)))
                .containsExactly(new Change("receiving", "", "2026-10-03T09:40:00, 180", null));
    }

    @Test
    void nothingChangedIsNoChangeAndAnUnreadableBeforeIsSaidAgainstNothing() {
        String same = "{" + ORDER + "}";
        assertThat(CaseDiff.between(json(same), json(same))).isEmpty();
        assertThat(CaseDiff.between(json("{not json"), json(same)))
                .containsExactly(new Change("order", "", null, "2837461920384756123, 硅胶铲5件套"));
    }
}
