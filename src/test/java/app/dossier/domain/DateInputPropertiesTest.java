package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class DateInputPropertiesTest {

    @Property
    void whatIsFormattedIsReadBack(@ForAll("dates") LocalDate date) {
        assertThat(DateInput.parseDate(DateInput.format(date))).isEqualTo(date);
    }

    @Property
    void dateTimesToTheMinuteAreReadBack(@ForAll("dateTimes") LocalDateTime dateTime) {
        assertThat(DateInput.parseDateTime(DateInput.format(dateTime))).isEqualTo(dateTime);
    }

    @Property
    void dayFirstFormsAreReadAsDayMonthYear(@ForAll("dates") LocalDate date, @ForAll("separators") String separator) {
        String typed = date.getDayOfMonth() + separator + date.getMonthValue() + separator + date.getYear();
        assertThat(DateInput.parseDate(typed)).isEqualTo(date);
    }

    @Property
    void chineseFormIsRead(@ForAll("dates") LocalDate date) {
        String typed = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        assertThat(DateInput.parseDate(typed)).isEqualTo(date);
    }

    @Property
    void twelveHourClockIsRead(@ForAll("dateTimes") LocalDateTime dateTime) {
        int clockHour = dateTime.getHour() % 12 == 0 ? 12 : dateTime.getHour() % 12;
        String half = dateTime.getHour() < 12 ? "AM" : "PM";
        String typed = DateInput.format(dateTime.toLocalDate()) + " " + clockHour + ":"
                + String.format("%02d", dateTime.getMinute()) + " " + half;
        assertThat(DateInput.parseDateTime(typed)).isEqualTo(dateTime);
    }

    @Property
    void anyTextIsReadOrRefusedWithAMessage(@ForAll @StringLength(max = 30) String text) {
        Throwable date = catchThrowable(() -> DateInput.parseDate(text));
        Throwable dateTime = catchThrowable(() -> DateInput.parseDateTime(text));
        assertThat(date).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(InvalidInputException.class));
        assertThat(dateTime).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(InvalidInputException.class));
    }

    @Property
    void textMadeOfDateCharactersIsReadOrRefusedWithAMessage(@ForAll("dateLike") String text) {
        Throwable thrown = catchThrowable(() -> DateInput.parseDateTime(text));
        assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(InvalidInputException.class));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDateTime> dateTimes() {
        return dates().flatMap(date -> Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(minute -> date.atStartOfDay().plus(minute, ChronoUnit.MINUTES)));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("/", "-", ".");
    }

    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.strings().withChars("0123456789-/.: T年月日hAPM").ofMaxLength(25);
    }
}
