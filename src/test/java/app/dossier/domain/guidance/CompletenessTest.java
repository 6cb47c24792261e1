package app.dossier.domain.guidance;

import static app.dossier.domain.EvidenceCategory.AGREEMENT;
import static app.dossier.domain.EvidenceCategory.CONFIRMATION;
import static app.dossier.domain.EvidenceCategory.PAYMENT;
import static app.dossier.domain.EvidenceCategory.RECEIVING;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Money;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingRecord;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompletenessTest {
    private static final Clock NOW = CaseBuilder.at("2026-11-26T10:00");
    private final EvidenceClassifier classifier = EvidenceClassifier.byKeywords();

    private CategoryCheck check(CaseFile c, EvidenceCategory category) {
        return Completeness.of(c, classifier, NOW).check(category);
    }

    private static CaseBuilder completeOrder() {
        return CaseBuilder.order().chat().orderPage().paidInFull().receivedComplete("2026-10-03T09:40");
    }

    @Nested
    class Agreement {
        @Test
        void nothingSavedIsMissing() {
            CategoryCheck c = check(CaseBuilder.order().build(), AGREEMENT);
            assertThat(c.status()).isEqualTo(CategoryStatus.MISSING);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.NO_AGREEMENT_RECORDS);
        }

        @Test
        void aChatIsEnoughWhenThereIsNoSample() {
            assertThat(check(CaseBuilder.order().chat().build(), AGREEMENT).status()).isEqualTo(CategoryStatus.COMPLETE);
        }

        @Test
        void aSamplePhotoAloneLacksTheChatAndItsConfirmation() {
            CategoryCheck c = check(CaseBuilder.order()
                    .file(AGREEMENT, "o5-sample-box.jpg", "Ảnh hộp mẫu", "2026-11-15T11:20").build(), AGREEMENT);
            assertThat(c.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.NO_CHAT, Gap.Kind.SAMPLE_NOT_CONFIRMED);
            assertThat(c.gaps().get(1).params()).containsEntry("files", List.of("o5-sample-box.jpg"));
            assertThat(GuidanceWords.english().gap(c.gaps().get(1))).contains("o5-sample-box.jpg");
        }

        @Test
        void aChatAndASampleWithoutItsConfirmationIsPartial() {
            CategoryCheck c = check(CaseBuilder.order().chat()
                    .file(AGREEMENT, "label.jpg", "Mẫu nhãn cổ", null).build(), AGREEMENT);
            assertThat(c.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.SAMPLE_NOT_CONFIRMED);
        }

        @Test
        void theSampleConfirmedInChatCompletesIt() {
            CategoryCheck c = check(CaseBuilder.order()
                    .file(AGREEMENT, "sample.jpg", "Ảnh mẫu", null)
                    .file(AGREEMENT, "confirmed.png", "Xưởng xác nhận: hàng loạt làm đúng như mẫu", null).build(), AGREEMENT);
            assertThat(c.status()).isEqualTo(CategoryStatus.COMPLETE);
        }
    }

    @Nested
    class Confirmation {
        @Test
        void aPlatformOrderNeedsItsOrderPage() {
            assertThat(check(CaseBuilder.order().orderPage().build(), CONFIRMATION).status())
                    .isEqualTo(CategoryStatus.COMPLETE);
            CategoryCheck onlyChat = check(CaseBuilder.order()
                    .file(CONFIRMATION, "reply.png", "Xưởng xác nhận giá", null).build(), CONFIRMATION);
            assertThat(onlyChat.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(onlyChat.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.NO_ORDER_PAGE);
        }

        @Test
        void anOffPlatformOrderNeedsTheFactorysWrittenConfirmation() {
            assertThat(check(CaseBuilder.order().offPlatform()
                    .file(CONFIRMATION, "summary.png", "Tóm tắt đơn, xưởng trả lời “确认”", null).build(), CONFIRMATION)
                    .status()).isEqualTo(CategoryStatus.COMPLETE);
        }

        @Test
        void aSummarySentButNotAnsweredIsPartialAndSaysSo() {
            CategoryCheck c = check(CaseBuilder.order().offPlatform()
                    .file(CONFIRMATION, "summary.png", "Tóm tắt đơn gửi xưởng", null).build(), CONFIRMATION);
            assertThat(c.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(c.gaps().get(0).params()).containsEntry("summarySaved", true);
            assertThat(GuidanceWords.english().gap(c.gaps().get(0))).contains("not the factory's written reply");
        }

        @Test
        void anOffPlatformOrderPageWithoutReplyIsNotEnough() {
            CategoryCheck c = check(CaseBuilder.order().offPlatform().orderPage().build(), CONFIRMATION);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.NO_WRITTEN_CONFIRMATION);
        }

        @Test
        void nothingSavedOffPlatformTellsWhatToSend() {
            CategoryCheck c = check(CaseBuilder.order().offPlatform().build(), CONFIRMATION);
            assertThat(c.status()).isEqualTo(CategoryStatus.MISSING);
            assertThat(GuidanceWords.english().gap(c.gaps().get(0))).contains("summary", "written reply");
        }
    }

    @Nested
    class Payments {
        @Test
        void noPaymentIsMissing() {
            assertThat(check(CaseBuilder.order().build(), PAYMENT).status()).isEqualTo(CategoryStatus.MISSING);
        }

        @Test
        void aReceiptWithoutARecordedPaymentIsPartial() {
            CategoryCheck c = check(CaseBuilder.order().file(PAYMENT, "alipay.png", "Biên lai", null).build(), PAYMENT);
            assertThat(c.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.PAYMENTS_NOT_RECORDED);
        }

        @Test
        void everyPaymentNeedsItsProof() {
            CategoryCheck c = check(CaseBuilder.order()
                    .paid("2026-09-02", "1000.00", "CNY", "3650", PaymentCovers.DEPOSIT, "2026-09-02T11:00")
                    .paidWithoutProof("2026-09-10", "2700.00", "CNY", "3650", PaymentCovers.BALANCE).build(), PAYMENT);
            assertThat(c.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.PAYMENT_WITHOUT_PROOF);
            assertThat(c.gaps().get(0).params()).containsEntry("amount", Money.of("2700.00", Money.CNY));
            assertThat(GuidanceWords.english().gap(c.gaps().get(0))).contains("¥2,700.00", "10 Sep 2026");
        }

        @Test
        void aProofThatIsNotInTheCaseFileDoesNotCount() {
            CategoryCheck c = check(CaseBuilder.order().paidInFull().proofPointingAt(999_999).build(), PAYMENT);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.PAYMENT_WITHOUT_PROOF);
        }

        @Test
        void paymentsShortOfTheTotalArePartialAndSayWhatIsLeft() {
            CategoryCheck c = check(CaseBuilder.order()
                    .paid("2026-09-02", "1000.00", "CNY", "3650", PaymentCovers.DEPOSIT, "2026-09-02T11:00").build(), PAYMENT);
            assertThat(c.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.NOT_FULLY_PAID);
            assertThat(c.gaps().get(0).params()).containsEntry("unpaid", Money.of("2700.00", Money.CNY));
        }

        @Test
        void paymentsCoveringTheTotalWithProofsAreComplete() {
            assertThat(check(CaseBuilder.order().paidInFull().build(), PAYMENT).status()).isEqualTo(CategoryStatus.COMPLETE);
        }

        @Test
        void aBankTransferInDongCountsAtTheRecordedRate() {
            // ¥3,700 total: ¥1,000 deposit at 3,650 ₫/¥, then 9.855.000 ₫ = ¥2,700 at the same rate
            CaseFile c = CaseBuilder.order()
                    .paid("2026-09-02", "1000.00", "CNY", "3650", PaymentCovers.DEPOSIT, "2026-09-02T11:00")
                    .paid("2026-09-10", "9855000", "VND", null, PaymentCovers.BALANCE, "2026-09-10T11:00").build();
            assertThat(check(c, PAYMENT).status()).isEqualTo(CategoryStatus.COMPLETE);
        }

        @Test
        void aPaymentInDongWithoutAnyRateCannotBeComparedAndSaysWhichRateToAdd() {
            CaseFile c = CaseBuilder.order()
                    .paid("2026-09-10", "13505000", "VND", null, PaymentCovers.FULL, "2026-09-10T11:00").build();
            CategoryCheck check = check(c, PAYMENT);
            assertThat(check.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.PAYMENTS_NOT_COMPARABLE);
            assertThat(GuidanceWords.english().gap(check.gaps().get(0))).contains("13.505.000 ₫", "10 Sep 2026", "CNY",
                    "the rate it was paid at (₫/¥)", "add it to the payment");
            assertThat(check.gaps().get(0).params()).containsEntry("missing", "₫/¥");
        }

        @Test
        void aTransferInDongWithItsOwnRateCountsAndNeedsNoOtherRate() {
            // the case: a ¥1,000 order paid 3.650.000 ₫ through the bank at 3,650 ₫/¥
            CaseFile c = CaseBuilder.order().quantity(1, "lot").unitPrice("1000.00", "CNY")
                    .paid("2026-09-10", "3650000", "VND", "3650", PaymentCovers.FULL, "2026-09-10T11:00").build();
            CategoryCheck check = check(c, PAYMENT);
            assertThat(check.gaps()).isEmpty();
            assertThat(check.status()).isEqualTo(CategoryStatus.COMPLETE);
        }

        @Test
        void dollarsOnAnOrderInYuanSayThatTheYuanRateIsMissing() {
            CaseFile c = CaseBuilder.order().quantity(1, "lot").unitPrice("6958.90", "CNY")
                    .paid("2026-09-10", "1000.00", "USD", "25400", PaymentCovers.FULL, "2026-09-10T11:00").build();
            CategoryCheck check = check(c, PAYMENT);
            assertThat(check.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.PAYMENTS_NOT_COMPARABLE);
            assertThat(GuidanceWords.english().gap(check.gaps().get(0))).contains("$1,000.00", "the rate of CNY (₫/¥)",
                    "no payment of this order records");

            CaseFile withYuanRate = CaseBuilder.order().quantity(1, "lot").unitPrice("10608.90", "CNY")
                    .paid("2026-09-02", "13322500", "VND", "3650", PaymentCovers.DEPOSIT, "2026-09-02T11:00")
                    .paid("2026-09-10", "1000.00", "USD", "25400", PaymentCovers.BALANCE, "2026-09-10T11:00").build();
            assertThat(check(withYuanRate, PAYMENT).gaps()).isEmpty(); // ¥3,650.00 + ¥6,958.90
        }
    }

    @Nested
    class Receiving {
        @Test
        void goodsNotYetDueAreWaitingNotAGap() {
            CaseFile c = CaseBuilder.order().deadline("2026-11-30").build();
            CategoryCheck r = check(c, RECEIVING);
            assertThat(r.status()).isEqualTo(CategoryStatus.MISSING);
            assertThat(r.waiting()).isTrue();
            assertThat(GuidanceWords.english().describe(r)).contains("not yet", "30 Nov 2026");
        }

        @Test
        void goodsPastTheirDeadlineWithNothingRecordedAreMissing() {
            CategoryCheck r = check(CaseBuilder.order().deadline("2026-11-20").build(), RECEIVING);
            assertThat(r.status()).isEqualTo(CategoryStatus.MISSING);
            assertThat(r.waiting()).isFalse();
        }

        @Test
        void theLastDayOfTheDeadlineIsStillWaiting() {
            CaseFile c = CaseBuilder.order().deadline("2026-11-26").build();
            assertThat(check(c, RECEIVING).waiting()).isTrue();
        }

        @Test
        void photosWithoutARecordArePartial() {
            CategoryCheck r = check(CaseBuilder.order()
                    .file(RECEIVING, "o4-arrival.jpg", "15 thùng ở cửa kho, chưa mở", "2026-11-24T16:05").build(), RECEIVING);
            assertThat(r.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(r.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.NO_RECEIVING_RECORD);
        }

        @Test
        void aRecordNeedsCountsASampleCheckAndPhotos() {
            ReceivingRecord uncounted = new ReceivingRecord(1, 1, LocalDateTime.parse("2026-10-03T09:40"), null, null,
                    200, 180, PackagingCondition.INTACT, null, 0, 0, null, null, null, null);
            CategoryCheck r = check(CaseBuilder.order().received(uncounted).build(), RECEIVING);
            assertThat(r.status()).isEqualTo(CategoryStatus.PARTIAL);
            assertThat(r.gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.NO_PARCEL_COUNT, Gap.Kind.NO_SAMPLE_CHECK,
                    Gap.Kind.NO_RECEIVING_PHOTOS);
        }

        @Test
        void aFullRecordIsComplete() {
            assertThat(check(completeOrder().build(), RECEIVING).status()).isEqualTo(CategoryStatus.COMPLETE);
        }
    }

    @Nested
    class Readiness {
        @Test
        void allFourCompleteIsReady() {
            OrderCompleteness c = Completeness.of(completeOrder().build(), classifier, NOW);
            assertThat(c.readiness().ready()).isTrue();
            assertThat(c.readiness().blockers()).isEmpty();
            assertThat(c.hasGaps()).isFalse();
        }

        @Test
        void anyIncompleteRecordBlocksAndIsNamed() {
            OrderCompleteness c = Completeness.of(CaseBuilder.order().orderPage().paidInFull()
                    .receivedComplete("2026-10-03T09:40").build(), classifier, NOW);
            assertThat(c.readiness().ready()).isFalse();
            assertThat(c.readiness().blockers()).extracting(CategoryCheck::category).containsExactly(AGREEMENT);
            assertThat(GuidanceWords.english().readiness(c.readiness())).contains("Chat and agreements: missing");
        }

        @Test
        void ordersWithGapsLeaveOutCompleteOnesAndOnesOnlyWaitingForTheirGoods() {
            CaseFile complete = completeOrder().build();
            CaseFile waiting = CaseBuilder.order().chat().orderPage().paidInFull().deadline("2026-12-20").build();
            CaseFile gappy = CaseBuilder.order().orderPage().paidInFull().deadline("2026-12-20").build();
            List<OrderCompleteness> gaps = Completeness.withGaps(List.of(complete, waiting, gappy), classifier, NOW);
            assertThat(gaps).extracting(OrderCompleteness::orderId).containsExactly(gappy.order().id());
            assertThat(gaps.get(0).gaps()).extracting(CategoryCheck::category).containsExactly(AGREEMENT);
            // waiting is still not ready for a dispute
            assertThat(Completeness.of(waiting, classifier, NOW).readiness().ready()).isFalse();
        }
    }
}
