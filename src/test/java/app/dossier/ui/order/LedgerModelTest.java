package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.PaymentLedger;
import app.dossier.domain.SampleCases;
import app.dossier.ui.common.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The window's ledger of an order in yuan paid by bank transfer in đồng, and in dollars. */
class LedgerModelTest {
    private final Order tenThousandYuan = yuanOrder("10000.00");

    @Test
    void aTransferInDongShowsBothAmountsItsRateAndCounts() {
        LedgerModel model = new LedgerModel(new Texts(Locale.ENGLISH));
        model.show(PaymentLedger.of(tenThousandYuan, List.of(
                payment(1, "2026-09-02", Money.of("3650000", Money.VND), "3650"))), Map.of());

        LedgerRow row = model.rows().get(0);
        assertThat(row.amount()).isEqualTo("3.650.000 ₫\n= ¥1,000.00");
        assertThat(row.rate()).isEqualTo("3.650 ₫/¥");
        assertThat(row.vnd()).isEqualTo("3.650.000 ₫");
        assertThat(row.paidSoFar()).isEqualTo("¥1,000.00");
        assertThat(row.notCounted()).isFalse();
        assertThat(model.paidProperty().get()).isEqualTo("¥1,000.00");
        assertThat(model.owedProperty().get()).isEqualTo("¥9,000.00");
        assertThat(model.owedVndProperty().get()).isEqualTo("32.850.000 ₫");
        assertThat(model.notes()).containsExactly(
                "The order total and what is owed in VND use the latest rate paid, 3.650 ₫.");
    }

    @Test
    void dollarsWithoutTheYuanRateAreListedAndSayWhichRateTheyNeed() {
        LedgerModel model = new LedgerModel(new Texts(Locale.forLanguageTag("vi")));
        model.show(PaymentLedger.of(tenThousandYuan, List.of(
                payment(1, "2026-09-10", Money.of("1000.00", Money.USD), "25400"))), Map.of());

        LedgerRow row = model.rows().get(0);
        assertThat(row.amount()).isEqualTo("$1.000,00");
        assertThat(row.notCounted()).isTrue();
        assertThat(row.paidSoFar()).isEqualTo("cần tỷ giá ₫/¥");
        assertThat(row.vnd()).isEqualTo("25.400.000 ₫");
        assertThat(model.paidProperty().get()).isEqualTo("¥0,00");
        assertThat(model.notes()).contains(
                "Khoản $1.000,00 ngày 10/09/2026 chưa được tính vào tổng đơn: cần tỷ giá ₫/¥ mà chưa được ghi.");

        model.show(PaymentLedger.of(tenThousandYuan, List.of(
                payment(1, "2026-09-02", Money.of("3650000", Money.VND), "3650"),
                payment(2, "2026-09-10", Money.of("1000.00", Money.USD), "25400"))), Map.of());
        assertThat(model.rows().get(1).amount()).isEqualTo("$1.000,00\n= ¥6.958,90");
        assertThat(model.rows().get(1).rate()).isEqualTo("25.400 ₫/$, 3.650 ₫/¥");
        assertThat(model.paidProperty().get()).isEqualTo("¥7.958,90");
    }

    private static Payment payment(long id, String on, Money amount, String rate) {
        return new Payment(id, 1, LocalDate.parse(on), amount, new BigDecimal(rate), PaymentCovers.DEPOSIT, "Bank",
                null, null, null, null);
    }

    private static Order yuanOrder(String total) {
        Order o = SampleCases.shortOrder();
        return new Order(o.id(), o.factoryId(), o.orderNumber(), o.channel(), o.kind(), o.product(), o.specs(), 1,
                o.unit(), Money.of(total, Money.CNY), o.orderedOn(), o.deliveryDeadline(), o.agreedOn(), o.notes(),
                o.folder());
    }
}
