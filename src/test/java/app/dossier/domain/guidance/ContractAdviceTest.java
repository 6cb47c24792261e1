package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Money;
import app.dossier.domain.PaymentCovers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractAdviceTest {
    private final GuidanceSettings settings = GuidanceSettings.defaults();
    private final EvidenceClassifier classifier = EvidenceClassifier.byKeywords();

    private Optional<ContractAdvice> advice(CaseFile c) {
        return ContractAdvice.forOrder(c, settings, classifier);
    }

    /** A standard order of ¥10,000 (1,000 × ¥10). */
    private static CaseBuilder tenThousandYuan() {
        return CaseBuilder.order().quantity(1000, "pcs").unitPrice("10.00", "CNY");
    }

    @Test
    void anOemOrderGetsTheOwnershipExclusivityToolingAndFirstBatchClauses() {
        ContractAdvice a = advice(CaseBuilder.order().oem().offPlatform().build()).orElseThrow();
        assertThat(a.oem()).isTrue();
        assertThat(a.terms().chinese()).contains("设计归属", "独家供应", "模具和印版", "首批货", "请回复“确认”");
        assertThat(a.terms().english()).contains("Design ownership", "Exclusivity", "Molds", "First batch",
                "reply \"confirm\"");
    }

    @Test
    void aStandardSmallOrderNeedsNoContract() {
        assertThat(advice(CaseBuilder.order().paidInFull().build())).isEmpty();
    }

    @Test
    void aLargeOrderPaidInInstallmentsUsesEachPaymentsOwnRate() {
        CaseFile tShirts = CaseBuilder.order().offPlatform().quantity(1200, "pcs").unitPrice("24.00", "CNY")
                .paid("2026-10-10", "8640.00", "CNY", "3650", PaymentCovers.DEPOSIT, "2026-10-10T15:10")
                .paid("2026-11-12", "20160.00", "CNY", "3670", PaymentCovers.BALANCE, null).build();
        ContractAdvice a = advice(tShirts).orElseThrow();
        assertThat(a.large()).isTrue();
        assertThat(a.value().totalVnd()).isEqualTo(Money.of("105523200", Money.VND));
        assertThat(a.terms().chinese()).contains("金额比较大").doesNotContain("设计归属");
    }

    @Test
    void theUnpaidRestAndPaymentsWithoutARateUseTheMostRecentRate() {
        // deposit ¥3,000 with no rate, second payment ¥2,000 at 3,600; ¥5,000 left at 3,600: 36.000.000 ₫
        CaseFile c = tenThousandYuan()
                .paid("2026-10-01", "3000.00", "CNY", null, PaymentCovers.DEPOSIT, "2026-10-01T12:00")
                .paid("2026-10-20", "2000.00", "CNY", "3600", PaymentCovers.OTHER, "2026-10-20T12:00").build();
        assertThat(OrderValue.of(c).totalVnd()).isEqualTo(Money.of("36000000", Money.VND));
        assertThat(OrderValue.of(c).latestRate()).isEqualByComparingTo("3600");
        assertThat(advice(c)).hasValueSatisfying(a -> assertThat(a.large()).isTrue());
    }

    @Test
    void theMostRecentRateIsTheLatestPaymentsNotTheLastListed() {
        CaseFile c = tenThousandYuan()
                .paid("2026-10-20", "1000.00", "CNY", "3700", PaymentCovers.DEPOSIT, "2026-10-20T12:00")
                .paid("2026-10-01", "1000.00", "CNY", "3500", PaymentCovers.OTHER, "2026-10-01T12:00").build();
        assertThat(OrderValue.of(c).latestRate()).isEqualByComparingTo("3700");
    }

    @Test
    void exactlyThirtyMillionIsLargeAndOneDongLessIsNot() {
        // ¥10,000 at 3,000 ₫ = 30.000.000 ₫
        CaseFile at = tenThousandYuan()
                .paid("2026-10-01", "3000.00", "CNY", "3000", PaymentCovers.DEPOSIT, "2026-10-01T12:00").build();
        assertThat(advice(at)).hasValueSatisfying(a -> assertThat(a.large()).isTrue());
        CaseFile below = tenThousandYuan()
                .paid("2026-10-01", "3000.00", "CNY", "2999.9999", PaymentCovers.DEPOSIT, "2026-10-01T12:00").build();
        assertThat(OrderValue.of(below).totalVnd()).isEqualTo(Money.of("29999999", Money.VND));
        assertThat(advice(below)).isEmpty();
    }

    @Test
    void aLargeOrderPaidOnceThroughThePlatformIsNotAdvised() {
        CaseFile hoodies = CaseBuilder.order().quantity(300, "pcs").unitPrice("45.00", "CNY")
                .paid("2026-11-03", "13500.00", "CNY", "3668", PaymentCovers.FULL, null).build();
        assertThat(OrderValue.of(hoodies).totalVnd()).isEqualTo(Money.of("49518000", Money.VND));
        assertThat(advice(hoodies)).isEmpty();
    }

    @Test
    void theThresholdIsASetting() {
        CaseFile c = tenThousandYuan()
                .paid("2026-10-01", "3000.00", "CNY", "3000", PaymentCovers.DEPOSIT, "2026-10-01T12:00").build();
        assertThat(ContractAdvice.forOrder(c, settings.withLargeOrder(Money.of("50000000", Money.VND)), classifier))
                .isEmpty();
    }

    @Test
    void withoutAnyRateTheValueIsUnknownAndSaidSo() {
        CaseFile c = tenThousandYuan().oem()
                .paid("2026-10-01", "3000.00", "CNY", null, PaymentCovers.DEPOSIT, "2026-10-01T12:00").build();
        ContractAdvice a = advice(c).orElseThrow();
        assertThat(a.rateKnown()).isFalse();
        assertThat(a.large()).isFalse();
        assertThat(GuidanceWords.english().adviceReasons(a)).anyMatch(r -> r.contains("no payment records an exchange rate"));
        List<Finding> findings = Guidance.standard().findings(List.of(c), CaseBuilder.at("2026-11-26T10:00"));
        assertThat(findings).extracting(Finding::kind).contains(Finding.Kind.EXCHANGE_RATE_UNKNOWN);
    }

    @Test
    void installmentsPaidInDongWithTheirRateKnowTheValueAndAskForNoRate() {
        CaseFile c = tenThousandYuan().oem()
                .paid("2026-10-01", "10950000", "VND", "3650", PaymentCovers.DEPOSIT, "2026-10-01T12:00")
                .paid("2026-10-20", "3000000", "VND", null, PaymentCovers.OTHER, "2026-10-20T12:00").build();
        ContractAdvice a = advice(c).orElseThrow();
        assertThat(a.rateKnown()).isTrue();
        List<Finding> findings = Guidance.standard().findings(List.of(c), CaseBuilder.at("2026-11-26T10:00"));
        assertThat(findings).extracting(Finding::kind).doesNotContain(Finding.Kind.EXCHANGE_RATE_UNKNOWN);

        CaseFile noRate = tenThousandYuan().oem()
                .paid("2026-10-01", "10950000", "VND", null, PaymentCovers.DEPOSIT, "2026-10-01T12:00")
                .paid("2026-10-20", "3000000", "VND", null, PaymentCovers.OTHER, "2026-10-20T12:00").build();
        assertThat(Guidance.standard().findings(List.of(noRate), CaseBuilder.at("2026-11-26T10:00")))
                .extracting(Finding::kind).contains(Finding.Kind.EXCHANGE_RATE_UNKNOWN);
    }

    @Test
    void anOrderInDongNeedsNoRate() {
        CaseFile c = CaseBuilder.order().quantity(100, "pcs").unitPrice("400000", "VND")
                .paid("2026-10-01", "12000000", "VND", null, PaymentCovers.DEPOSIT, "2026-10-01T12:00").build();
        assertThat(advice(c)).hasValueSatisfying(a -> assertThat(a.value().totalVnd())
                .isEqualTo(Money.of("40000000", Money.VND)));
    }

    @Test
    void aSavedContractOrConfirmedTermsEndTheAdvice() {
        CaseFile contract = CaseBuilder.order().oem().file(EvidenceCategory.AGREEMENT, "hd.pdf", "Hợp đồng OEM", null)
                .build();
        CaseFile terms = CaseBuilder.order().oem()
                .file(EvidenceCategory.CONFIRMATION, "terms.png", "条款，陈伟回复确认", null).build();
        assertThat(advice(contract)).isEmpty();
        assertThat(advice(terms)).isEmpty();
    }
}
