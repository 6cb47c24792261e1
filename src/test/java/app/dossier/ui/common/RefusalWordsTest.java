package app.dossier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DossierException;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Language;
import app.dossier.domain.Refusal;
import app.dossier.domain.TextLimit;
import app.dossier.domain.words.Words;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Why a file was not kept or read, said in the window's language, with the same facts as in English. */
class RefusalWordsTest {
    private static final Pattern VALUE = Pattern.compile("\\{(\\d)}");
    private final Texts vietnamese = new Texts(Locale.forLanguageTag("vi"));
    private final Texts english = new Texts(Locale.ENGLISH);

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalIsWordedInVietnameseWithTheSameValues(Refusal refusal) {
        Refusal.Wording wording = refusal.with("⟨0⟩", "⟨1⟩", "⟨2⟩", "⟨3⟩");
        String pattern = Words.in(Language.VIETNAMESE).pattern(wording.key());
        assertThat(pattern).as(wording.key()).isNotBlank();
        assertThat(values(pattern)).as("the values said in Vietnamese").isEqualTo(values(refusal.english()));

        String said = ErrorText.of(wording.english(), Optional.of(wording), vietnamese);
        assertThat(said).isNotEqualTo(wording.english()).doesNotContain("{", "}");
        for (String value : values(refusal.english())) {
            assertThat(said).contains("⟨" + value + "⟩");
        }
    }

    @Test
    void aRefusalIsSaidInTheWindowsLanguageAndOtherMessagesAsTheyAre() {
        DossierException cut = new DossierException(Refusal.JPEG_CUT_OFF.with("IMG_2041.jpg"));
        assertThat(ErrorText.of(new RuntimeException("while saving", cut), vietnamese))
                .isEqualTo("“IMG_2041.jpg” bị cắt cụt: ảnh kết thúc trước byte cuối cùng. Có thể tệp vẫn đang được"
                        + " chép hoặc tải về; hãy thử lại khi xong.");
        assertThat(ErrorText.of(cut, english)).isEqualTo("“IMG_2041.jpg” is cut off: the photo ends before its last"
                + " byte. It may still be copying or downloading; try again when it is complete.");
        assertThat(ErrorText.of(new DossierException("Saving to the database failed: disk full"), vietnamese))
                .isEqualTo("Saving to the database failed: disk full");
        assertThat(ErrorText.of("as it was", Optional.empty(), vietnamese)).isEqualTo("as it was");
    }

    @Test
    void numbersAndNamesAreShownAsGivenInEitherLanguage() {
        Refusal.Wording huge = Refusal.PNG_IMPOSSIBLE_SIZE.with("bản vẽ's.png", 40_000, 40_000);
        assertThat(huge.english()).isEqualTo("“bản vẽ's.png” says it is 40000 × 40000 pixels, which no photo or"
                + " screenshot is; it cannot be opened safely.");
        assertThat(ErrorText.of(huge.english(), Optional.of(huge), vietnamese))
                .startsWith("“bản vẽ's.png” ghi kích thước 40000 × 40000 điểm ảnh");
    }

    @Test
    void aRefusedTextNamesItsFieldInTheWindowsLanguage() {
        InvalidInputException twoLines = new InvalidInputException(
                TextLimit.FACTORY_NAME.refusal(TextLimit.Problem.LINE_BREAK, "Xưởng\nMới"));
        assertThat(ErrorText.of(twoLines, vietnamese)).isEqualTo("Tên xưởng phải nằm trên một dòng: hãy bỏ dấu xuống dòng.");
        assertThat(ErrorText.of(twoLines, english)).isEqualTo("The factory's name must fit on one line: remove the line break.");
        InvalidInputException tooLong = new InvalidInputException(
                TextLimit.CAPTION.refusal(TextLimit.Problem.TOO_LONG, "x".repeat(10_000)));
        assertThat(ErrorText.of(tooLong, vietnamese))
                .isEqualTo("Chú thích chỉ được dài tối đa 500 ký tự; ở đây có 10000. Hãy rút ngắn lại.");
    }

    @ParameterizedTest
    @EnumSource(TextLimit.class)
    void everyTextFieldHasAVietnameseName(TextLimit field) {
        assertThat(vietnamese.has("field." + field.name())).as(field.name()).isTrue();
    }

    private static Set<String> values(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
