package app.dossier.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phone's receiving page has every word it shows in English, Vietnamese and Chinese. */
class PageWordsTest {
    private static final String FOLDER = "/app/dossier/phone/";
    private static final Pattern IN_SCRIPT = Pattern.compile("\\bw\\('([^']+)'");
    private static final Pattern IN_PAGE = Pattern.compile("data-w(?:-ph|-aria)?=\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"vi", "zh"})
    void eachLanguageHasTheSameWordsAsEnglish(String language) throws IOException {
        ResourceBundle english = bundle("page.properties");
        ResourceBundle other = bundle("page_" + language + ".properties");

        assertThat(new TreeSet<>(other.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
        for (String key : english.keySet()) {
            assertThat(placeholders(other.getString(key)))
                    .as("%s in %s fills the same blanks as in English", key, language)
                    .isEqualTo(placeholders(english.getString(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.properties", "page_vi.properties", "page_zh.properties"})
    void noWordIsLeftEmpty(String name) throws IOException {
        ResourceBundle words = bundle(name);
        for (String key : words.keySet()) {
            String text = words.getString(key);
            assertThat(text).as(key).isNotBlank();
            // The server may pass the words through MessageFormat, which would swallow a plain apostrophe.
            assertThat(text).as(key + " has no apostrophe MessageFormat would eat").doesNotContain("'");
        }
    }

    @Test
    void theWordsAreReadAsUtf8() throws IOException {
        assertThat(bundle("page_vi.properties").getString("page.title")).isEqualTo("Nhận hàng");
        assertThat(bundle("page_zh.properties").getString("page.title")).isEqualTo("收货");
        assertThat(bundle("page_vi.properties").getString("photos.resendAll").toLowerCase(Locale.ROOT))
                .contains("gửi lại");
    }

    @Test
    void everyWordThePageAsksForIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(matches(IN_SCRIPT, text("page/page.js")));
        used.addAll(matches(IN_PAGE, text("page/index.html")));

        assertThat(used).contains("page.title", "photos.resendAll", "save", "error.network");
        for (String name : new String[] {"page.properties", "page_vi.properties", "page_zh.properties"}) {
            assertThat(bundle(name).keySet()).as(name).containsAll(used);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> placeholders(String text) {
        return matches(Pattern.compile("(" + PLACEHOLDER.pattern() + ")"), text);
    }

    private static ResourceBundle bundle(String name) throws IOException {
        try (InputStream in = PageWordsTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new PropertyResourceBundle(in);
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = PageWordsTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
