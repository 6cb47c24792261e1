package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    /** Every character one unit wide, so widths are easy to reason about. */
    private static List<String> wrap(String text, double width) {
        return TextLines.wrap(text, width, s -> s.codePointCount(0, s.length()));
    }

    @Test
    void latinAndVietnameseBreakBetweenWords() {
        assertThat(wrap("chúng tôi đã nhận 180 bộ", 12)).containsExactly("chúng tôi đã", "nhận 180 bộ");
    }

    @Test
    void chineseBreaksBetweenCharactersButNeverBeforeClosingPunctuation() {
        assertThat(wrap("我们实收180套，短缺20套。", 9)).containsExactly("我们实收180套，", "短缺20套。");
        assertThat(wrap("您好，谢谢", 2)).containsExactly("您", "好，", "谢谢");
    }

    @Test
    void aNumberStaysWithTheChineseCharacterBesideIt() {
        assertThat(wrap("图1–图5, 图7, 图9–图10", 8)).containsExactly("图1–图5,", "图7,", "图9–图10");
        assertThat(wrap("实收180套", 5)).containsExactly("实", "收180套");
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertThat(wrap("SHA-256: 0123456789abcdef", 10)).containsExactly("SHA-256:", "0123456789", "abcdef");
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertThat(wrap("one\n\ntwo", 20)).containsExactly("one", "", "two");
    }

    @Test
    void noLineIsWiderThanAllowedOnGeneratedText() {
        java.util.Random random = new java.util.Random(42);
        String pieces = "订单号 2837461920384756123 thiếu hoặc lỗi 23 bộ，。（照片见附件） so với ";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                text.appendCodePoint(pieces.codePointAt(random.nextInt(pieces.length())));
            }
            int width = 3 + random.nextInt(20);
            List<String> lines = wrap(text.toString(), width);
            assertThat(lines).allMatch(l -> l.codePointCount(0, l.length()) <= width, "width " + width);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.toString().replace(" ", ""));
        }
    }

    @Test
    void aNarrowLineBreaksBetweenWordsNeverInsideOneThatFits() {
        assertThat(wrap("确认 / Acknowledged by the factory", 13))
                .containsExactly("确认 /", "Acknowledged", "by the", "factory");
        assertThat(wrap("Đã xác nhận Acknowledged", 12)).containsExactly("Đã xác nhận", "Acknowledged");
    }

    @Test
    void aTableColumnIsWidenedToItsLongestWordFromColumnsWithRoomToSpare() {
        float[] fitted = TextLines.fitColumns(new float[] {50, 40, 200}, new float[] {30, 70, 60});

        assertThat(fitted).containsExactly(50f, 70f, 170f);
    }

    @Test
    void aWordNoColumnCouldHoldIsCutWhileTheOtherColumnsStillFit() {
        float[] fitted = TextLines.fitColumns(new float[] {40, 100}, new float[] {60, 400});

        assertThat(fitted).containsExactly(60f, 80f);
    }

    @Test
    void theLongestWordIsMeasuredAcrossLines() {
        assertThat(TextLines.longestWord("确认 / Ack\nAcknowledged", s -> s.codePointCount(0, s.length())))
                .isEqualTo(12);
    }
}
