package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactoryRecordTest {
    private static final LocalDateTime ARRIVED = LocalDateTime.parse("2026-10-03T09:40");

    private static CaseFile received(long factory, long expected, long received, long sampled, long defective,
            DisputeStatus... disputes) {
        CaseBuilder b = CaseBuilder.order().factory(factory);
        b.received(b.receiving(ARRIVED, expected, received, sampled, defective, ARRIVED, ARRIVED));
        for (DisputeStatus d : disputes) {
            b.dispute(d);
        }
        return b.build();
    }

    @Test
    void ratesAreTakenOverOrdersWithAReceivingRecord() {
        List<CaseFile> cases = List.of(received(1, 200, 180, 32, 3, DisputeStatus.RESOLVED),
                received(1, 500, 500, 50, 1), CaseBuilder.order().factory(1).build(), received(2, 100, 50, 10, 10));
        FactoryRecord one = FactoryRecord.of(1, cases);
        assertThat(one.orders()).isEqualTo(3);
        assertThat(one.ordersReceived()).isEqualTo(2);
        assertThat(one.shortRate()).hasValue(new Rate(20, 700));
        assertThat(one.shortRate().orElseThrow().percent()).isEqualByComparingTo("2.9");
        assertThat(one.defectRate()).hasValue(new Rate(4, 82));
        assertThat(one.disputesByStatus()).containsEntry(DisputeStatus.RESOLVED, 1L).containsEntry(DisputeStatus.SENT, 0L);
        assertThat(one.describe()).contains("2.9 % (20 of 700)", "4.9 % (4 of 82)", "1 dispute: 1 resolved");
    }

    @Test
    void disputesAreCountedByHowTheyEnded() {
        FactoryRecord r = FactoryRecord.of(3, List.of(received(3, 10, 10, 2, 0, DisputeStatus.RESOLVED,
                DisputeStatus.ESCALATED), received(3, 10, 10, 2, 0, DisputeStatus.RESOLVED, DisputeStatus.CLOSED)));
        assertThat(r.disputes()).isEqualTo(4);
        assertThat(r.disputesByStatus()).containsEntry(DisputeStatus.RESOLVED, 2L)
                .containsEntry(DisputeStatus.ESCALATED, 1L).containsEntry(DisputeStatus.CLOSED, 1L)
                .hasSize(DisputeStatus.values().length);
    }

    @Test
    void aFactoryWithNothingReceivedHasNoRatesRatherThanZero() {
        FactoryRecord r = FactoryRecord.of(4, List.of(CaseBuilder.order().factory(4).build()));
        assertThat(r.shortRate()).isEmpty();
        assertThat(r.defectRate()).isEmpty();
        assertThat(r.describe()).contains("nothing counted yet", "No disputes.");
    }

    @Test
    void allListsEachFactoryOnce() {
        List<CaseFile> cases = List.of(received(1, 10, 10, 2, 0), received(2, 10, 10, 2, 0), received(1, 10, 9, 2, 0));
        assertThat(FactoryRecord.all(cases)).extracting(FactoryRecord::factoryId).containsExactly(1L, 2L);
    }
}
