package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"2026-05-03", "2026/05/03", "2026.05.03", "2026-5-3", "2026年5月3日",
                "2026年05月03日", "2026年5月3", "3/5/2026", "03/05/2026", "03-05-2026", "3-5-2026", "3.5.2026",
                " 2026-05-03 ", "２０２６年５月３日", "2026－05－03"})
        void readsWhatPeopleType(String typed) {
            assertThat(DateInput.parseDate(typed)).isEqualTo(MAY_3);
        }

        @Test
        void yearLastMeansDayFirst() {
            assertThat(DateInput.parseDate("3/5/2026")).isEqualTo(LocalDate.of(2026, 5, 3));
            assertThat(DateInput.parseDate("12/1/2026")).isEqualTo(LocalDate.of(2026, 1, 12));
            assertThat(DateInput.parseDate("31.12.2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void leapDayOnlyInLeapYears() {
            assertThat(DateInput.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThatThrownBy(() -> DateInput.parseDate("2025-02-29"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("no such date");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "32/1/2026", "0.5.2026"})
        void refusesDaysThatDoNotExist(String typed) {
            assertThatThrownBy(() -> DateInput.parseDate(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("There is no such date: “" + typed + "”")
                    .hasMessageContaining("yyyy-MM-dd, e.g. 2026-05-03");
        }

        @Test
        void monthFirstIsRefusedWithAWordOnDayFirst() {
            assertThatThrownBy(() -> DateInput.parseDate("5/13/2026"))
                    .hasMessageContaining("no such date")
                    .hasMessageContaining("3/5/2026 is 3 May 2026");
        }

        @ParameterizedTest
        @ValueSource(strings = {"3/5/26", "03-05-26", "26-05-03", "3.5.26"})
        void refusesTwoDigitYears(String typed) {
            assertThatThrownBy(() -> DateInput.parseDate(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("“" + typed + "”")
                    .hasMessageContaining("year in full")
                    .hasMessageContaining("yyyy-MM-dd");
        }

        @ParameterizedTest
        @ValueSource(strings = {"tomorrow", "2026", "2026-05", "2026-05-03-01", "2026-05/03", "20260503",
                "2026-005-03", "02026-05-03", "2026-05-03 14:30", "May 3, 2026", "2026-05-03x", "-2026-05-03"})
        void refusesNonsenseNamingTheForm(String typed) {
            assertThatThrownBy(() -> DateInput.parseDate(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("“" + typed + "”")
                    .hasMessageContaining("Write it as yyyy-MM-dd, e.g. 2026-05-03.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "\t"})
        void refusesBlank(String typed) {
            assertThatThrownBy(() -> DateInput.parseDate(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Type a date as yyyy-MM-dd, e.g. 2026-05-03.");
        }

        @Test
        void refusesNothing() {
            assertThatThrownBy(() -> DateInput.parseDate(null)).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void formatsAsIsoDate() {
            assertThat(DateInput.format(MAY_3)).isEqualTo("2026-05-03");
            assertThat(DateInput.format(LocalDate.of(987, 1, 2))).isEqualTo("0987-01-02");
        }
    }

    @Nested
    class DateTimes {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2026-05-03T14:30      | 2026-05-03T14:30",
                "2026-05-03 14:30      | 2026-05-03T14:30",
                "2026-05-03   14:30    | 2026-05-03T14:30",
                "2026-05-03 14:30:00   | 2026-05-03T14:30",
                "2026-05-03 14:30:15   | 2026-05-03T14:30:15",
                "2026-05-03 2:30 PM    | 2026-05-03T14:30",
                "2026-05-03 2:30pm     | 2026-05-03T14:30",
                "2026-05-03 02:30 am   | 2026-05-03T02:30",
                "2026-05-03 12:00 AM   | 2026-05-03T00:00",
                "2026-05-03 12:00 PM   | 2026-05-03T12:00",
                "2026-05-03 9:05       | 2026-05-03T09:05",
                "2026-05-03 14h30      | 2026-05-03T14:30",
                "2026-05-03 14h        | 2026-05-03T14:00",
                "3/5/2026 14:30        | 2026-05-03T14:30",
                "2026年5月3日 14:30      | 2026-05-03T14:30",
                "2026/05/03 00:00      | 2026-05-03T00:00",
                "2026-05-03 23:59      | 2026-05-03T23:59"})
        void readsWhatPeopleType(String typed, LocalDateTime expected) {
            assertThat(DateInput.parseDateTime(typed)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-05-03", "3/5/2026", "2026年5月3日"})
        void aDateAloneMeansMidnight(String typed) {
            assertThat(DateInput.parseDateTime(typed)).isEqualTo(MAY_3.atStartOfDay());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-05-03 24:00", "2026-05-03 14:60", "2026-05-03 13:30 PM",
                "2026-05-03 0:30 AM", "2026-05-03 14:30:61"})
        void refusesTimesThatDoNotExist(String typed) {
            assertThatThrownBy(() -> DateInput.parseDateTime(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("no such time")
                    .hasMessageContaining("“" + typed + "”");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-05-03 14", "2026-05-03 14:3", "2026-05-03 1430", "2026-05-03 noon",
                "2026-02-30 14:30", "3/5/26 14:30", "14:30", "at 2026-05-03 14:30"})
        void refusesNonsenseNamingTheForm(String typed) {
            assertThatThrownBy(() -> DateInput.parseDateTime(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("“" + typed + "”")
                    .hasMessageContaining("yyyy-MM-dd");
        }

        @Test
        void aWrongDateNamesTheDateTimeForm() {
            assertThatThrownBy(() -> DateInput.parseDateTime("yesterday"))
                    .hasMessageContaining("Write it as yyyy-MM-dd HH:mm, e.g. 2026-05-03 14:30.");
        }

        @Test
        void refusesBlank() {
            assertThatThrownBy(() -> DateInput.parseDateTime(" "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Type a date as yyyy-MM-dd HH:mm, e.g. 2026-05-03 14:30.");
        }

        @Test
        void formatsToTheMinute() {
            assertThat(DateInput.format(LocalDateTime.of(2026, 5, 3, 14, 30))).isEqualTo("2026-05-03 14:30");
            assertThat(DateInput.format(LocalDateTime.of(2026, 5, 3, 9, 5, 59))).isEqualTo("2026-05-03 09:05");
        }
    }
}
