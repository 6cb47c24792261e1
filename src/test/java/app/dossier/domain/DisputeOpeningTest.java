package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.words.Words;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A second dispute on an order is pointed to the first, and opened only on purpose. */
class DisputeOpeningTest {
    private static final Order SPATULAS = new Order(7, 1, "2837461920384756123", Channel.PLATFORM, OrderKind.STANDARD,
            "硅胶铲5件套", null, 200, "bộ", Money.of("18.50", Money.CNY), LocalDate.of(2026, 9, 2), null, null, null,
            "Jiamei/2026-09-02 2837461920384756123");

    private static Dispute dispute(long id, DisputeStatus status, String openedOn) {
        return new Dispute(id, 7, LocalDate.parse(openedOn), status, "Thiếu 20 bộ, 3 bộ nứt cán");
    }

    @Test
    void anOrderWithoutDisputesOrWithOnlySettledOnesMayHaveOne() {
        assertThat(DisputeOpening.problem(SPATULAS, List.of(), false)).isEmpty();
        assertThat(DisputeOpening.problem(SPATULAS, List.of(dispute(1, DisputeStatus.RESOLVED, "2026-10-04"),
                dispute(2, DisputeStatus.CLOSED, "2026-10-20")), false)).isEmpty();
    }

    @Test
    void anOpenDisputeIsNamedWithItsDayAndRefusesASecondUnlessAskedFor() {
        List<Dispute> disputes = List.of(dispute(1, DisputeStatus.CLOSED, "2026-10-04"),
                dispute(3, DisputeStatus.SENT, "2026-10-05"));

        assertThat(DisputeOpening.openAlready(disputes)).map(Dispute::id).contains(3L);
        Refusal.Wording refused = DisputeOpening.problem(SPATULAS, disputes, false).orElseThrow();
        assertThat(refused.refusal()).isEqualTo(Refusal.DISPUTE_ALREADY_OPEN);
        assertThat(refused.in(Words.in(Language.ENGLISH))).startsWith(
                "Order 2837461920384756123 already has an open dispute, opened on 2026-10-05 (dispute 3).")
                .contains("--another");
        assertThat(refused.in(Words.in(Language.VIETNAMESE))).startsWith(
                "Đơn hàng 2837461920384756123 đã có một khiếu nại đang mở, mở ngày 2026-10-05 (khiếu nại 3).");
        assertThat(DisputeOpening.problem(SPATULAS, disputes, true)).isEmpty();
    }
}
