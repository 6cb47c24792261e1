package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.PaymentCovers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules that hold for any business: random case files from fixed seeds. */
class GuidancePropertiesTest {
    private static final LocalDateTime BASE = LocalDateTime.parse("2026-10-01T08:00");
    private static final String[][] AGREEMENT_FILES = {
            {"chat.png", "Chat 1688: chốt giá"}, {"sample.jpg", "Ảnh mẫu"}, {"ok.png", "Xưởng xác nhận mẫu"},
            {"IMG_1.jpg", null}, {"样品.jpg", "样品照片，请确认"}, {"wx.txt", null}, {"hd.pdf", "Hợp đồng"}};
    private static final String[][] CONFIRMATION_FILES = {
            {"order-page.png", "Trang chi tiết đơn 1688"}, {"reply.png", "确认，没问题"}, {"summary.png", "Tóm tắt đơn"},
            {"IMG_2.png", null}};

    static Stream<Arguments> businesses() {
        return IntStream.range(0, 200).mapToObj(seed -> Arguments.of(seed));
    }

    /** Up to six orders from up to three factories, with anything present or missing. */
    static List<CaseFile> business(int seed) {
        Random r = new Random(seed);
        List<CaseFile> cases = new ArrayList<>();
        int orders = 1 + r.nextInt(6);
        for (int i = 0; i < orders; i++) {
            LocalDateTime ordered = BASE.plusDays(r.nextInt(50));
            CaseBuilder b = CaseBuilder.order().id(seed * 100L + i).factory(1 + r.nextInt(3))
                    .quantity(1 + r.nextInt(3000), r.nextBoolean() ? "pcs" : "sets")
                    .unitPrice(1 + r.nextInt(60) + "." + (10 + r.nextInt(90)), "CNY")
                    .deadline(r.nextInt(5) == 0 ? null : ordered.toLocalDate().plusDays(10 + r.nextInt(30)).toString());
            if (r.nextBoolean()) {
                b.offPlatform();
            }
            if (r.nextInt(3) == 0) {
                b.oem();
            }
            for (int k = r.nextInt(4); k > 0; k--) {
                String[] f = AGREEMENT_FILES[r.nextInt(AGREEMENT_FILES.length)];
                b.file(EvidenceCategory.AGREEMENT, f[0], f[1], r.nextInt(4) == 0 ? null : ordered.minusDays(r.nextInt(5)).toString());
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                String[] f = CONFIRMATION_FILES[r.nextInt(CONFIRMATION_FILES.length)];
                b.file(EvidenceCategory.CONFIRMATION, f[0], f[1], ordered.toString());
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                PaymentCovers covers = PaymentCovers.values()[r.nextInt(PaymentCovers.values().length)];
                String rate = r.nextInt(4) == 0 ? null : String.valueOf(3500 + r.nextInt(300));
                String amount = 100 + r.nextInt(20000) + ".00";
                String day = ordered.toLocalDate().plusDays(r.nextInt(20)).toString();
                if (r.nextInt(4) == 0) {
                    b.paidWithoutProof(day, amount, "CNY", rate, covers);
                } else {
                    b.paid(day, amount, "CNY", rate, covers, r.nextBoolean() ? null : day + "T12:00");
                }
            }
            int receiving = r.nextInt(3);
            LocalDateTime arrived = ordered.plusDays(5 + r.nextInt(40)).plusMinutes(r.nextInt(1440));
            if (receiving >= 1) {
                b.file(EvidenceCategory.RECEIVING, "door.jpg", null, arrived.toString());
            }
            if (receiving == 2) {
                long expected = 1 + r.nextInt(3000);
                long got = Math.max(0, expected - (r.nextBoolean() ? 0 : r.nextInt(50)));
                long sampled = r.nextInt(4) == 0 ? 0 : Math.min(got, 1 + r.nextInt(200));
                long defective = sampled == 0 ? 0 : r.nextInt((int) Math.min(sampled, 10) + 1);
                b.received(b.receiving(arrived, expected, got, sampled, defective,
                        sampled == 0 ? null : arrived.plusHours(r.nextInt(96)),
                        r.nextBoolean() ? null : arrived.plusHours(r.nextInt(96))));
            }
            if (r.nextInt(4) == 0) {
                b.dispute(DisputeStatus.values()[r.nextInt(DisputeStatus.values().length)]);
            }
            cases.add(b.build());
        }
        return cases;
    }

    private static Clock someNow(int seed) {
        return CaseBuilder.at(BASE.plusDays(new Random(seed * 31L).nextInt(120)).plusMinutes(seed * 7L).toString());
    }

    @ParameterizedTest
    @MethodSource("businesses")
    void readyForADisputeExactlyWhenAllFourAreComplete(int seed) {
        Guidance g = Guidance.standard();
        for (CaseFile c : business(seed)) {
            OrderCompleteness oc = g.completeness(c, someNow(seed));
            boolean allComplete = oc.categories().stream().allMatch(CategoryCheck::complete);
            assertThat(oc.readiness().ready()).isEqualTo(allComplete);
            assertThat(oc.categories()).extracting(CategoryCheck::category).containsExactly(EvidenceCategory.values());
            for (CategoryCheck check : oc.categories()) {
                assertThat(check.gaps().isEmpty()).as(GuidanceWords.english().describe(check)).isEqualTo(check.complete());
                if (check.waiting()) {
                    assertThat(check.category()).isEqualTo(EvidenceCategory.RECEIVING);
                    assertThat(check.status()).isEqualTo(CategoryStatus.MISSING);
                }
            }
            boolean someWithoutProof = c.payments().stream().anyMatch(p -> p.proofEvidenceId() == null);
            assertThat(oc.check(EvidenceCategory.PAYMENT).gaps().stream()
                    .anyMatch(gap -> gap.kind() == Gap.Kind.PAYMENT_WITHOUT_PROOF)).isEqualTo(someWithoutProof);
        }
    }

    @ParameterizedTest
    @MethodSource("businesses")
    void everyFindingIsAboutAKnownOrderAndWellFormed(int seed) {
        List<CaseFile> cases = business(seed);
        Clock clock = someNow(seed);
        LocalDateTime now = LocalDateTime.now(clock);
        GuidanceSettings settings = GuidanceSettings.defaults();
        List<Finding> findings = Guidance.standard().findings(cases, clock);
        List<Long> ids = cases.stream().map(c -> c.order().id()).toList();
        for (Finding f : findings) {
            assertThat(ids).contains(f.orderId());
            assertThat(GuidanceWords.english().finding(f)).isNotBlank().doesNotContain("null");
            assertThat(f.params().values()).doesNotContainNull();
            if (f.due() != null) {
                assertThat(f.urgency()).isEqualTo(Urgency.of(f.due(), now, settings.dueSoon()));
            }
        }
        assertThat(findings).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @ParameterizedTest
    @MethodSource("businesses")
    void theDueListIsSortedAndHoldsOnlyWhatIsOverdueOrDueSoon(int seed) {
        List<CaseFile> cases = business(seed);
        Clock clock = someNow(seed);
        Guidance g = Guidance.standard();
        List<Deadline> due = g.dueList(cases, clock);
        assertThat(due).extracting(Deadline::due).isSorted();
        assertThat(due).allMatch(d -> d.urgency() != Urgency.LATER)
                .noneMatch(d -> d.kind().target() && d.urgency() == Urgency.OVERDUE);
        assertThat(g.deadlines(cases, clock)).containsAll(due);
    }

    @ParameterizedTest
    @MethodSource("businesses")
    void theOrderOfFilesDoesNotChangeTheVerdict(int seed) {
        Guidance g = Guidance.standard();
        Clock clock = someNow(seed);
        for (CaseFile c : business(seed)) {
            List<app.dossier.domain.Evidence> shuffled = new ArrayList<>(c.evidence());
            Collections.shuffle(shuffled, new Random(seed));
            CaseFile reordered = CaseFile.of(c.factory(), c.order(), shuffled, c.payments(), c.receiving(), c.disputes());
            assertThat(g.completeness(reordered, clock)).isEqualTo(g.completeness(c, clock));
            assertThat(g.findings(reordered, List.of(reordered), clock)).isEqualTo(g.findings(c, List.of(c), clock));
        }
    }

    @ParameterizedTest
    @MethodSource("businesses")
    void aLateFindingNeverBecomesLessLateAsTimePasses(int seed) {
        List<CaseFile> cases = business(seed);
        Guidance g = Guidance.standard();
        LocalDateTime now = LocalDateTime.now(someNow(seed));
        List<Finding> before = g.findings(cases, someNow(seed));
        List<Finding> after = g.findings(cases, CaseBuilder.at(now.plusHours(1 + seed % 72).toString()));
        for (Finding f : before) {
            if (f.urgency() == Urgency.OVERDUE) {
                assertThat(after).anyMatch(a -> a.kind() == f.kind() && a.orderId() == f.orderId()
                        && a.urgency() == Urgency.OVERDUE);
            }
        }
    }
}
