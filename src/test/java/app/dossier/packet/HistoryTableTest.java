package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Language;
import app.dossier.domain.Money;
import app.dossier.domain.PacketCopy;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.SampleCases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's rows as the packet prints them, without writing a PDF. */
class HistoryTableTest {
    private static final LocalDate DAY = LocalDate.of(2026, 9, 2);

    @Test
    void eachEventInChineseThenTheBuyersLanguageWithItsExhibits() {
        List<List<String>> rows = rows(SampleCases.shortCase(), Language.VIETNAMESE, PacketCopy.OWN);

        assertThat(rows.get(0)).containsExactly("2026-09-01", "谈妥规格与价格\nChốt quy cách và giá", "图1–图3\nHình 1–3");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("2026-10-03 09:40",
                "到货：9箱（应到10箱）\nHàng về: 9/10 kiện\n“1 thùng bị móp, rách góc”", "图7–图10\nHình 7–10"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(1)).isEqualTo(
                "清点与抽检：实收180套，短缺20套；抽检32套，不良3套\nKiểm đếm và kiểm mẫu: nhận 180 bộ, thiếu 20 bộ; kiểm 32 bộ, lỗi 3 bộ"
                        + "\n“3 bộ nứt cán xẻng lớn”"));
    }

    @Test
    void aChineseOnlyPacketHasOneLineOfWordsAndOneOfExhibits() {
        List<List<String>> rows = rows(SampleCases.shortCase(), Language.CHINESE, PacketCopy.FACTORY);

        assertThat(rows.get(0)).containsExactly("2026-09-01", "谈妥规格与价格", "图1–图3");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("2026-10-03 15:20", "已将问题告知工厂", "图4"));
    }

    @Test
    void aPaymentInDongIsGivenInTheOrdersCurrencyToTheFactoryAndAsPaidInTheBuyersCopy() {
        Payment deposit = new Payment(7, 1, DAY, Money.of("1110.00", Money.CNY), null, PaymentCovers.DEPOSIT, "Alipay",
                null, null, null, 5L);
        Payment balance = new Payment(8, 1, DAY, Money.of("9490000", Money.VND), new BigDecimal("3650"),
                PaymentCovers.BALANCE, "Bank", null, null, null, null);
        Payment noRate = new Payment(9, 1, DAY, Money.of("100000", Money.VND), null, PaymentCovers.OTHER, "Bank", null,
                null, null, null);
        CaseFile caseFile = SampleCases.withPayments(SampleCases.shortCase(), List.of(deposit, balance, noRate));

        List<String> factory = events(rows(caseFile, Language.ENGLISH, PacketCopy.FACTORY));
        List<String> own = events(rows(caseFile, Language.ENGLISH, PacketCopy.OWN));

        assertThat(factory).containsSubsequence("付款（定金）：¥1,110.00\nPaid (deposit): ¥1,110.00",
                "付款（尾款）：¥2,600.00\nPaid (balance): ¥2,600.00", "付款（其他）：¥27.40\nPaid (other): ¥27.40");
        assertThat(String.join("\n", factory)).doesNotContain("₫");
        assertThat(own).containsSubsequence("付款（定金）：¥1,110.00\nPaid (deposit): ¥1,110.00",
                "付款（尾款）：9,490,000 ₫ = ¥2,600.00\nPaid (balance): 9,490,000 ₫ = ¥2,600.00",
                "付款（其他）：100,000 ₫ = ¥27.40\nPaid (other): 100,000 ₫ = ¥27.40");
    }

    @Test
    void aPaymentInDongThatCannotCountIsNotTheFactorysBusiness() {
        Payment noRate = new Payment(9, 1, DAY, Money.of("100000", Money.VND), null, PaymentCovers.OTHER, "Bank", null,
                null, null, null);
        CaseFile caseFile = SampleCases.withPayments(SampleCases.shortCase(), List.of(noRate));

        assertThat(String.join("\n", events(rows(caseFile, Language.ENGLISH, PacketCopy.FACTORY))))
                .doesNotContain("付款").doesNotContain("₫");
        assertThat(events(rows(caseFile, Language.ENGLISH, PacketCopy.OWN))).contains(
                "付款（其他）：100,000 ₫\nPaid (other): 100,000 ₫");
    }

    private static List<List<String>> rows(CaseFile caseFile, Language buyer, PacketCopy copy) {
        PacketContent content = PacketFixture.content(caseFile, buyer).withCopy(copy);
        return new HistoryTable(null, new Labels(buyer), content, new Exhibits(caseFile)).rows();
    }

    private static List<String> events(List<List<String>> rows) {
        return rows.stream().map(row -> row.get(1)).toList();
    }
}
