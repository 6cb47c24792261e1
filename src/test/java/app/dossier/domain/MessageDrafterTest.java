package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageDrafterTest {
    private final CaseFile sample = SampleCases.shortCase();
    private final DisputeFacts facts = DisputeFacts.of(sample);
    private final Resolution refund = Resolution.proposedRefund(sample).orElseThrow();

    @Test
    void theChineseMessageStatesTheOrderTheCountsTheAgreementAndTheRefund() {
        DisputeMessage zh = MessageDrafter.draft(facts, refund, Language.CHINESE);

        assertThat(zh.claim()).isEqualTo("订单号：2837461920384756123（下单日期：2026年9月2日）。"
                + "我们实收180套，与双方2026年9月1日的约定相比，短缺20套，另有3套不良（照片见附件）。");
        assertThat(zh.text()).isEqualTo("""
                您好！

                订单号：2837461920384756123（下单日期：2026年9月2日）。我们实收180套，与双方2026年9月1日的约定相比，\
                短缺20套，另有3套不良（照片见附件）。

                具体情况：订购200套，2026年10月3日到货180套，少发20套。我们抽检了32套，发现3套不良。

                我们希望的处理方式：部分退款¥425.50（23套 × ¥18.50）。

                请核实后回复确认，谢谢！""");
    }

    @Test
    void theEnglishMessageFollowsTheSeedsSentence() {
        DisputeMessage en = MessageDrafter.draft(facts, refund, Language.ENGLISH);

        assertThat(en.claim()).isEqualTo("Order number 2837461920384756123 placed on 2026-09-02: we received 180 sets, "
                + "20 sets short and 3 sets defective against the agreement dated 2026-09-01 (photos attached).");
        assertThat(en.text())
                .contains("Details: we ordered 200 sets; 180 sets arrived on 2026-10-03, so 20 sets are missing. "
                        + "We checked a sample of 32 sets and found 3 defective.")
                .doesNotContain("Notes from our inspection") // the sample's notes are in Vietnamese
                .contains("We propose a partial refund of ¥425.50 (23 sets × ¥18.50), about 1,553,075 ₫ "
                        + "at the rate of our payment.");
    }

    @Test
    void theVietnameseMessageWritesDatesDayFirstAndYuanWithVietnameseSeparators() {
        DisputeMessage vi = MessageDrafter.draft(facts, refund, Language.VIETNAMESE);

        assertThat(vi.claim()).isEqualTo("Đơn hàng số 2837461920384756123 đặt ngày 02/09/2026: chúng tôi đã nhận 180 bộ, "
                + "thiếu 20 bộ và 3 bộ bị lỗi so với thỏa thuận ngày 01/09/2026 (có ảnh kèm theo).");
        assertThat(vi.text())
                .contains("Chi tiết: đặt 200 bộ, ngày 03/10/2026 nhận được 180 bộ, thiếu 20 bộ. "
                        + "Chúng tôi kiểm tra mẫu 32 bộ, phát hiện 3 bộ bị lỗi.")
                .contains("hoàn tiền một phần ¥425,50 (23 bộ × ¥18,50), tương đương khoảng 1.553.075 ₫");
        assertThat(java.text.Normalizer.isNormalized(vi.text(), java.text.Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void theFactoryIsNotShownNotesItCannotRead() {
        assertThat(MessageDrafter.draft(facts, refund, Language.CHINESE).text()).doesNotContain("nứt");

        CaseFile chineseNotes = SampleCases.with(sample, new ReceivingRecord(1, 1, sample.receiving().arrivedAt(),
                10, 9, 200, 180, PackagingCondition.SOME_DAMAGE, null, 32, 3, "大铲手柄开裂", null, null, null));
        assertThat(MessageDrafter.draft(DisputeFacts.of(chineseNotes), refund, Language.CHINESE).text())
                .contains("验货记录：大铲手柄开裂");
    }

    @Test
    void defectsNamedByKindAreNamedInEveryLanguage() {
        ReceivingRecord counted = sample.receiving().withDefects(List.of(new ReceivingDefect(DefectKind.SHORT, 20),
                new ReceivingDefect(DefectKind.CRACKED, 2), new ReceivingDefect(DefectKind.SCRATCHED, 1),
                new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 1)));
        DisputeFacts named = DisputeFacts.of(SampleCases.with(sample, counted));

        assertThat(MessageDrafter.draft(named, refund, Language.CHINESE).text())
                .contains("我们抽检了32套，发现3套不良（开裂或破损2套、划伤1套）。到货外箱中1箱包装破损。");
        assertThat(MessageDrafter.draft(named, refund, Language.ENGLISH).text())
                .contains("found 3 defective (cracked or broken: 2 sets, scratched: 1 set). "
                        + "1 carton arrived with damaged packaging.");
        assertThat(MessageDrafter.draft(named, refund, Language.VIETNAMESE).text())
                .contains("phát hiện 3 bộ bị lỗi (nứt hoặc vỡ: 2 bộ, trầy xước: 1 bộ). 1 thùng có bao bì hư hỏng.");
    }

    @Test
    void englishNotesReachTheFactoryButVietnameseOnesDoNot() {
        CaseFile englishNotes = SampleCases.with(sample, new ReceivingRecord(1, 1, sample.receiving().arrivedAt(),
                10, 9, 200, 180, PackagingCondition.SOME_DAMAGE, "1 thùng bị móp", 32, 3, "Big spatula handle cracked",
                null, null, null));
        assertThat(MessageDrafter.draft(DisputeFacts.of(englishNotes), refund, Language.ENGLISH).text())
                .contains("Notes from our inspection: Big spatula handle cracked")
                .doesNotContain("móp");
    }

    @Test
    void onlyShort() {
        DisputeFacts onlyShort = DisputeFacts.of(SampleCases.with(sample, SampleCases.counted(180, 32, 0)));
        Resolution r = new Resolution.Replacement(20);

        assertThat(MessageDrafter.draft(onlyShort, r, Language.CHINESE).text())
                .contains("我们实收180套，与双方2026年9月1日的约定相比，短缺20套（照片见附件）。")
                .contains("我们希望的处理方式：补发20套合格产品。")
                .doesNotContain("不良");
        assertThat(MessageDrafter.draft(onlyShort, r, Language.ENGLISH).text())
                .contains("we received 180 sets, short by 20 sets against the agreement dated 2026-09-01")
                .contains("We propose that you ship 20 sets to replace them")
                .doesNotContain("defective");
        assertThat(MessageDrafter.draft(onlyShort, r, Language.VIETNAMESE).text())
                .contains("chúng tôi đã nhận 180 bộ, thiếu 20 bộ so với thỏa thuận")
                .contains("gửi bù 20 bộ hàng đạt chuẩn")
                .doesNotContain("lỗi");
    }

    @Test
    void onlyDefective() {
        DisputeFacts onlyDefective = DisputeFacts.of(SampleCases.with(sample, SampleCases.counted(200, 32, 3)));
        Resolution r = Resolution.NextOrderDiscount.ofPercent(new BigDecimal("2.5"));

        assertThat(MessageDrafter.draft(onlyDefective, r, Language.CHINESE).text())
                .contains("我们实收200套，与双方2026年9月1日的约定相比，有3套不良（照片见附件）。")
                .contains("订购200套，2026年10月3日到货200套，数量齐全。我们抽检了32套，发现3套不良。")
                .contains("下一笔订单优惠2.5%。")
                .doesNotContain("短缺");
        assertThat(MessageDrafter.draft(onlyDefective, r, Language.ENGLISH).text())
                .contains("we received 200 sets, with 3 sets defective against the agreement dated 2026-09-01")
                .contains("a discount of 2.5% on our next order")
                .doesNotContain("short");
        assertThat(MessageDrafter.draft(onlyDefective, r, Language.VIETNAMESE).text())
                .contains("chúng tôi đã nhận 200 bộ, trong đó 3 bộ bị lỗi so với thỏa thuận ngày 01/09/2026")
                .contains("giảm 2,5% cho đơn hàng tiếp theo")
                .doesNotContain("thiếu");
    }

    @Test
    void withoutAnOrderNumberTheProductNamesTheOrder() {
        Order o = sample.order();
        Order unnumbered = new Order(o.id(), o.factoryId(), null, o.channel(), o.kind(), "定制磁吸礼盒", o.specs(),
                o.quantity(), "pcs", o.unitPrice(), o.orderedOn(), o.deliveryDeadline(), null, o.notes(), o.folder());
        DisputeFacts f = DisputeFacts.of(SampleCases.with(sample, unnumbered));
        Resolution r = Resolution.NextOrderDiscount.ofAmount(Money.of("200.00", Money.CNY));

        assertThat(MessageDrafter.draft(f, r, Language.CHINESE).claim())
                .startsWith("我们的订单：定制磁吸礼盒（下单日期：2026年9月2日）。我们实收180件，与双方的约定相比，")
                .doesNotContain("null");
        assertThat(MessageDrafter.draft(f, r, Language.ENGLISH).claim())
                .startsWith("Our order of 定制磁吸礼盒 placed on 2026-09-02: we received 180 pcs")
                .contains("against what we agreed (photos attached).");
        assertThat(MessageDrafter.draft(f, r, Language.VIETNAMESE).claim())
                .startsWith("Đơn hàng 定制磁吸礼盒 đặt ngày 02/09/2026: chúng tôi đã nhận 180 cái")
                .endsWith("so với thỏa thuận (có ảnh kèm theo).");
        assertThat(MessageDrafter.draft(f, r, Language.VIETNAMESE).text()).contains("giảm ¥200,00 cho đơn hàng tiếp theo");
    }

    @Test
    void noPhotosNoPhotosAttached() {
        DisputeFacts bare = DisputeFacts.of(SampleCases.withEvidence(sample, List.of()));

        assertThat(MessageDrafter.draft(bare, refund, Language.ENGLISH).claim()).doesNotContain("photos");
        assertThat(MessageDrafter.draft(bare, refund, Language.CHINESE).claim()).doesNotContain("照片");
    }

    @Test
    void nothingToClaimIsSaidInsteadOfAMessageWithInventedNumbers() {
        DisputeFacts uncounted = DisputeFacts.of(SampleCases.with(sample, (ReceivingRecord) null));
        DisputeFacts allGood = DisputeFacts.of(SampleCases.with(sample, SampleCases.counted(200, 32, 0)));

        assertThatThrownBy(() -> MessageDrafter.draft(uncounted, refund, Language.ENGLISH))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Record what arrived first");
        assertThatThrownBy(() -> MessageDrafter.draft(allGood, refund, Language.ENGLISH))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing short or defective");
    }

    @Test
    void withoutAResolutionTheUserIsAskedForOneInsteadOfACrash() {
        DisputeFacts uncounted = DisputeFacts.of(SampleCases.with(sample, (ReceivingRecord) null));

        assertThatThrownBy(() -> MessageDrafter.draft(facts, null, Language.ENGLISH))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("what you ask the factory for");
        assertThatThrownBy(() -> MessageDrafter.draftForFactoryAndBuyer(uncounted, null, Language.VIETNAMESE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Record what arrived first");
    }

    @Test
    void theMessageForFactoryAndBuyerIsChineseThenTheBuyersLanguage() {
        assertThat(MessageDrafter.draftForFactoryAndBuyer(facts, refund, Language.VIETNAMESE))
                .extracting(DisputeMessage::language).containsExactly(Language.CHINESE, Language.VIETNAMESE);
        assertThat(MessageDrafter.draftForFactoryAndBuyer(facts, refund, Language.CHINESE)).hasSize(1);
    }

    @Test
    void generatedCountsAlwaysAddUpInEveryLanguage() {
        Random random = new Random(20261003);
        for (int i = 0; i < 300; i++) {
            long received = random.nextInt(2_400);
            long sampled = Math.min(received, random.nextInt(200));
            long defective = sampled == 0 ? 0 : random.nextInt((int) sampled + 1);
            CaseFile c = SampleCases.with(sample, SampleCases.counted(received, sampled, defective));
            DisputeFacts f = DisputeFacts.of(c);
            if (!f.hasClaim()) {
                continue;
            }
            long shortUnits = Math.max(0, 200 - received);
            assertThat(f.affectedUnits()).isEqualTo(shortUnits + defective);
            Resolution r = Resolution.proposedRefund(c).orElseThrow();
            String en = MessageDrafter.draft(f, r, Language.ENGLISH).text();
            String zh = MessageDrafter.draft(f, r, Language.CHINESE).text();
            String vi = MessageDrafter.draft(f, r, Language.VIETNAMESE).text();
            String receivedEn = String.format(java.util.Locale.ROOT, "%,d", received);
            assertThat(en).contains("we received " + receivedEn + " set");
            assertThat(zh).contains("我们实收" + receivedEn + "套");
            assertThat(vi).contains("chúng tôi đã nhận " + receivedEn.replace(',', '.') + " bộ");
            assertThat(en.contains("missing")).isEqualTo(shortUnits > 0);
            assertThat(zh.contains("少发")).isEqualTo(shortUnits > 0);
            assertThat(vi.contains("bị lỗi")).isEqualTo(defective > 0);
            assertThat(zh).doesNotContain("null").doesNotContain(" 0套");
            String description = MessageDrafter.refundDescription(f, r);
            assertThat(description.codePointCount(0, description.length())).isBetween(2, 150);
        }
    }

    @Test
    void theRefundDescriptionFitsThePlatformsLimitAndSaysTheAmount() {
        String description = MessageDrafter.refundDescription(facts, refund);

        assertThat(description).isEqualTo("订单2837461920384756123：实收180套，短缺20套，抽检32套发现3套不良，"
                + "与2026年9月1日约定不符。申请退款¥425.50，照片见附件。");

        Order o = sample.order();
        Order longName = new Order(o.id(), o.factoryId(), null, o.channel(), o.kind(), "很长的产品名称".repeat(40),
                o.specs(), o.quantity(), o.unit(), o.unitPrice(), o.orderedOn(), o.deliveryDeadline(), o.agreedOn(),
                o.notes(), o.folder());
        String shortened = MessageDrafter.refundDescription(DisputeFacts.of(SampleCases.with(sample, longName)), refund);
        assertThat(shortened.codePointCount(0, shortened.length())).isLessThanOrEqualTo(150);
        assertThat(shortened).contains("申请退款¥425.50");
    }
}
