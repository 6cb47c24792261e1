package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Nested
    class Folding {
        @Test
        void vietnameseLosesItsTonesAndDBecomesD() {
            assertThat(SearchText.fold("Đơn hàng thiếu")).isEqualTo("don hang thieu");
            assertThat(SearchText.fold("Bộ xẻng silicon 5 món, nứt cán")).isEqualTo("bo xeng silicon 5 mon, nut can");
            assertThat(SearchText.fold("ĐÃ ĐẶT HÀNG")).isEqualTo("da dat hang");
        }

        @Test
        void chineseIsKeptAsItIs() {
            assertThat(SearchText.fold("大货按照这个样品做，确认。")).isEqualTo("大货按照这个样品做，确认。");
            assertThat(SearchText.fold("硅胶铲5件套 — Bộ xẻng")).isEqualTo("硅胶铲5件套 — bo xeng");
        }

        @Test
        void spacesOfEveryKindCollapseAndFullWidthLettersBecomeAscii() {
            assertThat(SearchText.fold("  đơn\u00A0\u00A0hàng\t\n thiếu\u3000 ")).isEqualTo("don hang thieu");
            assertThat(SearchText.fold("ＯＰＰ袋 ２００套")).isEqualTo("opp袋 200套");
        }

        @Test
        void decomposedAndComposedTextFoldAlike() {
            String composed = "Nguyễn Thị Mai đặt hàng";
            String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
            assertThat(decomposed).isNotEqualTo(composed);
            assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold(composed)).isEqualTo("nguyen thi mai dat hang");
        }

        @Test
        void nothingIsEmpty() {
            assertThat(SearchText.fold(null)).isEmpty();
            assertThat(SearchText.fold(" \t ")).isEmpty();
        }
    }

    @Nested
    class Matching {
        private final String order = SearchText.fold("Đơn hàng thiếu 1 thùng — 硅胶铲5件套, đơn 2837461920384756123");

        @Test
        void wordsTypedWithoutTonesFindTheVietnamese() {
            assertThat(SearchText.matches(order, "don hang")).isTrue();
            assertThat(SearchText.matches(order, "Đơn hàng")).isTrue();
            assertThat(SearchText.matches(order, "thieu thung")).isTrue();
            assertThat(SearchText.matches(order, "thùng thiếu")).as("in any order").isTrue();
        }

        @Test
        void everyWordMustBeFound() {
            assertThat(SearchText.matches(order, "don hang nut")).isFalse();
        }

        @Test
        void aWordOfLettersMatchesTheStartOfAWord() {
            assertThat(SearchText.matches(order, "thie")).isTrue();
            assertThat(SearchText.matches(order, "ieu")).isFalse();
            assertThat(SearchText.matches(SearchText.fold("Khang"), "hang")).isFalse();
        }

        @Test
        void chineseOfTwoOrMoreCharactersMatchesAnywhere() {
            assertThat(SearchText.matches(order, "件套")).isTrue();
            assertThat(SearchText.matches(order, "硅胶")).isTrue();
            assertThat(SearchText.matches(order, "样品")).isFalse();
            assertThat(SearchText.matches(SearchText.fold("大货按照这个样品做，确认。"), "样品 确认")).isTrue();
        }

        @Test
        void digitsMatchAnywhereSoTheEndOfAnOrderNumberFindsIt() {
            assertThat(SearchText.matches(order, "6123")).isTrue();
            assertThat(SearchText.matches(order, "2837")).isTrue();
            assertThat(SearchText.matches(order, "9999")).isFalse();
        }

        @Test
        void aBlankQueryFindsEverything() {
            assertThat(SearchText.matches(order, "  ")).isTrue();
            assertThat(SearchText.matches(order, null)).isTrue();
        }
    }

    @Nested
    class GeneratedText {
        private static final long SEED = 20261003L;
        private static final int CASES = 2_000;
        private static final List<String> SYLLABLES = List.of("đơn", "hàng", "thiếu", "thùng", "nứt", "cán", "xẻng",
                "mẫu", "giống", "Đặt", "cọc", "tiền", "Nguyễn", "Thị", "Mai", "hộp", "nhựa", "ướt", "ở", "Ưu",
                "quà", "giày", "Hà", "Nội", "xưởng", "chất", "lượng");
        private static final List<String> CHINESE = List.of("大货", "样品", "确认", "硅胶铲", "不锈钢", "饭盒", "纸箱",
                "破损", "少了", "一箱", "颜色", "包装");
        private static final List<String> SPACES = List.of(" ", "  ", "\u00A0", "\t", "\u3000", " \n ");
        private static final Pattern MARKS = Pattern.compile("\\p{M}");

        private final Random random = new Random(SEED);

        private String text() {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? " " : "");
            int words = 1 + random.nextInt(8);
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    text.append(pick(SPACES));
                }
                text.append(random.nextInt(4) == 0 ? pick(CHINESE) : pick(SYLLABLES));
                if (random.nextInt(6) == 0) {
                    text.append(random.nextInt(1000));
                }
            }
            String nfc = text.toString();
            return random.nextBoolean() ? Normalizer.normalize(nfc, Normalizer.Form.NFD) : nfc;
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }

        @Test
        void foldedTextHasNoTonesNoDNoCapitalsAndSingleSpaces() {
            for (int i = 0; i < CASES; i++) {
                String text = text();
                String folded = SearchText.fold(text);
                assertThat(folded).as(text)
                        .doesNotContain("đ", "Đ", "  ")
                        .doesNotStartWith(" ").doesNotEndWith(" ")
                        .isEqualTo(folded.toLowerCase(java.util.Locale.ROOT));
                assertThat(MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).find()).as(text).isFalse();
                assertThat(SearchText.fold(folded)).as("folding twice changes nothing: " + text).isEqualTo(folded);
            }
        }

        @Test
        void everyWordOfATextFindsItTypedWithOrWithoutTones() {
            for (int i = 0; i < CASES; i++) {
                String text = text();
                String haystack = SearchText.fold(text);
                String[] words = Normalizer.normalize(text, Normalizer.Form.NFC).strip().split("[\\s\\u00A0\\u3000]+");
                String word = words[random.nextInt(words.length)];
                assertThat(SearchText.matches(haystack, word)).as(word + " in " + text).isTrue();
                assertThat(SearchText.matches(haystack, SearchText.fold(word).toUpperCase(java.util.Locale.ROOT)))
                        .as(word + " without tones, in capitals, in " + text).isTrue();
            }
        }

        @Test
        void chineseFoundInsideATextMatchesIt() {
            for (int i = 0; i < CASES; i++) {
                String text = text() + pick(CHINESE) + pick(CHINESE);
                String folded = SearchText.fold(text);
                List<String> runs = Pattern.compile("\\p{IsHan}{2,}").matcher(folded).results()
                        .map(java.util.regex.MatchResult::group).toList();
                String run = runs.get(random.nextInt(runs.size()));
                int start = random.nextInt(run.length() - 1);
                int end = start + 2 + random.nextInt(run.length() - start - 1);
                String query = run.substring(start, end);
                assertThat(SearchText.matches(folded, query)).as(query + " in " + text).isTrue();
            }
        }

        @Test
        void aWordThatIsNotInTheTextDoesNotMatch() {
            for (int i = 0; i < CASES; i++) {
                String text = text();
                assertThat(SearchText.matches(SearchText.fold(text), "qqz")).as(text).isFalse();
                assertThat(SearchText.matches(SearchText.fold(text), "退款")).as(text).isFalse();
            }
        }
    }
}
