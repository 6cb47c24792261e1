package app.dossier.ui.common;

import app.dossier.domain.DefectKind;
import app.dossier.domain.Language;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.words.Words;

/** A defect by kind in words: for the buyer beside its Chinese name, and as a caption the factory reads. */
public final class DefectWords {
    private DefectWords() {
    }

    /** What a kind is counted in: cartons for damaged packaging, else the order's unit. */
    public static String unitOf(DefectKind kind, String orderUnit) {
        return kind == DefectKind.DAMAGED_PACKAGING ? "carton" : orderUnit;
    }

    /** "Cracked or broken": the kind's words in the window's language, as a choice starts. */
    public static String name(DefectKind kind, Texts texts) {
        String words = texts.words().defect(kind);
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(texts.locale()) + words.substring(1);
    }

    /** "开裂或破损 / nứt hoặc vỡ: 3 bộ — 1 ảnh": the factory's name of the kind beside the buyer's. */
    public static String line(ReceivingDefect defect, String orderUnit, Texts texts) {
        String chinese = Words.in(Language.CHINESE).defect(defect.kind());
        return texts.get("defects.line", chinese, texts.words().defect(defect.kind()),
                texts.words().quantity(defect.count(), unitOf(defect.kind(), orderUnit)),
                defect.evidenceIds().size());
    }

    /** "开裂或破损（3套）": a caption in Chinese for a photo that shows a defect. */
    public static String chineseCaption(DefectKind kind, long count, String orderUnit) {
        Words chinese = Words.in(Language.CHINESE);
        return chinese.get("defect.caption", chinese.defect(kind), chinese.quantity(count, unitOf(kind, orderUnit)));
    }
}
