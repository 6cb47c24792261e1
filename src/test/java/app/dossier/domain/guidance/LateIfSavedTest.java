package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.ReceivingRecord;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before a receiving record is saved, whether the arrival typed makes it late: what the guidance will
 * say once it is kept, so an arrival two days old is not cleared in silence by one typed as now.
 */
class LateIfSavedTest {
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-30T10:00");
    private final CaseBuilder builder = CaseBuilder.order();
    private final GuidanceSettings settings = GuidanceSettings.defaults();

    private List<Finding> late(ReceivingRecord r) {
        return Warnings.lateIfSaved(builder.build().order(), r, settings, NOW);
    }

    @Test
    void checkedTwoDaysAfterThePhotosArrivalIsLateAndSaidSo() {
        LocalDateTime arrived = LocalDateTime.parse("2026-11-28T09:14");

        List<Finding> late = late(builder.receiving(arrived, 300, 300, 32, 0, NOW, null));

        assertThat(late).extracting(Finding::kind).containsExactly(Finding.Kind.INSPECTED_LATE);
        assertThat(GuidanceWords.english().finding(late.get(0)))
                .startsWith("The goods were checked 48 hours after they arrived");
    }

    @Test
    void theSameCheckWithTheArrivalTypedAsNowIsInTime() {
        assertThat(late(builder.receiving(NOW, 300, 300, 32, 0, NOW, null))).isEmpty();
        assertThat(late(builder.receiving(NOW.minusHours(47), 300, 300, 32, 0, NOW, null))).isEmpty();
        assertThat(late(builder.receiving(null, 300, 300, 32, 0, NOW, null))).isEmpty();
    }

    @Test
    void aShortageNotYetToldPastTheLimitAndNoSampleCheckAreLateToo() {
        LocalDateTime arrived = NOW.minusHours(60);

        List<Finding> late = late(builder.receiving(arrived, 300, 280, 0, 0, NOW, null));

        assertThat(late).extracting(Finding::kind)
                .containsExactly(Finding.Kind.NOT_INSPECTED, Finding.Kind.FACTORY_NOT_NOTIFIED);
        assertThat(late).allMatch(f -> f.urgency() == Urgency.OVERDUE);
    }

    @Test
    void whatIsLateBeforeSavingIsWhatTheGuidanceFindsAfter() {
        LocalDateTime arrived = NOW.minusHours(52);
        ReceivingRecord r = builder.receiving(arrived, 300, 290, 32, 2, NOW, null);
        CaseFile saved = builder.received(r).build();

        List<Finding.Kind> after = Warnings.forOrder(saved, List.of(saved), settings, EvidenceClassifier.byKeywords(),
                NOW, CaseBuilder.HANOI).stream().map(Finding::kind)
                .filter(k -> k != Finding.Kind.ORDER_NOT_CONFIRMED && k != Finding.Kind.CHAT_EXPORT_DUE
                        && k != Finding.Kind.SAMPLE_CHECK_FAILED && k != Finding.Kind.SAMPLE_CHECK_TOO_SMALL)
                .toList();

        assertThat(late(r)).extracting(Finding::kind).containsExactlyInAnyOrderElementsOf(after)
                .contains(Finding.Kind.INSPECTED_LATE, Finding.Kind.FACTORY_NOT_NOTIFIED);
    }
}
