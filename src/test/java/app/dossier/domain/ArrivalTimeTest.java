package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ArrivalTime.Check;
import app.dossier.domain.ArrivalTime.Flag;

import app.dossier.domain.words.Words;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arrival proposed from the photos of a delivery, and the photos that say it is too late. */
class ArrivalTimeTest {
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-30T10:00");
    private static final LocalDate ORDERED = LocalDate.parse("2026-10-20");

    private static PhotoTaken photo(String name, String at) {
        return new PhotoTaken(name, at == null ? null : LocalDateTime.parse(at));
    }

    private final PhotoTaken pallet = photo("IMG_0412.HEIC", "2026-11-28T09:14:37");
    private final PhotoTaken label = photo("IMG_0415.jpg", "2026-11-28T09:20:05");
    private final PhotoTaken countSheet = photo("Phiếu đếm hàng.png", null);
    private final PhotoTaken clockAhead = photo("20310101_000000.jpg", "2031-01-01T00:00");
    private final PhotoTaken clockReset = photo("DSC_0001.JPG", "2000-01-01T00:00");

    @Test
    void theArrivalIsProposedFromTheEarliestPhotoToTheMinuteAndNamesIt() {
        var proposal = ArrivalTime.propose(List.of(label, countSheet, pallet), NOW, ORDERED).orElseThrow();

        assertThat(proposal.at()).isEqualTo(LocalDateTime.parse("2026-11-28T09:14"));
        assertThat(proposal.from()).isEqualTo(pallet);
        assertThat(proposal.photos()).isEqualTo(2);
    }

    @Test
    void photosWithoutATimeOrWithAWrongClockProposeNothing() {
        assertThat(ArrivalTime.propose(List.of(countSheet, clockAhead, clockReset), NOW, ORDERED)).isEmpty();
        assertThat(ArrivalTime.propose(List.of(), NOW, ORDERED)).isEmpty();
        assertThat(ArrivalTime.propose(List.of(clockAhead, clockReset, label), NOW, ORDERED).orElseThrow().from())
                .as("the wrong clocks are left out, the right one used").isEqualTo(label);
    }

    @Test
    void aPhoneAFewHoursAheadIsStillBelievedButNotADayAhead() {
        assertThat(ArrivalTime.believable(photo("a.jpg", "2026-11-30T12:30"), NOW, ORDERED)).isEqualTo(Check.FITS);
        assertThat(ArrivalTime.believable(photo("a.jpg", "2026-12-01T10:00"), NOW, ORDERED))
                .isEqualTo(Check.CLOCK_AHEAD);
        assertThat(ArrivalTime.believable(photo("a.jpg", "2026-10-19T23:59"), NOW, ORDERED))
                .isEqualTo(Check.BEFORE_ORDER);
        assertThat(ArrivalTime.believable(photo("a.jpg", "2026-10-20T00:00"), NOW, ORDERED)).isEqualTo(Check.FITS);
        assertThat(ArrivalTime.believable(countSheet, NOW, ORDERED)).isEqualTo(Check.NO_TIME);
    }

    @Test
    void aPhotoTakenBeforeTheArrivalTypedIsFlaggedByNameTheOthersNot() {
        LocalDateTime typed = LocalDateTime.parse("2026-11-28T09:15");

        List<Flag> flags = ArrivalTime.check(List.of(label, countSheet, pallet, clockAhead), typed, NOW, ORDERED);

        assertThat(flags).containsExactly(new Flag(pallet, Check.BEFORE_ARRIVAL), new Flag(clockAhead, Check.CLOCK_AHEAD));
        assertThat(ArrivalTime.takenBefore(List.of(label, pallet), typed, NOW, ORDERED)).containsExactly(pallet);
    }

    @Test
    void theProposedArrivalFlagsNoPhotoSinceSecondsAreBelowTheMinute() {
        LocalDateTime proposed = ArrivalTime.propose(List.of(pallet, label), NOW, ORDERED).orElseThrow().at();
        assertThat(ArrivalTime.check(List.of(pallet, label), proposed, NOW, ORDERED)).isEmpty();
    }

    @Test
    void withoutAnArrivalOnlyTheWrongClocksAreSaid() {
        assertThat(ArrivalTime.check(List.of(pallet, clockReset), null, NOW, ORDERED))
                .containsExactly(new Flag(clockReset, Check.BEFORE_ORDER));
    }

    @Test
    void eachFlagIsSaidInEachLanguageWithThePhotoAndItsTime() {
        LocalDateTime typed = LocalDateTime.parse("2026-11-30T10:00");
        assertThat(Words.in(Language.ENGLISH).get("arrival.BEFORE_ARRIVAL", pallet.name(), pallet.at(), typed))
                .isEqualTo("IMG_0412.HEIC was taken 28 Nov 2026 09:14, before the arrival time (30 Nov 2026 10:00).");
        assertThat(Words.in(Language.VIETNAMESE).get("arrival.BEFORE_ARRIVAL", pallet.name(), pallet.at(), typed))
                .isEqualTo("IMG_0412.HEIC được chụp lúc 09:14 ngày 28/11/2026, trước giờ hàng về đã ghi "
                        + "(10:00 ngày 30/11/2026).");
        assertThat(Words.in(Language.CHINESE).get("arrival.BEFORE_ORDER", clockReset.name(), clockReset.at(), ORDERED))
                .startsWith("DSC_0001.JPG 的拍摄时间为 2000年1月1日 00:00，早于下单日期（2026年10月20日）");
    }
}
