package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChineseTextTest {
    /** Every Vietnamese letter with a mark, lower and upper case. */
    private static final String VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

    @Test
    void everyVietnameseLetterMakesATextNotChinesePrecomposedOrCombining() {
        String all = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toUpperCase(java.util.Locale.ROOT);
        all.codePoints().forEach(letter -> {
            String one = "短缺20套 " + Character.toString(letter);
            assertThat(ChineseText.hasVietnamese(one)).as(one).isTrue();
            assertThat(ChineseText.isChinese(one)).as(one).isFalse();
            String decomposed = Normalizer.normalize(one, Normalizer.Form.NFD);
            assertThat(ChineseText.isChinese(decomposed)).as("NFD " + one).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thiếu 20 bộ và 3 bộ lỗi so với thỏa thuận ngày 2026-09-01", "Đã gửi xưởng",
            "Thieu 20 bo", "Sent through the 1688 chat with 4 photos", "20 sets short, 3 cracked", "",
            "Thiếu 20 bộ 短缺20套", "李丽: đã nhận", "工厂说会补发 — xưởng hứa gửi bù", "12345", "¥425.50"})
    void vietnameseEnglishMixedAndNoChineseAreNotChinese(String text) {
        assertThat(ChineseText.isChinese(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"李丽: 我们核实一下仓库记录", "已通过1688聊天发送，附4张照片", "3M胶带封箱，OPP袋每套一个",
            "iPhone拍的照片；SKU: JM-SP5-GR", "Lisa说明天回复", "短缺20套（1箱）", "我们核实一下。OK"})
    void chineseWithLatinBrandNamesNumbersAndPunctuationIsChinese(String text) {
        assertThat(ChineseText.isChinese(text)).isTrue();
        assertThat(ChineseText.hasVietnamese(text)).isFalse();
    }

    @Test
    void nothingIsNotChinese() {
        assertThat(ChineseText.isChinese(null)).isFalse();
        assertThat(ChineseText.hasVietnamese(null)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aNameInTwoLanguagesLosesItsVietnameseForTheFactory() {
        assertThat(ChineseText.withoutVietnamese("硅胶铲5件套 — Bộ xẻng silicon 5 món")).isEqualTo("硅胶铲5件套");
        assertThat(ChineseText.withoutVietnamese("220克纯棉T恤 / Áo thun cotton 220gsm / T-shirt 220 gsm"))
                .isEqualTo("220克纯棉T恤 — T-shirt 220 gsm");
        assertThat(ChineseText.withoutVietnamese("Bộ xẻng silicon")).isEqualTo("Bộ xẻng silicon");
        assertThat(ChineseText.withoutVietnamese("304不锈钢饭盒1.2L")).isEqualTo("304不锈钢饭盒1.2L");
    }
}
