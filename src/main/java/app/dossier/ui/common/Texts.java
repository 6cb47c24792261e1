package app.dossier.ui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the window in one language. Each feature keeps its own bundle
 * ({@code app/dossier/ui/<feature>/messages.properties}, {@code messages_vi.properties}); a key is
 * looked up in all of them. A missing key shows as {@code !key!} so it is seen, never a crash.
 */
public final class Texts {
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));
    private static final String[] FEATURES = {"common", "common.guidance", "common.refusals", "shell", "factory",
        "order", "receiving", "dispute"};

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Texts(Locale locale) {
        this.locale = supported(locale);
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

    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return "!" + key + "!";
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }
}
