package app.dossier.domain;

import static java.time.temporal.ChronoField.AMPM_OF_DAY;
import static java.time.temporal.ChronoField.CLOCK_HOUR_OF_AMPM;
import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and times the way people type them, and writes them as {@code yyyy-MM-dd} and
 * {@code yyyy-MM-dd HH:mm}.
 *
 * <p>Dates: year first as 2026-05-03, 2026/05/03, 2026.05.03 or 2026年5月3日; or <b>day first</b>
 * as 3/5/2026, 03-05-2026 or 3.5.2026 — day before month is how dates are written in Vietnam, so
 * 3/5/2026 is 3 May, never 5 March. The year always has four digits.
 *
 * <p>Times: 14:30, 14:30:00, 2:30 PM (any case, space optional) and 14h30, the Vietnamese way.
 * A date-time is a date, then a space or "T", then a time: 2026-05-03 14:30, 2026-05-03T14:30.
 *
 * <p>Strict: impossible dates such as 2026-02-30 and times such as 24:00 are refused, not rolled
 * over. The message names the expected form.
 */
public final class DateInput {
    private static final String DATE_FORM = "yyyy-MM-dd, e.g. 2026-05-03";
    private static final String DATE_TIME_FORM = "yyyy-MM-dd HH:mm, e.g. 2026-05-03 14:30";
    private static final String TIME_FORM = "HH:mm, e.g. 14:30";

    private static final DateTimeFormatter SHOWN_DATE = strict(new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd"));
    private static final DateTimeFormatter SHOWN_DATE_TIME = strict(new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm"));

    private static final List<DateTimeFormatter> YEAR_FIRST = List.of(
            yearFirst('-'), yearFirst('/'), yearFirst('.'), chinese());
    private static final List<DateTimeFormatter> DAY_FIRST = List.of(
            dayFirst('/'), dayFirst('-'), dayFirst('.'));
    private static final List<DateTimeFormatter> TIMES = List.of(
            twentyFourHour(), twelveHour(), vietnameseHour());

    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}([-/.])\\d{1,2}\\1\\d{1,2}");
    private static final Pattern DATE_AND_TIME = Pattern.compile("(\\S+?)(?:T|\\s+)(\\d.*)");

    private DateInput() {
    }

    /** @throws InvalidInputException naming the form {@code yyyy-MM-dd} */
    public static LocalDate parseDate(String text) {
        return readDate(TypedText.even(text), text, DATE_FORM);
    }

    /**
     * A date and a time. A date alone means the start of that day, 00:00, so "2026-05-03" is read as
     * 2026-05-03 00:00. Seconds, when typed, are kept.
     *
     * @throws InvalidInputException naming the form {@code yyyy-MM-dd HH:mm}
     */
    public static LocalDateTime parseDateTime(String text) {
        String even = TypedText.even(text);
        Matcher parts = DATE_AND_TIME.matcher(even);
        if (!parts.matches()) {
            return readDate(even, text, DATE_TIME_FORM).atStartOfDay();
        }
        LocalDate date = readDate(parts.group(1), text, DATE_TIME_FORM);
        return date.atTime(readTime(parts.group(2), text));
    }

    /** As yyyy-MM-dd, e.g. 2026-05-03. */
    public static String format(LocalDate date) {
        return SHOWN_DATE.format(Objects.requireNonNull(date, "date"));
    }

    /** As yyyy-MM-dd HH:mm, e.g. 2026-05-03 14:30; seconds are not shown. */
    public static String format(LocalDateTime dateTime) {
        return SHOWN_DATE_TIME.format(Objects.requireNonNull(dateTime, "dateTime"));
    }

    private static LocalDate readDate(String even, String typed, String form) {
        if (even.isEmpty()) {
            throw new InvalidInputException("Type a date as " + form + ".");
        }
        Optional<LocalDate> date = firstMatch(YEAR_FIRST, even, LocalDate::from, typed, form, "");
        if (date.isEmpty()) {
            date = firstMatch(DAY_FIRST, even, LocalDate::from, typed, form,
                    " Dates written with the year last are read day first: 3/5/2026 is 3 May 2026.");
        }
        if (date.isPresent()) {
            return date.get();
        }
        if (TWO_DIGIT_YEAR.matcher(even).matches()) {
            throw new InvalidInputException(TypedText.quote(typed)
                    + ": write the year in full (2026, not 26), as " + form + ".");
        }
        throw new InvalidInputException(TypedText.quote(typed) + " is not a date that can be read. Write it as "
                + form + ".");
    }

    private static LocalTime readTime(String even, String typed) {
        return firstMatch(TIMES, even, LocalTime::from, typed, TIME_FORM, "")
                .orElseThrow(() -> new InvalidInputException(TypedText.quote(typed)
                        + " has a time that cannot be read. Write it as " + DATE_TIME_FORM + "."));
    }

    /**
     * The value of the first formatter whose shape fits the whole text. When the shape fits but the
     * value does not exist (2026-02-30, 25:00), that is an error of its own, not a reason to try on.
     */
    private static <T> Optional<T> firstMatch(List<DateTimeFormatter> formatters, String text,
            TemporalQuery<T> query, String typed, String form, String hint) {
        for (DateTimeFormatter formatter : formatters) {
            ParsePosition position = new ParsePosition(0);
            boolean shapeFits = formatter.parseUnresolved(text, position) != null
                    && position.getErrorIndex() < 0
                    && position.getIndex() == text.length();
            if (!shapeFits) {
                continue;
            }
            try {
                return Optional.of(formatter.parse(text, query));
            } catch (DateTimeException e) {
                throw new InvalidInputException("There is no such " + (form.equals(TIME_FORM) ? "time" : "date")
                        + ": " + TypedText.quote(typed) + ". Write it as " + form + "." + hint);
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter yearFirst(char separator) {
        return strict(new DateTimeFormatterBuilder()
                .appendValue(YEAR, 4)
                .appendLiteral(separator)
                .appendValue(MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral(separator)
                .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE));
    }

    private static DateTimeFormatter chinese() {
        return strict(new DateTimeFormatterBuilder()
                .appendValue(YEAR, 4)
                .appendLiteral('年')
                .appendValue(MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral('月')
                .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendLiteral('日').optionalEnd());
    }

    private static DateTimeFormatter dayFirst(char separator) {
        return strict(new DateTimeFormatterBuilder()
                .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral(separator)
                .appendValue(MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral(separator)
                .appendValue(YEAR, 4));
    }

    private static DateTimeFormatter twentyFourHour() {
        return strict(new DateTimeFormatterBuilder()
                .appendValue(HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral(':')
                .appendValue(MINUTE_OF_HOUR, 2)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2).optionalEnd());
    }

    private static DateTimeFormatter twelveHour() {
        return strict(new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendValue(CLOCK_HOUR_OF_AMPM, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral(':')
                .appendValue(MINUTE_OF_HOUR, 2)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2).optionalEnd()
                .optionalStart().appendLiteral(' ').optionalEnd()
                .appendText(AMPM_OF_DAY, Map.of(0L, "AM", 1L, "PM")));
    }

    private static DateTimeFormatter vietnameseHour() {
        return strict(new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendValue(HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral('h')
                .optionalStart().appendValue(MINUTE_OF_HOUR, 2).optionalEnd()
                .parseDefaulting(MINUTE_OF_HOUR, 0));
    }

    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter(Locale.ROOT)
                .withChronology(IsoChronology.INSTANCE)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
