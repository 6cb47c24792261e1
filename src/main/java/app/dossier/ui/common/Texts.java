package app.dossier.ui.common;

import app.dossier.domain.words.Words;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the window in one language: first the words every part of Dossier shares
 * ({@link Words}: refusals, guidance, units, dialog buttons), then the window's own, which each
 * feature keeps in its bundle ({@code app/dossier/ui/<feature>/messages.properties},
 * {@code messages_vi.properties}). A missing key shows as {@code !key!} so it is seen, never a crash.
 */
public final class Texts {
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));
    private static final String[] FEATURES = {"common", "shell", "factory",
        "order", "receiving", "dispute"};

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final Words words;
    private final Formats formats;

    public Texts(Locale locale) {
        this.locale = supported(locale);
        this.words = Words.in(this.locale);
        this.formats = new Formats(this.locale);
        for (String feature : FEATURES) {
            try {
                bundles.add(ResourceBundle.getBundle("app.dossier.ui." + feature + ".messages", this.locale,
                        Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                                ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // A feature without texts yet.
            }
        }
    }

    /** The language to use for a system locale: Vietnamese for vi, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? LANGUAGES.get(1) : LANGUAGES.get(0);
    }

    public Locale locale() {
        return locale;
    }

    /** The shared words, in the window's language. */
    public Words words() {
        return words;
    }

    /** Numbers, money and dates written and read in the window's language. */
    public Formats formats() {
        return formats;
    }

    public String get(String key, Object... args) {
        if (words.has(key)) {
            return words.get(key, args);
        }
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return "!" + key + "!";
    }

    public boolean has(String key) {
        return words.has(key) || bundles.stream().anyMatch(b -> b.containsKey(key));
    }
}
