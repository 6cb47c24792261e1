package app.dossier;

import app.dossier.domain.Money;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Inputs for the property tests, drawn from a {@link Random} with a fixed seed, so every run checks
 * the same cases and a failure comes back on the next run. {@code -Ddossier.seed=N} draws other
 * cases, to look further; the seed is part of every failure message.
 *
 * <p>Each property draws from its own stream ({@link #cases}), so adding a property or a case
 * elsewhere does not change what the others check. A case is named by its input ({@link #named});
 * assertions say the input in their description ({@link #about}), and {@link ShowsInput} adds it to
 * anything else a case throws, so Maven's report shows what failed.
 */
public final class Generated {
    /** The fixed seed; {@code -Ddossier.seed=N} replaces it. */
    public static final long SEED = Long.getLong("dossier.seed", 20_260_503L);

    /** How many generated cases each property checks, besides its listed edge cases. */
    public static final int CASES = 1000;

    private static final List<String> VIETNAMESE = List.of(
            "ư", "ở", "Đ", "đ", "ồ", "ụ", "ă", "â", "ê", "ô", "ơ", "ệ", "ạ", "Ả", "ễ", "ữ", "ỳ", "ý", "Ư",
            "Ờ", "ẫ", "ị", "ọ", "ố", "ừ", "ậ", "Ẩ", "ẻ", "ĩ", "ũ", "ỹ", "Ơ", "Ỗ", "ằ");
    private static final String VOWELS = "aeiouyAEIOUY";
    private static final List<String> SHAPE_MARKS = List.of("", "", "\u0302", "\u0306", "\u031B");
    private static final List<String> TONE_MARKS = List.of("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323");
    private static final List<String> LONE_MARKS = List.of(
            "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B");
    private static final List<String> SPACES_AND_DOTS = List.of(
            ".", "..", " ", "  ", "\u00A0", "\u202F", "\u3000", "\t", "\n", "\r\n", "_", "-");
    private static final String FORBIDDEN = "/\\:*?\"<>|";
    private static final List<String> INVISIBLE = List.of(
            "\u007F", "\u0085", "\u200B", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D",
            "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u00AD");
    private static final List<String> EMOJI_CLUSTERS = List.of(
            "👍🏽", "👨‍👩‍👧", "🇻🇳", "🇨🇳", "❤️", "🏳️‍🌈", "𠀀", "𪚥");
    /** Characters whose NFC form is longer, in chars or in UTF-8 bytes, than they are. */
    private static final List<String> NFC_GROWS = List.of(
            "\u0958", "\uFB2C", "\uD834\uDD5E", "\u2126", "\u212B", "\u0344", "\u1E9B\u0323");
    private static final List<String> DEVICE_NAMES = List.of(
            "CON", "con", "PRN", "AUX", "NUL", "nul", "COM1", "Com1", "LPT9", "CONIN$", "CONOUT$", "COM¹",
            "AUX.", "Con .");

    private static final List<Piece> PIECES = List.of(
            new Piece(10, r -> String.valueOf((char) r.nextInt('a', 'z' + 1))),
            new Piece(2, r -> String.valueOf((char) r.nextInt('A', 'Z' + 1))),
            new Piece(2, r -> String.valueOf((char) r.nextInt('0', '9' + 1))),
            new Piece(1, r -> String.valueOf("!#$%&'()+,;=@[]^`{}~".charAt(r.nextInt(20)))),
            new Piece(5, r -> pick(r, VIETNAMESE)),
            new Piece(3, r -> Normalizer.normalize(pick(r, VIETNAMESE), Normalizer.Form.NFD)),
            new Piece(2, r -> VOWELS.charAt(r.nextInt(VOWELS.length())) + pick(r, SHAPE_MARKS) + pick(r, TONE_MARKS)),
            new Piece(2, r -> pick(r, LONE_MARKS)),
            new Piece(6, r -> String.valueOf((char) r.nextInt(0x4E00, 0x9FFF + 1))),
            new Piece(4, r -> pick(r, SPACES_AND_DOTS)),
            new Piece(4, r -> String.valueOf(FORBIDDEN.charAt(r.nextInt(FORBIDDEN.length())))),
            new Piece(2, r -> String.valueOf((char) (r.nextBoolean() ? r.nextInt(0x00, 0x20) : r.nextInt(0x80, 0xA0)))),
            new Piece(1, r -> pick(r, INVISIBLE)),
            new Piece(2, r -> Character.toString(r.nextInt(0x1F600, 0x1F64F + 1))),
            new Piece(1, r -> pick(r, EMOJI_CLUSTERS)),
            new Piece(1, r -> String.valueOf((char) r.nextInt(0xD800, 0xDFFF + 1))),
            new Piece(1, r -> pick(r, NFC_GROWS)),
            new Piece(1, r -> pick(r, DEVICE_NAMES)));
    private static final int TOTAL_WEIGHT = PIECES.stream().mapToInt(Piece::weight).sum();

    private Generated() {
    }

    /** A random source of its own for one property, the same on every run. */
    public static Random random(String stream) {
        return new Random(SEED * 1_000_003L + stream.hashCode());
    }

    /** {@link #CASES} values drawn by {@code draw} from the stream named {@code stream}. */
    public static <T> List<T> cases(String stream, Function<Random, T> draw) {
        Random random = random(stream);
        List<T> drawn = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            drawn.add(draw.apply(random));
        }
        return drawn;
    }

    /** One case for a parameterized test, named by how its input shows (see {@link #show}). */
    public static Arguments named(String name, Object... arguments) {
        return Arguments.argumentSet(name, arguments);
    }

    /** Listed edge cases first, then the generated ones. */
    public static <T> Stream<T> edgesThen(List<T> edges, List<T> generated) {
        return Stream.concat(edges.stream(), generated.stream());
    }

    /** What a failure message says about an input: shown visibly, and the seed that drew it. */
    public static String about(String what, Object input) {
        String shown = input instanceof String text ? show(text) : String.valueOf(input);
        return what + " " + shown + " (seed " + SEED + ")";
    }

    /**
     * Text made of the pieces that trouble names and parsers: ASCII, Vietnamese letters precomposed
     * and decomposed, lone combining marks, Chinese, spaces of every kind and dots, {@code / \ : * ? " < > |},
     * control and invisible characters, emoji and other surrogate pairs, lone surrogates,
     * characters whose NFC form is longer, and Windows device names. Up to {@code maxPieces} pieces;
     * short, middling and long texts are equally likely.
     */
    public static String text(Random random, int maxPieces) {
        int pieces = switch (random.nextInt(3)) {
            case 0 -> random.nextInt(Math.min(maxPieces, 20) + 1);
            case 1 -> random.nextInt(Math.min(maxPieces, 100) + 1);
            default -> random.nextInt(maxPieces / 3, maxPieces + 1);
        };
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(piece(random));
        }
        return out.toString();
    }

    /**
     * Any Java string of at most {@code maxChars} UTF-16 chars: any char at all (unassigned, private
     * use, lone surrogates included) mixed with the pieces of {@link #text}.
     */
    public static String anyString(Random random, int maxChars) {
        int length = random.nextBoolean() ? random.nextInt(Math.min(maxChars, 8) + 1) : random.nextInt(maxChars + 1);
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            String next = random.nextBoolean() ? String.valueOf((char) random.nextInt(0x10000)) : piece(random);
            if (out.length() + next.length() <= maxChars) {
                out.append(next);
            } else {
                out.append((char) random.nextInt(0x80));
            }
        }
        return out.toString();
    }

    /** At most {@code maxChars} chars, each one of {@code chars}. */
    public static String fromChars(Random random, String chars, int maxChars) {
        int length = random.nextInt(maxChars + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    /**
     * {@code valid} with a few random changes (a char of {@code chars} put in, one taken out, or one
     * replaced), cut to {@code maxChars}: text that is nearly right, which reaches deeper into a
     * parser than noise does.
     */
    public static String mutated(Random random, String valid, String chars, int maxChars) {
        StringBuilder out = new StringBuilder(valid);
        int changes = random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            char c = chars.charAt(random.nextInt(chars.length()));
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, c);
                case 1 -> {
                    if (at < out.length()) {
                        out.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < out.length()) {
                        out.setCharAt(at, c);
                    }
                }
            }
        }
        return out.length() <= maxChars ? out.toString() : out.substring(0, maxChars);
    }

    /** A day from 1000-01-01 to 9999-12-31; one in four from 1990 to 2040, where real dates are. */
    public static LocalDate date(Random random) {
        LocalDate from = random.nextInt(4) == 0 ? LocalDate.of(1990, 1, 1) : LocalDate.of(1000, 1, 1);
        LocalDate to = random.nextInt(4) == 0 ? LocalDate.of(2040, 12, 31) : LocalDate.of(9999, 12, 31);
        return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
    }

    /** A {@link #date} at a whole minute of the day. */
    public static LocalDateTime dateTime(Random random) {
        return date(random).atStartOfDay().plusMinutes(random.nextInt(24 * 60));
    }

    /**
     * An amount of CNY, VND or USD from 0 to 999,999,999,999,999 of the smallest unit: small ones
     * (up to 100,000), any in the whole range, and ones with any number of digits, equally often.
     */
    public static Money money(Random random) {
        Currency currency = pick(random, List.of(Money.CNY, Money.VND, Money.USD));
        return Money.ofMinor(minor(random, 999_999_999_999_999L), currency);
    }

    /** A whole number from 0 to {@code max}, drawn so that every number of digits comes up. */
    public static long minor(Random random, long max) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextLong(Math.min(max, 100_000) + 1);
            case 1 -> random.nextLong(max + 1);
            default -> {
                int digits = random.nextInt(1, String.valueOf(max).length() + 1);
                yield Math.min(max, random.nextLong((long) Math.pow(10, digits)));
            }
        };
    }

    public static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * {@code text} as a Java string literal that shows what is in it: controls, spaces other than
     * " ", invisible marks, combining marks, lone surrogates and unassigned characters as
     * {@code \}{@code uXXXX}, so "é" and "e\u0301" read differently.
     */
    public static String show(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '"' || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (isVisible(cp)) {
                out.appendCodePoint(cp);
            } else {
                for (char c : Character.toChars(cp)) {
                    out.append(String.format("\\u%04X", (int) c));
                }
            }
            i += Character.charCount(cp);
        }
        return out.append('"').toString();
    }

    private static boolean isVisible(int cp) {
        if (cp == ' ') {
            return true;
        }
        int type = Character.getType(cp);
        return !(Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    private static String piece(Random random) {
        int at = random.nextInt(TOTAL_WEIGHT);
        for (Piece piece : PIECES) {
            at -= piece.weight();
            if (at < 0) {
                return piece.draw().apply(random);
            }
        }
        throw new AssertionError("weights add up to " + TOTAL_WEIGHT);
    }

    private record Piece(int weight, Function<Random, String> draw) {
    }

    /**
     * For a class of property tests: an exception other than a failed assertion (a parser that
     * throws what it should not) is reported with the case's name, which shows its input.
     */
    public static final class ShowsInput implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
            if (thrown instanceof AssertionError) {
                throw thrown;
            }
            throw new AssertionError("for " + context.getDisplayName() + " (seed " + SEED + ") threw " + thrown,
                    thrown);
        }
    }
}
