package app.dossier.domain;

import static app.dossier.Generated.about;
import static app.dossier.Generated.cases;
import static app.dossier.Generated.edgesThen;
import static app.dossier.Generated.named;
import static app.dossier.Generated.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dossier.Generated;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link DateInput}, each checked on listed edge cases and {@link Generated#CASES} drawn ones. */
@ExtendWith(Generated.ShowsInput.class)
class DateInputPropertiesTest {

    private static final List<String> SEPARATORS = List.of("/", "-", ".");
    private static final String DATE_CHARS = "0123456789-/.: T年月日hAPM";

    private static final List<LocalDate> EDGE_DATES = List.of(
            LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2026, 5, 3), LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 11, 30),
            LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(1600, 2, 29), LocalDate.of(1900, 2, 28),
            LocalDate.of(2100, 3, 1), LocalDate.of(1999, 12, 31), LocalDate.of(1970, 1, 1));
    private static final List<LocalTime> EDGE_TIMES = Stream.of("00:00", "00:01", "00:59", "01:00", "09:09",
            "11:59", "12:00", "12:01", "12:59", "13:00", "23:59").map(LocalTime::parse).toList();
    private static final List<LocalDateTime> EDGE_DATE_TIMES = EDGE_DATES.stream()
            .flatMap(date -> EDGE_TIMES.stream().map(date::atTime)).toList();

    /** Text at or near the shapes DateInput knows, at most 30 chars, as the old property allowed. */
    private static final List<String> EDGE_TEXTS = List.of(
            "", " ", "\u00A0", "\t\n", "T", "年月日", "2026-05-03", "2026-5-3", "3/5/2026", "03.05.2026", "2026年5月3日",
            "2026-02-30", "2026-02-29", "2024-02-29", "30/2/2026", "0/0/0000", "00-00-0000", "2026-13-01", "2026-00-10",
            "31.4.2026", "2026-05-03 24:00", "2026-05-03 23:60", "2026-05-03 14:30:60", "2026-05-03T14:30",
            "2026-05-03 0:00 AM", "2026-05-03 13:00 PM", "2026-05-03 12:00AM", "2026-05-03 14h", "2026-05-03 25h",
            "2026-05-03 14h60", "3/5/26", "26-5-3", "99999-01-01", "-2026-05-03", "+2026-05-03", "2026-05-03 -1:00",
            "２０２６－０５－０３", "２０２６／５／３ １４：３０", "٢٠٢٦-٠٥-٠٣", "२०२६-०५-०३", "2026\u20135\u20133",
            "99999999999999999999/1/2026", "2026-05-03 99999999999:00", "2026-05-03\u0301", "\uD800", "\uDC00-05-03",
            "2026-05-03 14:30 PM", "2026-05-03 12:60 PM", "2026-05-03 2:30 pm", "2026-05-03  14:30", "2026-05-03TT14:30");

    @ParameterizedTest
    @MethodSource("dates")
    void whatIsFormattedIsReadBack(LocalDate date) {
        String shown = DateInput.format(date);
        assertThat(DateInput.parseDate(shown)).as(about("reading", shown)).isEqualTo(date);
    }

    @ParameterizedTest
    @MethodSource("dateTimes")
    void dateTimesToTheMinuteAreReadBack(LocalDateTime dateTime) {
        String shown = DateInput.format(dateTime);
        assertThat(DateInput.parseDateTime(shown)).as(about("reading", shown)).isEqualTo(dateTime);
    }

    @ParameterizedTest
    @MethodSource("datesAndSeparators")
    void dayFirstFormsAreReadAsDayMonthYear(LocalDate date, String separator) {
        String typed = dayFirst(date, separator);
        assertThat(DateInput.parseDate(typed)).as(about("reading", typed)).isEqualTo(date);
    }

    @ParameterizedTest
    @MethodSource("datesInChinese")
    void chineseFormIsRead(LocalDate date) {
        String typed = chinese(date);
        assertThat(DateInput.parseDate(typed)).as(about("reading", typed)).isEqualTo(date);
    }

    @ParameterizedTest
    @MethodSource("twelveHourDateTimes")
    void twelveHourClockIsRead(LocalDateTime dateTime) {
        String typed = twelveHour(dateTime);
        assertThat(DateInput.parseDateTime(typed)).as(about("reading", typed)).isEqualTo(dateTime);
    }

    @ParameterizedTest
    @MethodSource("anyText")
    void anyTextIsReadOrRefusedWithAMessage(String text) {
        Throwable date = catchThrowable(() -> DateInput.parseDate(text));
        Throwable dateTime = catchThrowable(() -> DateInput.parseDateTime(text));
        if (date != null) {
            assertThat(date).as(about("reading as a date", text)).isInstanceOf(InvalidInputException.class);
        }
        if (dateTime != null) {
            assertThat(dateTime).as(about("reading as a date-time", text)).isInstanceOf(InvalidInputException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("dateLike")
    void textMadeOfDateCharactersIsReadOrRefusedWithAMessage(String text) {
        Throwable thrown = catchThrowable(() -> DateInput.parseDateTime(text));
        if (thrown != null) {
            assertThat(thrown).as(about("reading", text)).isInstanceOf(InvalidInputException.class);
        }
    }

    static Stream<Arguments> dates() {
        return edgesThen(EDGE_DATES, cases("dates", Generated::date))
                .map(date -> named(DateInput.format(date), date));
    }

    static Stream<Arguments> dateTimes() {
        return edgesThen(EDGE_DATE_TIMES, cases("dateTimes", Generated::dateTime))
                .map(dateTime -> named(DateInput.format(dateTime), dateTime));
    }

    static Stream<Arguments> datesAndSeparators() {
        List<Arguments> edges = new ArrayList<>();
        for (LocalDate date : EDGE_DATES) {
            for (String separator : SEPARATORS) {
                edges.add(named(dayFirst(date, separator), date, separator));
            }
        }
        List<Arguments> drawn = cases("datesAndSeparators", random -> {
            LocalDate date = Generated.date(random);
            String separator = Generated.pick(random, SEPARATORS);
            return named(dayFirst(date, separator), date, separator);
        });
        return edgesThen(edges, drawn);
    }

    static Stream<Arguments> datesInChinese() {
        return edgesThen(EDGE_DATES, cases("datesInChinese", Generated::date))
                .map(date -> named(chinese(date), date));
    }

    static Stream<Arguments> twelveHourDateTimes() {
        return edgesThen(EDGE_DATE_TIMES, cases("twelveHourDateTimes", Generated::dateTime))
                .map(dateTime -> named(twelveHour(dateTime), dateTime));
    }

    /** Any Java string of at most 30 chars. */
    static Stream<Arguments> anyText() {
        return edgesThen(EDGE_TEXTS, cases("anyText", random -> Generated.anyString(random, 30)))
                .map(text -> named(show(text), text));
    }

    /** At most 25 of "0123456789-/.: T年月日hAPM": noise, and right date-times with a few chars changed. */
    static Stream<Arguments> dateLike() {
        List<String> edges = EDGE_TEXTS.stream()
                .filter(text -> text.length() <= 25 && text.chars().allMatch(c -> DATE_CHARS.indexOf(c) >= 0))
                .toList();
        List<String> drawn = cases("dateLike", random -> random.nextBoolean()
                ? Generated.fromChars(random, DATE_CHARS, 25)
                : Generated.mutated(random, aDateTimeTyped(random), DATE_CHARS, 25));
        return edgesThen(edges, drawn).map(text -> named(show(text), text));
    }

    /** A date-time in one of the typed forms that use only {@link #DATE_CHARS}. */
    private static String aDateTimeTyped(Random random) {
        LocalDateTime dateTime = Generated.dateTime(random);
        LocalDate date = dateTime.toLocalDate();
        String datePart = switch (random.nextInt(4)) {
            case 0 -> DateInput.format(date);
            case 1 -> DateInput.format(date).replace('-', '/');
            case 2 -> chinese(date);
            default -> dayFirst(date, Generated.pick(random, SEPARATORS));
        };
        String timePart = switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> (random.nextBoolean() ? " " : "T") + String.format("%02d:%02d", dateTime.getHour(), dateTime.getMinute());
            case 2 -> " " + dateTime.getHour() + "h" + String.format("%02d", dateTime.getMinute());
            default -> twelveHour(dateTime).substring(DateInput.format(date).length());
        };
        return datePart + timePart;
    }

    private static String dayFirst(LocalDate date, String separator) {
        return date.getDayOfMonth() + separator + date.getMonthValue() + separator + date.getYear();
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String twelveHour(LocalDateTime dateTime) {
        int clockHour = dateTime.getHour() % 12 == 0 ? 12 : dateTime.getHour() % 12;
        String half = dateTime.getHour() < 12 ? "AM" : "PM";
        return DateInput.format(dateTime.toLocalDate()) + " " + clockHour + ":"
                + String.format("%02d", dateTime.getMinute()) + " " + half;
    }
}
