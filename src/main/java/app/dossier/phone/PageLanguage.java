package app.dossier.phone;

import app.dossier.domain.Language;
import java.util.Locale;

/** The language the page speaks: the one the page asks for, else the phone's, else English. */
final class PageLanguage {
    private PageLanguage() {
    }

    static Language of(String asked, String acceptLanguage) {
        Language named = known(asked);
        if (named != null) {
            return named;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    Language l = known(range.getRange());
                    if (l != null && range.getWeight() > 0) {
                        return l;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a header no browser writes: English
            }
        }
        return Language.ENGLISH;
    }

    private static Language known(String tag) {
        if (tag == null || tag.isBlank() || tag.equals("*")) {
            return null;
        }
        try {
            return Language.fromTag(tag);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
