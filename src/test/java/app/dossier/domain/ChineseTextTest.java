package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which texts a factory can read: Chinese, and not Vietnamese, English or Chinese mixed with Vietnamese. */
class ChineseTextTest {
    private static final String[] VIETNAMESE_LETTERS = {"ă", "â", "đ", "ê", "ô", "ơ", "ư",
        "à", "á", "ả", "ã", "ạ", "ằ", "ắ", "ẳ", "ẵ", "ặ", "ầ", "ấ", "ẩ", "ẫ", "ậ",
        "è", "é", "ẻ", "ẽ", "ẹ", "ề", "ế", "ể", "ễ", "ệ", "ì", "í", "ỉ", "ĩ", "ị",
        "ò", "ó", "ỏ", "õ", "ọ", "ồ", "ố", "ổ", "ỗ", "ộ", "ờ", "ớ", "ở", "ỡ", "ợ",
        "ù", "ú", "ủ", "ũ", "ụ", "ừ", "ứ", "ử", "ữ", "ự", "ỳ", "ý", "ỷ", "ỹ", "ỵ"};

    @Test
    void chineseIsChinese() {
        assertThat(ChineseText.isChinese("开裂或破损（3套）")).isTrue();
        assertThat(ChineseText.isChinese("外箱破损")).isTrue();
    }

    @Test
    void chineseWithLatinBrandNamesAndNumbersIsChinese() {
        assertThat(ChineseText.isChinese("LED灯 12V 不亮，共5个")).isTrue();
        assertThat(ChineseText.isChinese("Xiaomi 充电器 USB-C 2024款")).isTrue();
        assertThat(ChineseText.isChinese("IMG_2031: 划伤 3 pcs")).isTrue();
    }

    @Test
    void everyVietnameseLetterWithAMarkMakesATextNotChinese() {
        for (String letter : VIETNAMESE_LETTERS) {
            String upper = letter.toUpperCase(Locale.ROOT);
            for (String text : new String[] {"开裂" + letter, upper + " 开裂", "破损 " + letter + upper}) {
                assertThat(ChineseText.isChinese(text)).as(text).isFalse();
                String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
                assertThat(ChineseText.isChinese(decomposed)).as("decomposed " + text).isFalse();
            }
        }
    }

    @Test
    void vietnameseIsNotChinese() {
        assertThat(ChineseText.isChinese("Nứt 3 cái, thùng số 4 bị móp")).isFalse();
        assertThat(ChineseText.isChinese("ĐÈN KHÔNG SÁNG")).isFalse();
        assertThat(ChineseText.isChinese("thung bi mop")).as("Vietnamese without marks has no Chinese either").isFalse();
    }

    @Test
    void englishIsNotChinese() {
        assertThat(ChineseText.isChinese("Cracked lid, carton 4")).isFalse();
        assertThat(ChineseText.isChinese("12 pcs")).isFalse();
    }

    @Test
    void emptyIsNotChinese() {
        assertThat(ChineseText.isChinese("")).isFalse();
        assertThat(ChineseText.isChinese("   ")).isFalse();
        assertThat(ChineseText.isChinese(null)).isFalse();
    }
}
