package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which texts a factory that reads Chinese can read, and which are the buyer's Vietnamese. */
class TextLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"3 bộ nứt cán xẻng lớn", "1 thùng bị móp, rách góc", "Đã nhận", "đ", "ĂÂÊÔƠƯ",
        "àáảãạ", "ằắẳẵặ", "ầấẩẫậ", "èéẻẽẹ", "ềếểễệ", "ìíỉĩị", "òóỏõọ", "ồốổỗộ", "ờớởỡợ", "ùúủũụ", "ừứửữự",
        "ỳýỷỹỵ", "THIẾU HÀNG", "手柄开裂 — nứt cán"})
    void vietnameseIsToldByItsLetters(String text) {
        assertThat(Text.hasVietnameseLetters(text)).isTrue();
        assertThat(Text.hasVietnameseLetters(Normalizer.normalize(text, Normalizer.Form.NFD))).isTrue();
        assertThat(Text.isChinese(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Handle cracked on 3 sets", "Carton dented", "", "180/200", "Yiwu Jiamei"})
    void englishAndNumbersAreNeither(String text) {
        assertThat(Text.hasVietnameseLetters(text)).isFalse();
        assertThat(Text.isChinese(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"手柄开裂", "3套手柄开裂，见图10", "OPP袋包装，MAI HOME标签", "304不锈钢饭盒1.2L"})
    void chineseWithBrandsAndNumbersIsChinese(String text) {
        assertThat(Text.isChinese(text)).isTrue();
        assertThat(Text.hasVietnameseLetters(text)).isFalse();
    }

    @Test
    void nothingIsNotChinese() {
        assertThat(Text.isChinese(null)).isFalse();
        assertThat(Text.hasVietnameseLetters(null)).isFalse();
    }

    @Test
    void aNameInTwoLanguagesLosesItsVietnameseForTheFactory() {
        assertThat(Text.withoutVietnamese("硅胶铲5件套 — Bộ xẻng silicon 5 món")).isEqualTo("硅胶铲5件套");
        assertThat(Text.withoutVietnamese("220克纯棉T恤 / Áo thun cotton 220gsm / T-shirt 220 gsm"))
                .isEqualTo("220克纯棉T恤 — T-shirt 220 gsm");
        assertThat(Text.withoutVietnamese("Bộ xẻng silicon")).isEqualTo("Bộ xẻng silicon");
        assertThat(Text.withoutVietnamese("304不锈钢饭盒1.2L")).isEqualTo("304不锈钢饭盒1.2L");
    }
}
