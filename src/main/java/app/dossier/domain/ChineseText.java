package app.dossier.domain;

import java.text.Normalizer;

/**
 * Whether a text the factory reads is written in Chinese. A caption or a note typed in Vietnamese
 * reaches a factory's sales staff as letters they cannot read; before a packet is made such texts are
 * named, so the buyer can put them in Chinese first.
 */
public final class ChineseText {
    /** Every Vietnamese letter that carries a mark (ă â đ ê ô ơ ư and the five tones), in lower case. */
    private static final String VIETNAMESE_MARKED = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
            + "ùúủũụưừứửữựỳýỷỹỵ";

    private ChineseText() {
    }

    /**
     * True when the text holds Chinese characters and no Vietnamese letter with a mark: "开裂或破损（3套）"
     * and "LED灯 12V 不亮" are Chinese; "nứt 3 cái", "cracked" and "" are not, and neither is
     * "vỡ 开裂", which the factory would half read.
     */
    public static boolean isChinese(String text) {
        if (text == null) {
            return false;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        boolean han = false;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han = true;
            } else if (VIETNAMESE_MARKED.indexOf(Character.toLowerCase(c)) >= 0) {
                return false;
            }
        }
        return han;
    }
}
