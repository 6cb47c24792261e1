package app.dossier.domain.guidance;

import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the English messages write dates, times, amounts and counts. */
final class Words {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Words() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    static String money(Money money) {
        return MoneyParser.format(money);
    }

    /** 1,200 with thousands grouped by commas. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String plural(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /** "in 6 hours", "2 days ago": how far a due time is from now, rounded down. */
    static String fromNow(LocalDateTime due, LocalDateTime now) {
        long minutes = java.time.Duration.between(now, due).toMinutes();
        long abs = Math.abs(minutes);
        String span = abs >= 48 * 60 ? plural(abs / (24 * 60), "day", "days")
                : abs >= 60 ? plural(abs / 60, "hour", "hours") : plural(abs, "minute", "minutes");
        return minutes >= 0 ? "in " + span : span + " ago";
    }
}
