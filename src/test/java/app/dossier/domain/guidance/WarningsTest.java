package app.dossier.domain.guidance;

import static app.dossier.domain.EvidenceCategory.AGREEMENT;
import static app.dossier.domain.EvidenceCategory.CONFIRMATION;
import static app.dossier.domain.EvidenceCategory.RECEIVING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.PaymentCovers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WarningsTest {
    private static final LocalDateTime ARRIVED = LocalDateTime.parse("2026-11-24T16:05");
    private Guidance guidance = Guidance.standard();

    private List<Finding> findings(Clock clock, CaseFile... cases) {
        return guidance.findings(List.of(cases), clock);
    }

    private List<Finding> ofKind(Finding.Kind kind, Clock clock, CaseFile... cases) {
        return findings(clock, cases).stream().filter(f -> f.kind() == kind).toList();
    }

    private static Clock at(LocalDateTime time) {
        return CaseBuilder.at(time.toString());
    }

    @Nested
    class SampleWithoutConfirmation {
        @Test
        void aSamplePhotoWithoutItsConfirmingChatIsWarned() {
            CaseFile c = CaseBuilder.order().chat().file(AGREEMENT, "box.jpg", "样品照片", null).build();
            List<Finding> found = ofKind(Finding.Kind.SAMPLE_NOT_CONFIRMED, at(ARRIVED), c);
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(GuidanceWords.english().finding(f)).contains("box.jpg", "confirm");
            });
        }

        @Test
        void theConfirmingChatSilencesIt() {
            CaseFile c = CaseBuilder.order().file(AGREEMENT, "box.jpg", "样品照片", null)
                    .file(AGREEMENT, "chat.png", "微信：工厂确认按样品生产", null).build();
            assertThat(ofKind(Finding.Kind.SAMPLE_NOT_CONFIRMED, at(ARRIVED), c)).isEmpty();
        }
    }

    @Nested
    class Inspection {
        private CaseFile arrivedUnchecked() {
            CaseBuilder b = CaseBuilder.order();
            return b.received(b.receiving(ARRIVED, 300, 300, 0, 0, null, null)).build();
        }

        @Test
        void justBeforeTheLimitItIsDueSoon() {
            Finding f = ofKind(Finding.Kind.NOT_INSPECTED, at(ARRIVED.plusHours(47)), arrivedUnchecked()).get(0);
            assertThat(f.due()).isEqualTo(ARRIVED.plusHours(48));
            assertThat(f.urgency()).isEqualTo(Urgency.DUE_SOON);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(GuidanceWords.english().finding(f)).contains("before 26 Nov 2026 16:05", "in 1 hour");
        }

        @Test
        void exactlyAt48HoursItIsNotYetOverdue() {
            Finding f = ofKind(Finding.Kind.NOT_INSPECTED, at(ARRIVED.plusHours(48)), arrivedUnchecked()).get(0);
            assertThat(f.urgency()).isEqualTo(Urgency.DUE_SOON);
        }

        @Test
        void aMinuteLaterItIsOverdueAndUrgent() {
            Finding f = ofKind(Finding.Kind.NOT_INSPECTED, at(ARRIVED.plusHours(48).plusMinutes(1)), arrivedUnchecked())
                    .get(0);
            assertThat(f.urgency()).isEqualTo(Urgency.OVERDUE);
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
            assertThat(GuidanceWords.english().finding(f)).contains("48-hour limit passed");
        }

        @Test
        void aPhotoOfTheCartonsAtTheDoorCountsAsArrival() {
            CaseFile c = CaseBuilder.order().file(RECEIVING, "door.jpg", "15 thùng ở cửa kho", ARRIVED.toString()).build();
            Finding f = ofKind(Finding.Kind.NOT_INSPECTED, at(ARRIVED.plusDays(3)), c).get(0);
            assertThat(f.params()).containsEntry("arrivalFrom", "PHOTO");
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
        }

        @Test
        void aSampleCheckSilencesIt() {
            CaseBuilder b = CaseBuilder.order();
            CaseFile c = b.received(b.receiving(ARRIVED, 300, 300, 50, 0, ARRIVED.plusHours(3), null)).build();
            assertThat(findings(at(ARRIVED.plusDays(5)), c)).extracting(Finding::kind)
                    .doesNotContain(Finding.Kind.NOT_INSPECTED, Finding.Kind.INSPECTED_LATE);
        }

        @Test
        void aCheckAfter48HoursIsNotedAsLate() {
            CaseBuilder b = CaseBuilder.order();
            CaseFile late = b.received(b.receiving(ARRIVED, 300, 300, 50, 0, ARRIVED.plusHours(49), null)).build();
            Finding f = ofKind(Finding.Kind.INSPECTED_LATE, at(ARRIVED.plusDays(5)), late).get(0);
            assertThat(f.params()).containsEntry("hoursAfterArrival", 49L);
            assertThat(f.due()).isNull();
            CaseBuilder b2 = CaseBuilder.order();
            CaseFile onTime = b2.received(b2.receiving(ARRIVED, 300, 300, 50, 0, ARRIVED.plusHours(48), null)).build();
            assertThat(ofKind(Finding.Kind.INSPECTED_LATE, at(ARRIVED.plusDays(5)), onTime)).isEmpty();
        }
    }

    @Nested
    class Delivery {
        @Test
        void goodsDueYesterdayWithNothingReceivedAreOverdue() {
            CaseFile c = CaseBuilder.order().deadline("2026-11-20").build();
            Finding f = ofKind(Finding.Kind.DELIVERY_OVERDUE, CaseBuilder.at("2026-11-21T00:00"), c).get(0);
            assertThat(f.urgency()).isEqualTo(Urgency.OVERDUE);
            assertThat(GuidanceWords.english().finding(f)).contains("20 Nov 2026");
        }

        @Test
        void onTheDeadlineDayItIsNotYetOverdue() {
            CaseFile c = CaseBuilder.order().deadline("2026-11-20").build();
            assertThat(ofKind(Finding.Kind.DELIVERY_OVERDUE, CaseBuilder.at("2026-11-20T23:00"), c)).isEmpty();
        }

        @Test
        void anArrivalPhotoMeansTheGoodsCame() {
            CaseFile c = CaseBuilder.order().deadline("2026-11-20")
                    .file(RECEIVING, "door.jpg", null, "2026-11-24T16:05").build();
            assertThat(ofKind(Finding.Kind.DELIVERY_OVERDUE, CaseBuilder.at("2026-11-26T10:00"), c)).isEmpty();
        }
    }

    @Nested
    class FactoryNotice {
        private CaseFile shortBy(long shortUnits, long defective, LocalDateTime notifiedAt) {
            CaseBuilder b = CaseBuilder.order();
            return b.received(b.receiving(ARRIVED, 200, 200 - shortUnits, 32, defective, ARRIVED.plusHours(1), notifiedAt))
                    .build();
        }

        @Test
        void aShortageNotToldToTheFactoryIsDueWithin48Hours() {
            Finding f = ofKind(Finding.Kind.FACTORY_NOT_NOTIFIED, at(ARRIVED.plusHours(5)), shortBy(20, 0, null)).get(0);
            assertThat(f.due()).isEqualTo(ARRIVED.plusHours(48));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(GuidanceWords.english().finding(f)).contains("20 units short");
            assertThat(f.params()).containsEntry("unitsShort", 20L);
        }

        @Test
        void defectsNotToldAfter48HoursAreUrgent() {
            Finding f = ofKind(Finding.Kind.FACTORY_NOT_NOTIFIED, at(ARRIVED.plusHours(49)), shortBy(0, 3, null)).get(0);
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
            assertThat(GuidanceWords.english().finding(f)).contains("3 defective units");
        }

        @Test
        void anOverdueNoticeNamesTheNotifyLimitNotTheInspectLimit() {
            GuidanceSettings d = GuidanceSettings.defaults();
            guidance = new Guidance(new GuidanceSettings(d.dueSoon(), d.chatExportEvery(), d.inspectTarget(),
                    Duration.ofHours(48), Duration.ofHours(12), Duration.ofHours(24), d.platformDisputeWindow(),
                    d.largeOrder(), d.majorAql(), d.minorAql()), EvidenceClassifier.byKeywords());
            Finding f = ofKind(Finding.Kind.FACTORY_NOT_NOTIFIED, at(ARRIVED.plusHours(30)), shortBy(20, 0, null)).get(0);
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
            assertThat(GuidanceWords.english().finding(f)).contains("the 24-hour limit passed").doesNotContain("48-hour");
            assertThat(f.params()).containsEntry("limitHours", 24L).containsEntry("due", ARRIVED.plusHours(24));
        }

        @Test
        void toldLateIsNoted() {
            List<Finding> found = findings(at(ARRIVED.plusDays(10)), shortBy(20, 0, ARRIVED.plusHours(60)));
            assertThat(found).extracting(Finding::kind).contains(Finding.Kind.FACTORY_NOTIFIED_LATE)
                    .doesNotContain(Finding.Kind.FACTORY_NOT_NOTIFIED);
        }

        @Test
        void toldInTimeOrNothingWrongSaysNothing() {
            assertThat(findings(at(ARRIVED.plusDays(10)), shortBy(20, 3, ARRIVED.plusHours(5)), shortBy(0, 0, null)))
                    .extracting(Finding::kind)
                    .doesNotContain(Finding.Kind.FACTORY_NOT_NOTIFIED, Finding.Kind.FACTORY_NOTIFIED_LATE);
        }
    }

    @Nested
    class SampleCheck {
        private CaseFile checked(long received, long sampled, long defective) {
            CaseBuilder b = CaseBuilder.order();
            return b.received(b.receiving(ARRIVED, received, received, sampled, defective, ARRIVED.plusHours(1),
                    defective > 0 ? ARRIVED.plusHours(2) : null)).build();
        }

        @Test
        void defectsAtTheRejectNumberFail() {
            assertThat(ofKind(Finding.Kind.SAMPLE_CHECK_FAILED, at(ARRIVED.plusDays(1)), checked(500, 50, 4))).hasSize(1);
            assertThat(ofKind(Finding.Kind.SAMPLE_CHECK_FAILED, at(ARRIVED.plusDays(1)), checked(500, 50, 3))).isEmpty();
        }

        @Test
        void aCheckSmallerThanThePlanIsAdvisedLarger() {
            Finding f = ofKind(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, at(ARRIVED.plusDays(1)), checked(500, 20, 0)).get(0);
            assertThat(f.severity()).isEqualTo(Severity.ADVICE);
            assertThat(f.params()).containsEntry("planned", 50L).containsEntry("tenPercent", 50L);
            assertThat(ofKind(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, at(ARRIVED.plusDays(1)), checked(500, 50, 0))).isEmpty();
        }
    }

    @Nested
    class Deposit {
        private CaseBuilder deposit(long factory, boolean offPlatform, String acknowledgedAt) {
            CaseBuilder b = CaseBuilder.order().factory(factory)
                    .paid("2026-11-18", "3200.00", "CNY", "3668", PaymentCovers.DEPOSIT, acknowledgedAt);
            return offPlatform ? b.offPlatform() : b;
        }

        @Test
        void anUnacknowledgedDepositOnAFirstOffPlatformOrderIsUrgent() {
            Finding f = ofKind(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, at(ARRIVED), deposit(7, true, null).build()).get(0);
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
            assertThat(GuidanceWords.english().finding(f)).contains("¥3,200.00", "first order");
        }

        @Test
        void withAFactoryThatAlreadyDeliveredItIsAWarning() {
            CaseFile earlier = CaseBuilder.order().factory(8).receivedComplete("2026-06-01T09:00").build();
            Finding f = ofKind(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, at(ARRIVED), deposit(8, true, null).build(), earlier)
                    .get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.params()).containsEntry("firstOrder", "NO");
        }

        @Test
        void anAcknowledgedDepositOrAFullPaymentSaysNothing() {
            CaseFile acked = deposit(9, true, "2026-11-18T15:00").build();
            CaseFile full = CaseBuilder.order().offPlatform().paidWithoutProof("2026-11-18", "3700.00", "CNY", null,
                    PaymentCovers.FULL).build();
            assertThat(ofKind(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, at(ARRIVED), acked, full)).isEmpty();
        }
    }

    @Nested
    class OffPlatformConfirmation {
        @Test
        void anOffPlatformOrderWithoutTheFactorysConfirmationIsWarned() {
            assertThat(ofKind(Finding.Kind.ORDER_NOT_CONFIRMED, at(ARRIVED), CaseBuilder.order().offPlatform().build()))
                    .hasSize(1);
            CaseFile confirmed = CaseBuilder.order().offPlatform()
                    .file(CONFIRMATION, "reply.png", "陈伟回复：确认，没问题", null).build();
            CaseFile platform = CaseBuilder.order().build();
            assertThat(ofKind(Finding.Kind.ORDER_NOT_CONFIRMED, at(ARRIVED), confirmed, platform)).isEmpty();
        }
    }

    @Nested
    class ChatExport {
        private CaseFile openWithChatOn(String capturedAt) {
            return CaseBuilder.order().file(AGREEMENT, "chat.png", "WeChat", capturedAt).deadline("2026-12-30").build();
        }

        @Test
        void chatsOlderThan14DaysOnAnOpenOrderAreDueForExport() {
            Clock now = CaseBuilder.at("2026-11-26T10:00");
            assertThat(ofKind(Finding.Kind.CHAT_EXPORT_DUE, now, openWithChatOn("2026-11-12T09:00"))).hasSize(1);
            assertThat(ofKind(Finding.Kind.CHAT_EXPORT_DUE, now, openWithChatOn("2026-11-12T11:00"))).isEmpty();
        }

        @Test
        void whereTheChatsAreIsAValueAsWellAsWords() {
            Clock now = CaseBuilder.at("2026-11-26T10:00");
            Finding platform = ofKind(Finding.Kind.CHAT_EXPORT_DUE, now, openWithChatOn("2026-11-01T09:00")).get(0);
            assertThat(platform.params()).containsEntry("chatApps", "ONLY_1688");
            assertThat(GuidanceWords.english().finding(platform)).contains("Export the 1688 chat again");
            Finding offPlatform = ofKind(Finding.Kind.CHAT_EXPORT_DUE, now, CaseBuilder.order().offPlatform()
                    .file(AGREEMENT, "chat.png", "WeChat", "2026-11-01T09:00").deadline("2026-12-30").build()).get(0);
            assertThat(offPlatform.params()).containsEntry("chatApps", "WECHAT_AND_1688");
            assertThat(GuidanceWords.english().finding(offPlatform)).contains("Export the WeChat or 1688 chat again");
        }

        @Test
        void theIntervalIsASetting() {
            guidance = new Guidance(GuidanceSettings.defaults().withChatExportEvery(Duration.ofDays(3)),
                    EvidenceClassifier.byKeywords());
            Finding f = ofKind(Finding.Kind.CHAT_EXPORT_DUE, CaseBuilder.at("2026-11-26T10:00"),
                    openWithChatOn("2026-11-22T09:00")).get(0);
            assertThat(f.params()).containsEntry("interval", 3L).containsEntry("daysSince", 4L);
            assertThat(f.due()).isEqualTo(LocalDateTime.parse("2026-11-25T09:00"));
        }

        @Test
        void anOpenOrderWithNoChatAtAllIsAWarning() {
            Finding f = ofKind(Finding.Kind.CHAT_EXPORT_DUE, CaseBuilder.at("2026-11-26T10:00"), CaseBuilder.order().build())
                    .get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.due()).isNull();
        }

        @Test
        void aFullyReceivedOrderIsClosedAndNeedsNoReminder() {
            CaseFile received = CaseBuilder.order().file(AGREEMENT, "chat.png", "chat", "2026-01-01T09:00")
                    .receivedComplete("2026-02-01T09:00").build();
            assertThat(ofKind(Finding.Kind.CHAT_EXPORT_DUE, CaseBuilder.at("2026-11-26T10:00"), received)).isEmpty();
        }

        @Test
        void aShortOrderStaysOpenUntilItsDisputeIsSettled() {
            CaseBuilder b = CaseBuilder.order().file(AGREEMENT, "chat.png", "chat", "2026-01-01T09:00");
            var shortRecord = b.receiving(LocalDateTime.parse("2026-02-01T09:00"), 200, 180, 32, 0,
                    LocalDateTime.parse("2026-02-01T10:00"), LocalDateTime.parse("2026-02-01T11:00"));
            Clock now = CaseBuilder.at("2026-11-26T10:00");
            CaseFile going = b.received(shortRecord).dispute(DisputeStatus.SENT).build();
            assertThat(ofKind(Finding.Kind.CHAT_EXPORT_DUE, now, going)).hasSize(1);
            CaseBuilder b2 = CaseBuilder.order().file(AGREEMENT, "chat.png", "chat", "2026-01-01T09:00");
            CaseFile settled = b2.received(shortRecord).dispute(DisputeStatus.RESOLVED).build();
            assertThat(ofKind(Finding.Kind.CHAT_EXPORT_DUE, now, settled)).isEmpty();
        }
    }

    @Nested
    class Everything {
        @Test
        void findingsKeepTheirParametersAndCannotBeChanged() {
            Finding f = findings(CaseBuilder.at("2026-11-26T10:00"), CaseBuilder.order().build()).get(0);
            assertThatThrownBy(() -> f.params().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
            assertThat(f.params().values()).doesNotContainNull();
        }

        @Test
        void aDueTimeAlwaysComesWithItsUrgency() {
            assertThatThrownBy(() -> new Finding(Finding.Kind.NOT_INSPECTED, Severity.WARNING, 1, 1, "x", ARRIVED, null,
                    java.util.Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
