package app.dossier.packet;

import app.dossier.domain.DisputeStatus;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.words.Words;

/** The packet's words in Chinese and the buyer's language, side by side or one over the other. */
final class Labels {
    /** Between the Chinese and the buyer's words. A middle dot would take a full-width glyph in a CJK font. */
    static final String SEP = " / ";

    private final Language buyer;

    Labels(Language buyer) {
        this.buyer = buyer;
    }

    Language buyer() {
        return buyer;
    }

    boolean bilingual() {
        return buyer != Language.CHINESE;
    }

    String zh(Label label) {
        return label.in(Language.CHINESE);
    }

    String mine(Label label) {
        return label.in(buyer);
    }

    /**
     * An amount where Chinese and the buyer's words stand together (the cover, the tables): Chinese
     * comes first, so it is written as Chinese writes numbers, ¥3,700.00 and 13,505,000 ₫; the
     * Vietnamese message keeps its own, ¥3.700,00 and 13.505.000 ₫.
     */
    static String money(app.dossier.domain.Money money) {
        return app.dossier.domain.LocalFormat.amount(money, Language.CHINESE);
    }

    /** "处理记录 / Diễn biến" */
    String both(Label label) {
        return bilingual() ? zh(label) + SEP + mine(label) : zh(label);
    }

    /** Chinese on the first line, the buyer's language on the second: for table headers. */
    String stacked(Label label) {
        return bilingual() ? zh(label) + "\n" + mine(label) : zh(label);
    }

    String category(EvidenceCategory category) {
        return twice("packet.category." + category.name(), SEP);
    }

    String status(DisputeStatus status) {
        return twice("packet.status." + status.name(), "\n");
    }

    /** "开裂或破损 / cracked or broken" */
    String defect(app.dossier.domain.DefectKind kind) {
        return twice("defect." + kind.name(), SEP);
    }

    String covers(PaymentCovers covers) {
        return stacked(switch (covers) {
            case DEPOSIT -> Label.DEPOSIT;
            case BALANCE -> Label.BALANCE;
            case FULL -> Label.FULL;
            case OTHER -> Label.OTHER;
        });
    }

    String packaging(PackagingCondition condition) {
        return both(switch (condition) {
            case INTACT -> Label.INTACT;
            case SOME_DAMAGE -> Label.SOME_DAMAGE;
            case HEAVY_DAMAGE -> Label.HEAVY_DAMAGE;
        });
    }

    String messageHeading(Language language) {
        return both(switch (language) {
            case CHINESE -> Label.MESSAGE_CHINESE;
            case ENGLISH -> Label.MESSAGE_ENGLISH;
            case VIETNAMESE -> Label.MESSAGE_VIETNAMESE;
        });
    }

    /** "4 个文件 / 4 tệp" */
    String files(long count) {
        return twice("packet.files", SEP, count);
    }

    String page(int number, int count) {
        return bilingual() ? Label.PAGE.in(Language.CHINESE, number, count) + SEP + Label.PAGE.in(buyer, number, count)
                : Label.PAGE.in(Language.CHINESE, number, count);
    }

    String hoursAfterArrival(String hours) {
        return bilingual() ? Label.HOURS_AFTER_ARRIVAL.in(Language.CHINESE, hours) + SEP
                + Label.HOURS_AFTER_ARRIVAL.in(buyer, hours) : Label.HOURS_AFTER_ARRIVAL.in(Language.CHINESE, hours);
    }

    /** "180套 × ¥18.50 / 180 bộ × ¥18.50": a count of the order's unit in Chinese, then the buyer's words. */
    String quantity(long count, String unit, String after) {
        String zh = Words.in(Language.CHINESE).quantity(count, unit) + after;
        return bilingual() ? zh + SEP + Words.in(buyer).quantity(count, unit) + after : zh;
    }

    /** "套 (bộ)": the unit's words after {@code count}, once when both languages write it alike. */
    String unit(long count, String unit) {
        String zh = Words.in(Language.CHINESE).unit(count, unit);
        String mine = Words.in(buyer).unit(count, unit);
        return !bilingual() || zh.equals(mine) ? zh : zh + " (" + mine + ")";
    }

    /** The Chinese words of {@code code}, then, apart by {@code between}, the buyer's. */
    private String twice(String code, String between, Object... values) {
        String zh = Words.in(Language.CHINESE).get(code, values);
        return bilingual() ? zh + between + Words.in(buyer).get(code, values) : zh;
    }
}
