package app.dossier.domain.words;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.HistoryEntry;
import app.dossier.domain.Language;
import org.junit.jupiter.api.Test;

class HistoryWordsTest {
    private static HistoryEntry.Change change(String item, String field, String before, String after) {
        return new HistoryEntry.Change(item, field, before, after);
    }

    @Test
    void aPaymentCorrectedIsSaidInEachLanguage() {
        HistoryEntry.Change amount = change("payment 1", "amount.amount", "3700.00", "3750.00");
        assertThat(HistoryWords.in(Language.ENGLISH).change(amount)).isEqualTo("Payment 1: amount 3,700.00 → 3,750.00");
        assertThat(HistoryWords.in(Language.VIETNAMESE).change(amount))
                .isEqualTo("Khoản thanh toán 1: số tiền 3.700,00 → 3.750,00");
        assertThat(HistoryWords.in(Language.CHINESE).change(amount)).isEqualTo("付款 1：金额 3,700.00 → 3,750.00");
    }

    @Test
    void codesDatesAndCountsAreWorded() {
        HistoryWords vi = HistoryWords.in(Language.VIETNAMESE);
        assertThat(vi.change(change("file 12", "category", "AGREEMENT", "RECEIVING")))
                .isEqualTo("Tệp 12: mục Trò chuyện và thỏa thuận → Nhận hàng và kiểm tra".replace(
                        "Trò chuyện và thỏa thuận → Nhận hàng và kiểm tra",
                        Words.in(Language.VIETNAMESE).get("packet.category.AGREEMENT") + " → "
                                + Words.in(Language.VIETNAMESE).get("packet.category.RECEIVING")));
        assertThat(vi.change(change("payment 2", "covers", "DEPOSIT", "FULL")))
                .isEqualTo("Khoản thanh toán 2: trả cho đặt cọc → toàn bộ");
        assertThat(vi.change(change("order", "quantity", "1200", "1180"))).isEqualTo("Đơn hàng: số lượng 1.200 → 1.180");
        assertThat(HistoryWords.in(Language.ENGLISH).change(change("payment 2", "paidOn", "2026-09-02", "2026-09-03")))
                .isEqualTo("Payment 2: paid on 2 Sep 2026 → 3 Sep 2026");
        assertThat(HistoryWords.in(Language.CHINESE).change(change("dispute 1 step 2", "status", "SENT", "ESCALATED")))
                .isEqualTo("纠纷 1 › 步骤 2：状态 " + Words.in(Language.CHINESE).get("packet.status.SENT") + " → "
                        + Words.in(Language.CHINESE).get("packet.status.ESCALATED"));
        assertThat(HistoryWords.in(Language.ENGLISH).change(change("receiving defect SHORT", "count", "20", "21")))
                .isEqualTo("Receiving › defect “short”: count 20 → 21");
    }

    @Test
    void itemsThatCameOrWentAreDescribed() {
        HistoryWords en = HistoryWords.in(Language.ENGLISH);
        assertThat(en.change(change("payment 1", "", null, "2026-09-02, 3700.00 CNY, FULL")))
                .isEqualTo("Payment 1 added: 2 Sep 2026, ¥3,700.00, in full");
        assertThat(HistoryWords.in(Language.VIETNAMESE).change(change("file 6", "", "Payments/o1-alipay-proof.png, Biên lai", null)))
                .isEqualTo("Tệp 6 (đã bỏ): Payments/o1-alipay-proof.png, Biên lai");
        assertThat(en.change(change("order", "caption", null, "Cán xẻng bị nứt")))
                .isEqualTo("Order: caption (none) → Cán xẻng bị nứt");
    }

    @Test
    void whatIsNotKnownIsShownAsWritten() {
        HistoryWords zh = HistoryWords.in(Language.CHINESE);
        assertThat(zh.change(change("widget 3", "specs.flavour", "a", "b"))).isEqualTo("widget 3：specs.flavour a → b");
        assertThat(zh.change(change("order", "orderNumber", "2837461920384756123", "2837461920384756124")))
                .isEqualTo("订单：订单号 2837461920384756123 → 2837461920384756124");
    }
}
