package app.dossier.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every text a person types into Dossier, with how long it may be and whether it may run over
 * several lines. One rule for the window and the command line: {@link #problem} says what is wrong
 * with a text, {@link #checked} keeps it as {@link Text#clean} does or refuses it in words. A line
 * break in a single-line field (a factory's name, an order number) would break every list and
 * table it is shown in; an invisible control character (a bell, a terminal escape) is never meant.
 * Limits count characters as people see them (code points), after the ends are trimmed.
 */
public enum TextLimit {
    FACTORY_NAME("The factory's name", 120, false),
    FACTORY_LATIN_NAME("The factory's Latin name", 120, false),
    SHOP_LINK("The shop link", 500, false),
    WECHAT_ID("The WeChat ID", 100, false),
    CONTACT("The contact", 200, false),
    FACTORY_NOTES("The factory's notes", 5_000, true),
    ORDER_NUMBER("The order number", 64, false),
    PRODUCT("The product", 300, false),
    UNIT("The unit", 30, false),
    COLORS("The colors", 500, false),
    SIZES("The sizes", 500, false),
    PACKAGING("The packaging", 500, false),
    PRICE_AT_QUANTITY("The price at quantity", 300, false),
    ORDER_NOTES("The order's notes", 5_000, true),
    CAPTION("A caption", 500, false),
    PAYMENT_METHOD("The payment method", 100, false),
    PAYMENT_ACCOUNT("The receiving account", 200, false),
    PAYMENT_REFERENCE("The payment reference", 200, false),
    PACKAGING_NOTES("The notes on the packaging", 2_000, true),
    DEFECT_NOTES("The notes on defects", 5_000, true),
    INSPECTOR("The inspector's name", 100, false),
    DISPUTE_SUMMARY("The dispute's summary", 2_000, true),
    STEP_NOTE("The step's note", 2_000, true),
    DISPUTE_MESSAGE("The message", 20_000, true),
    REFUND_DESCRIPTION("The refund description", 2_000, true),
    CHAT_NAME("A name in the chat", 100, false),
    BUYER_NAME("Your name", 100, false),
    BUYER_COMPANY("Your company", 200, false),
    BUYER_CONTACT("Your contact details", 200, false),
    BUYER_MEMBER_NAME("Your 1688 member name", 100, false),
    BUYER_WECHAT_ID("Your WeChat ID", 100, false);

    /** What can be wrong with a typed text. */
    public enum Problem {
        TOO_LONG, LINE_BREAK, CONTROL_CHARACTER
    }

    private final String english;
    private final int limit;
    private final boolean multiLine;

    TextLimit(String english, int limit, boolean multiLine) {
        this.english = english;
        this.limit = limit;
        this.multiLine = multiLine;
    }

    /** The field's name in English, as a refusal starts with it. */
    public String english() {
        return english;
    }

    /** The most characters the field keeps. */
    public int limit() {
        return limit;
    }

    /** True for notes and descriptions, which may hold line breaks (and tabs). */
    public boolean multiLine() {
        return multiLine;
    }

    /** The field whose English name this is, if any. */
    public static Optional<TextLimit> named(String english) {
        return Arrays.stream(values()).filter(f -> f.english.equals(english)).findFirst();
    }

    /** What is wrong with {@code text} for this field, or empty when it can be kept. Null and blank are fine. */
    public Optional<Problem> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (lineBreak(c)) {
                if (!multiLine) {
                    return Optional.of(Problem.LINE_BREAK);
                }
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && c == '\t')) {
                return Optional.of(Problem.CONTROL_CHARACTER);
            }
        }
        return length(text) > limit ? Optional.of(Problem.TOO_LONG) : Optional.empty();
    }

    /** The text as it is kept ({@link Text#clean}); an {@link InvalidInputException} saying what to change otherwise. */
    public String checked(String text) {
        Optional<Problem> problem = problem(text);
        if (problem.isPresent()) {
            throw new InvalidInputException(refusal(problem.get(), text));
        }
        return Text.clean(text);
    }

    /** Why {@code text} is refused, with its values, in English or the window's language. */
    public Refusal.Wording refusal(Problem problem, String text) {
        return switch (problem) {
            case TOO_LONG -> Refusal.TEXT_TOO_LONG.with(english, limit, length(text));
            case LINE_BREAK -> Refusal.TEXT_HAS_LINE_BREAK.with(english);
            case CONTROL_CHARACTER -> Refusal.TEXT_HAS_CONTROL_CHARACTER.with(english);
        };
    }

    /**
     * Text that came from a file rather than from a person (a cell of a 1688 export), made to fit:
     * line breaks and control characters of a single-line field become spaces, other control
     * characters are left out, and a text over the limit is cut, ending in "…".
     */
    public String fitted(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.strip().codePoints().forEach(cp -> {
            boolean control = Character.getType(cp) == Character.CONTROL || lineBreak((char) cp);
            if (!control || multiLine && (cp == '\n' || cp == '\r' || cp == '\t')) {
                kept.appendCodePoint(cp);
            } else if (!multiLine && (lineBreak((char) cp) || cp == '\t')) {
                kept.append(' ');
            }
        });
        String clean = Text.clean(multiLine ? kept.toString() : kept.toString().replaceAll("\\s{2,}", " "));
        if (clean == null || length(clean) <= limit) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, limit - 1)).strip() + "…";
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\u000C';
    }

    private static int length(String text) {
        String clean = Text.clean(text);
        return clean == null ? 0 : clean.codePointCount(0, clean.length());
    }
}
