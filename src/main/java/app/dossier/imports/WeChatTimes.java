package app.dossier.imports;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and times as WeChat writes them beside messages, in its English and Chinese interfaces:
 * "2024/1/5", "2024-01-05", "2024年1月5日", "Yesterday", "昨天", "星期三"; "2:03 PM", "14:03:00",
 * "下午2:03". A day word counts back from the day the text was pasted.
 */
final class WeChatTimes {
    static final String DAY = "(?:\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日"
            + "|今天|昨天|前天|Today|Yesterday|(?:星期|周)[一二三四五六日天]"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String TIME = "(?:(?:上午|下午|中午|晚上|凌晨|早上)\\s*)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?";

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})[/年-](\\d{1,2})[/月-](\\d{1,2})日?");
    private static final Pattern CLOCK = Pattern.compile(
            "(上午|下午|中午|晚上|凌晨|早上)?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("一", DayOfWeek.MONDAY), Map.entry("二", DayOfWeek.TUESDAY), Map.entry("三", DayOfWeek.WEDNESDAY),
            Map.entry("四", DayOfWeek.THURSDAY), Map.entry("五", DayOfWeek.FRIDAY), Map.entry("六", DayOfWeek.SATURDAY),
            Map.entry("日", DayOfWeek.SUNDAY), Map.entry("天", DayOfWeek.SUNDAY));

    private WeChatTimes() {
    }

    /** Whether the day is written in full (with its year), not counted back from the day of pasting. */
    static boolean isFullDate(String day) {
        return day != null && FULL_DATE.matcher(day.strip()).matches();
    }

    /** The day written, or null when it does not exist (2026/2/30). */
    static LocalDate day(String day, LocalDate pastedOn) {
        String d = day.strip();
        Matcher full = FULL_DATE.matcher(d);
        try {
            if (full.matches()) {
                return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return switch (d) {
            case "今天", "Today" -> pastedOn;
            case "昨天", "Yesterday" -> pastedOn.minusDays(1);
            case "前天" -> pastedOn.minusDays(2);
            default -> pastedOn.minusDays(1).with(TemporalAdjusters.previousOrSame(weekday(d)));
        };
    }

    private static DayOfWeek weekday(String d) {
        if (d.startsWith("星期") || d.startsWith("周")) {
            return WEEKDAYS.get(d.substring(d.length() - 1));
        }
        return DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT));
    }

    /** The time of day written, or null when it does not exist (25:10, 13:05 PM). */
    static LocalTime time(String time) {
        Matcher m = CLOCK.matcher(time.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String part = m.group(1);
        String half = m.group(5);
        if (half != null || part != null) {
            if (hour > 12 && half != null) {
                return null;
            }
            boolean afternoon = half != null ? half.equalsIgnoreCase("p")
                    : part.equals("下午") || part.equals("晚上") || (part.equals("中午") && hour < 11);
            if (hour < 12 && afternoon) {
                hour += 12;
            } else if (hour == 12 && !afternoon && (half != null || part.equals("凌晨"))) {
                hour = 0;
            }
        }
        try {
            return LocalTime.of(hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day and time together, or null when either does not exist. */
    static LocalDateTime at(LocalDate day, String time) {
        LocalTime t = time(time);
        return day == null || t == null ? null : day.atTime(t);
    }
}
