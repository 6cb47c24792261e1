package app.dossier.phone;

import app.dossier.domain.Language;
import app.dossier.domain.words.Words;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * What the page says, in one language: its own words ({@code app/dossier/phone/page*.properties}),
 * sent to the page whole, and the refusals and names the services word ({@link Words}).
 */
final class PageWords {
    private static final String BUNDLE = "app.dossier.phone.page";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;
    private final Words words;

    PageWords(Language language) {
        this.language = language;
        Locale locale = language == Language.ENGLISH ? Locale.ROOT : Locale.forLanguageTag(language.tag());
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PageWords.class.getClassLoader(), NO_FALLBACK);
        this.words = Words.in(language);
    }

    Language language() {
        return language;
    }

    /** The services' words in this language: refusals, units, defect kinds. */
    Words words() {
        return words;
    }

    /** Every word of the page, by key. */
    Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        for (String key : bundle.keySet()) {
            out.put(key, bundle.getString(key));
        }
        return new LinkedHashMap<>(out);
    }

    String get(String key, Object... values) {
        String pattern = bundle.getString(key);
        return values.length == 0 ? pattern : new MessageFormat(pattern, words.locale()).format(values);
    }
}
