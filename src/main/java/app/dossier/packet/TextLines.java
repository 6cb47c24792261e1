package app.dossier.packet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a measured width. Latin and Vietnamese break at spaces; Chinese
 * may break after any character, except that closing punctuation (，。）…) never starts a line and a
 * number stays with the Chinese characters beside it ("图10", "180套", "图9–图10"). A
 * word wider than a whole line (a long order number or hash) is cut where it must be.
 */
final class TextLines {
    private static final String CLOSING = "，。、；：！？）」』》〉】〕…—,.;:!?)]}%·";

    private TextLines() {
    }

    /**
     * @param width how wide a piece of text is, in the same unit as {@code maxWidth}; pieces add up
     *              (the PDF is written without kerning)
     */
    static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, double maxWidth, ToDoubleFunction<String> width,
            List<String> lines) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        boolean pendingSpace = false;
        for (String token : tokens(paragraph)) {
            if (token.isBlank()) {
                pendingSpace = line.length() > 0;
                continue;
            }
            double tokenWidth = width.applyAsDouble(token);
            double spaceWidth = pendingSpace ? width.applyAsDouble(" ") : 0;
            if (lineWidth + spaceWidth + tokenWidth <= maxWidth) {
                if (pendingSpace) {
                    line.append(' ');
                }
                line.append(token);
                lineWidth += spaceWidth + tokenWidth;
            } else if (tokenWidth <= maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(token);
                lineWidth = tokenWidth;
            } else {
                // a word that cannot fit any line starts on its own line, then is cut
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                int at = 0;
                while (at < token.length()) {
                    int next = token.offsetByCodePoints(at, 1);
                    String piece = token.substring(at, next);
                    double pieceWidth = width.applyAsDouble(piece);
                    if (lineWidth + pieceWidth > maxWidth && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(piece);
                    lineWidth += pieceWidth;
                    at = next;
                }
            }
            pendingSpace = false;
        }
        lines.add(line.toString());
    }

    /** How wide the widest piece of the text is that may not be broken (a word, or one Chinese character). */
    static double longestWord(String text, ToDoubleFunction<String> width) {
        double widest = 0;
        for (String paragraph : text.split("\n", -1)) {
            for (String token : tokens(paragraph)) {
                if (!token.isBlank()) {
                    widest = Math.max(widest, width.applyAsDouble(token));
                }
            }
        }
        return widest;
    }

    /**
     * Column widths that keep the same total but give each column at least what its longest word
     * needs, taken from the columns with room to spare (the most spare first), so that no word is cut
     * in a table ("Acknowledge / d"). When the words cannot all fit, the widths are left as they were
     * and the longest words are cut.
     *
     * @param needed for each column, the width its longest word needs (cell padding included)
     */
    static float[] fitColumns(float[] widths, float[] needed) {
        float total = 0;
        float totalNeeded = 0;
        for (int i = 0; i < widths.length; i++) {
            total += widths[i];
            totalNeeded += needed[i];
        }
        if (totalNeeded > total) {
            // the column with the longest word (a hash) is cut in what the others leave it, if that
            // is at least half its width; otherwise in its own width, and the others are fitted again
            int longest = 0;
            for (int i = 1; i < needed.length; i++) {
                if (needed[i] - widths[i] > needed[longest] - widths[longest]) {
                    longest = i;
                }
            }
            if (needed[longest] <= widths[longest]) {
                return widths.clone();
            }
            float[] capped = needed.clone();
            float left = total - (totalNeeded - needed[longest]);
            capped[longest] = left >= widths[longest] / 2 ? left : widths[longest];
            return fitColumns(widths, capped);
        }
        float[] fitted = widths.clone();
        for (int i = 0; i < fitted.length; i++) {
            float missing = needed[i] - fitted[i];
            while (missing > 0.001f) {
                int richest = -1;
                float spare = 0;
                for (int j = 0; j < fitted.length; j++) {
                    if (j != i && fitted[j] - needed[j] > spare) {
                        spare = fitted[j] - needed[j];
                        richest = j;
                    }
                }
                if (richest < 0) {
                    break;
                }
                float take = Math.min(missing, spare);
                fitted[richest] -= take;
                fitted[i] += take;
                missing -= take;
            }
        }
        return fitted;
    }

    /** Runs of spaces, single Chinese characters (with any closing punctuation after them), and words. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(word, tokens);
                tokens.add(" ");
            } else if (CLOSING.contains(ch) && word.length() == 0 && !tokens.isEmpty()
                    && !tokens.get(tokens.size() - 1).isBlank()) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + ch);
            } else if (breaksAnywhere(cp)) {
                // a number stays with the Chinese character beside it, and a range holds together:
                // "图10", "180套", "图9–图10", never "图" | "10"
                boolean afterDigit = word.length() > 0 && (isDigit(word.charAt(word.length() - 1))
                        || word.charAt(word.length() - 1) == '–');
                boolean beforeDigit = i + Character.charCount(cp) < text.length()
                        && isDigit(text.charAt(i + Character.charCount(cp)));
                if (afterDigit) {
                    word.append(ch);
                    if (!beforeDigit) {
                        flush(word, tokens);
                    }
                } else if (beforeDigit) {
                    flush(word, tokens);
                    word.append(ch);
                } else {
                    flush(word, tokens);
                    tokens.add(ch);
                }
            } else {
                word.append(ch);
            }
            i += Character.charCount(cp);
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean breaksAnywhere(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
