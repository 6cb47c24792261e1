package app.dossier.service;

import static app.dossier.domain.guidance.OrderStatus.COMPLETE;
import static app.dossier.domain.guidance.OrderStatus.DISPUTED;
import static app.dossier.domain.guidance.OrderStatus.GAPS;
import static app.dossier.domain.guidance.OrderStatus.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.dossier.domain.Dispute;
import app.dossier.domain.DossierException;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.guidance.OrderStatus;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where each of the sample's orders stands, and a second dispute on an order opened only on purpose. */
class OrderStatusesTest {
    @TempDir
    Path temp;
    private Workspace workspace;

    @BeforeEach
    void loadTheSample() {
        workspace = Workspace.withSample(temp);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long id(String numberOrId) {
        return workspace.services().orders().find(numberOrId).id();
    }

    @Test
    void eachOrderHasTheStatusesOfTheGuidance() {
        Map<Long, Set<OrderStatus>> statuses = workspace.services().guidance().statuses();

        assertThat(statuses).hasSize(5);
        assertThat(statuses.get(id("2837461920384756123"))).containsExactly(OVERDUE, DISPUTED, COMPLETE);
        assertThat(statuses.get(id("2840019375561028394"))).containsExactly(OVERDUE, COMPLETE);
        assertThat(statuses.get(id("JX-2026-031"))).containsExactly(GAPS);
        assertThat(statuses.get(id("2851234098765432101"))).containsExactly(GAPS);
    }

    @Test
    void aSecondDisputeIsRefusedWhileTheFirstIsOpenAndOpenedWhenAskedFor() {
        long spatulas = id("2837461920384756123");
        Dispute first = workspace.services().disputes().ofOrder(spatulas).get(0);

        DossierException refused = catchThrowableOfType(
                () -> workspace.services().disputes().open(spatulas, "Lô thứ hai thiếu 5 bộ"), DossierException.class);

        assertThat(refused.wording().orElseThrow().refusal()).isEqualTo(Refusal.DISPUTE_ALREADY_OPEN);
        assertThat(refused.getMessage()).startsWith("Order 2837461920384756123 already has an open dispute, opened on "
                + first.openedOn() + " (dispute " + first.id() + ").");
        assertThat(workspace.services().disputes().ofOrder(spatulas)).hasSize(1);

        Dispute second = workspace.services().disputes().open(spatulas, "Lô thứ hai thiếu 5 bộ", true);

        assertThat(workspace.services().disputes().ofOrder(spatulas)).extracting(Dispute::id)
                .containsExactly(first.id(), second.id());
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void anOrderWhoseDisputeIsOverMayHaveANewOne() {
        Order hoodies = workspace.services().orders().find("2851234098765432101");
        Dispute first = workspace.services().disputes().open(hoodies.id(), "Thiếu 12 áo");
        workspace.services().disputes().advance(first.id(), app.dossier.domain.DisputeStatus.CLOSED,
                java.time.LocalDateTime.of(2026, 11, 26, 10, 0), "Xưởng gửi bù", java.util.List.of());

        Dispute next = workspace.services().disputes().open(hoodies.id(), "Áo lỗi đường may");

        assertThat(next.id()).isNotEqualTo(first.id());
    }
}
