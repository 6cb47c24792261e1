package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.dossier.ui.common.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The orders and receiving screens have every word in English and Vietnamese, and each reads as a pattern. */
class FeatureTextsTest {
    @ParameterizedTest
    @ValueSource(strings = {"order", "receiving"})
    void bothLanguagesHaveTheSameKeysAndEveryPatternFormats(String feature) throws IOException {
        Properties english = load(feature, "messages.properties");
        Properties vietnamese = load(feature, "messages_vi.properties");

        assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith(feature + "."));
        for (Properties texts : new Properties[] {english, vietnamese}) {
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6}))
                        .as(key).doesNotThrowAnyException();
                assertThat(pattern).as(key + " is written out").isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"order.attach", "receiving.save", "order.ledger.status.full"})
    void theWindowFindsThemInEachLanguage(String key) {
        assertThat(new Texts(Locale.ENGLISH).has(key)).isTrue();
        assertThat(new Texts(Locale.forLanguageTag("vi")).get(key))
                .isNotEqualTo(new Texts(Locale.ENGLISH).get(key));
    }

    private static Properties load(String feature, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FeatureTextsTest.class.getResourceAsStream("/app/dossier/ui/" + feature + "/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
