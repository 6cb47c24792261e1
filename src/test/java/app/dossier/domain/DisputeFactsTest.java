package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeFactsTest {

    @Test
    void theShortOrderIsTwentyShortAndThreeDefective() {
        DisputeFacts facts = DisputeFacts.of(SampleCases.shortCase());

        assertThat(facts.unitsOrdered()).isEqualTo(200);
        assertThat(facts.unitsReceived()).isEqualTo(180);
        assertThat(facts.unitsShort()).isEqualTo(20);
        assertThat(facts.defectiveUnits()).isEqualTo(3);
        assertThat(facts.receipt().unitsSampled()).isEqualTo(32);
        assertThat(facts.affectedUnits()).isEqualTo(23);
        assertThat(facts.agreedOn()).hasToString("2026-09-01");
        assertThat(facts.receipt().arrivedAt()).hasToString("2026-10-03T09:40");
        assertThat(facts.orderLabel()).isEqualTo(SampleCases.ORDER_NUMBER);
        assertThat(facts.offSpecNotes()).containsExactly("3 bộ nứt cán xẻng lớn", "1 thùng bị móp, rách góc");
        assertThat(facts.missingCategories()).isEmpty();
    }

    @Test
    void agreementEvidenceIsTheConfirmationsFirstAndLeavesOutWhatCameAfterTheGoods() {
        DisputeFacts facts = DisputeFacts.of(SampleCases.shortCase());

        assertThat(facts.agreementEvidence()).extracting(Evidence::fileName)
                .containsExactly("o1-chat-spec.png", "o1-chat-sample-confirmed.png", "o1-sample.jpg");
        assertThat(facts.receivingEvidence()).extracting(Evidence::fileName)
                .containsExactly("o1-pallet.jpg", "o1-damaged-carton.jpg", "o1-defect-closeup.jpg", "o1-count-sheet.jpg");
        assertThat(facts.hasPhotos()).isTrue();
    }

    @Test
    void withoutAReceivingRecordNothingIsCounted() {
        DisputeFacts facts = DisputeFacts.of(SampleCases.with(SampleCases.shortCase(), (ReceivingRecord) null));

        assertThat(facts.hasReceivingRecord()).isFalse();
        assertThat(facts.receipt()).isNull();
        assertThat(facts.hasClaim()).isFalse();
        assertThat(facts.affectedUnits()).isZero();
        assertThat(facts.offSpecNotes()).isEmpty();
        assertThat(facts.unitsOrdered()).isEqualTo(200);
    }

    @Test
    void moreReceivedThanOrderedIsNotShort() {
        DisputeFacts facts = DisputeFacts.of(SampleCases.with(SampleCases.shortCase(), SampleCases.counted(210, 32, 0)));

        assertThat(facts.unitsShort()).isZero();
        assertThat(facts.hasClaim()).isFalse();
    }

    @Test
    void categoriesWithoutFilesAreNamedInTheSeedsOrder() {
        CaseFile onlyAgreement = SampleCases.withEvidence(SampleCases.shortCase(),
                SampleCases.shortCase().evidence().stream()
                        .filter(e -> e.category() == EvidenceCategory.AGREEMENT).toList());

        DisputeFacts facts = DisputeFacts.of(onlyAgreement);

        assertThat(facts.missingCategories()).containsExactly(EvidenceCategory.CONFIRMATION,
                EvidenceCategory.PAYMENT, EvidenceCategory.RECEIVING);
        assertThat(facts.hasEvidence(EvidenceCategory.AGREEMENT)).isTrue();
        assertThat(facts.receivingEvidence()).isEmpty();
    }

    @Test
    void withNoConfirmationAmongThemAllAgreementFilesAreKeptByTime() {
        List<Evidence> plain = List.of(
                SampleCases.file(1, EvidenceCategory.AGREEMENT, "b.png", "Chat về màu", java.time.LocalDateTime.of(2026, 9, 1, 9, 0)),
                SampleCases.file(2, EvidenceCategory.AGREEMENT, "a.jpg", "Ảnh mẫu", java.time.LocalDateTime.of(2026, 8, 1, 9, 0)));

        DisputeFacts facts = DisputeFacts.of(SampleCases.withEvidence(SampleCases.shortCase(), plain));

        assertThat(facts.agreementEvidence()).extracting(Evidence::fileName).containsExactly("a.jpg", "b.png");
    }

    @Test
    void confirmationIsReadFromCaptionsInThreeLanguages() {
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 9, 1, 9, 0);
        assertThat(DisputeFacts.suggestsConfirmation(SampleCases.file(1, EvidenceCategory.AGREEMENT, "x.png", "工厂确认样品", t))).isTrue();
        assertThat(DisputeFacts.suggestsConfirmation(SampleCases.file(1, EvidenceCategory.AGREEMENT, "x.png", "Factory confirmed the sample", t))).isTrue();
        // decomposed Vietnamese, as some keyboards type it, still matches
        assertThat(DisputeFacts.suggestsConfirmation(SampleCases.file(1, EvidenceCategory.AGREEMENT, "x.png",
                java.text.Normalizer.normalize("Xưởng xác nhận mẫu", java.text.Normalizer.Form.NFD), t))).isTrue();
        assertThat(DisputeFacts.suggestsConfirmation(SampleCases.file(1, EvidenceCategory.AGREEMENT, "x.png", "Ảnh mẫu", t))).isFalse();
    }
}
