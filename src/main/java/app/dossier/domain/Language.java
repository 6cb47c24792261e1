package app.dossier.domain;

import java.util.Arrays;
import java.util.Locale;

/** The languages a dispute is written in: Chinese for the factory, and the buyer's own. */
public enum Language {
    CHINESE("zh"),
    ENGLISH("en"),
    VIETNAMESE("vi");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language tag: zh, en or vi. */
    public String tag() {
        return tag;
    }

    /** Reads zh, en or vi (also zh-CN, vi-VN, en-US and the enum names). */
    public static Language fromTag(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int dash = wanted.indexOf('-');
        String base = dash < 0 ? wanted : wanted.substring(0, dash);
        return Arrays.stream(values())
                .filter(l -> l.tag.equals(base) || l.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("“" + text + "” is not a language Dossier writes. "
                        + "Use zh (Chinese), en (English) or vi (Vietnamese)."));
    }
}
