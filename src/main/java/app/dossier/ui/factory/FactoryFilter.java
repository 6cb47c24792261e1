package app.dossier.ui.factory;

import app.dossier.domain.Factory;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Which factories the filter box lets through, and the order the list shows them in. */
final class FactoryFilter {
    private FactoryFilter() {
    }

    /** By Latin name where there is one (what the user reads fastest), else by the Chinese name. */
    static List<Factory> sorted(List<Factory> list) {
        return list.stream().sorted(Comparator.comparing(FactoryFilter::sortKey)).toList();
    }

    private static String sortKey(Factory f) {
        return (f.latinName() == null ? f.name() : f.latinName()).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a factory matches what is typed in the filter: every word typed is found in the Chinese or Latin
     * name, WeChat ID, contact or notes, ignoring case and Vietnamese accents ("nghia o" finds "Nghĩa Ô").
     */
    static boolean matches(Factory f, String typed) {
        String wanted = fold(typed);
        if (wanted.isEmpty()) {
            return true;
        }
        String haystack = fold(String.join(" ", nonNull(f.name()), nonNull(f.latinName()), nonNull(f.wechatId()),
                nonNull(f.contact()), nonNull(f.notes())));
        for (String word : wanted.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
