package app.dossier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers, amounts and dates as each language writes them in running text: 1,200 and 2026年9月2日
 * in Chinese, 1,200 and 2026-09-02 in English, 1.200 and 02/09/2026 in Vietnamese.
 */
public final class LocalFormat {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private LocalFormat() {
    }

    /** A count of units: 1,200 (Chinese, English) or 1.200 (Vietnamese). */
    public static String count(long units, Language language) {
        String plain = String.format(Locale.ROOT, "%,d", units);
        return language == Language.VIETNAMESE ? plain.replace(',', '.') : plain;
    }

    /**
     * An amount as {@link MoneyParser#format} writes it (¥3,700.00, 3.700.000 ₫), except that
     * Vietnamese text writes yuan and dollars with its own separators, as in ¥3.700,00.
     */
    public static String money(Money money, Language language) {
        String shown = MoneyParser.format(money);
        if (language != Language.VIETNAMESE || money.currency().equals(Money.VND)) {
            return shown;
        }
        StringBuilder swapped = new StringBuilder(shown.length());
        for (char c : shown.toCharArray()) {
            swapped.append(c == ',' ? '.' : c == '.' ? ',' : c);
        }
        return swapped.toString();
    }

    /**
     * An amount in one number format per language, whatever its currency: ¥3,700.00 and 1,553,075 ₫
     * (Chinese, English), ¥3.700,00 and 1.553.075 ₫ (Vietnamese). For text a reader of one language
     * reads through, such as the dispute packet, where đồng stand beside yuan.
     */
    public static String amount(Money money, Language language) {
        String shown = money(money, language);
        if (language == Language.VIETNAMESE || !money.currency().equals(Money.VND)) {
            return shown;
        }
        StringBuilder swapped = new StringBuilder(shown.length());
        for (char c : shown.toCharArray()) {
            swapped.append(c == ',' ? '.' : c == '.' ? ',' : c);
        }
        return swapped.toString();
    }

    /** A percentage without its sign: 5, 2.5 (2,5 in Vietnamese). */
    public static String percent(BigDecimal percent, Language language) {
        String plain = percent.stripTrailingZeros().toPlainString();
        return language == Language.VIETNAMESE ? plain.replace('.', ',') : plain;
    }

    public static String date(LocalDate date, Language language) {
        Objects.requireNonNull(date, "date");
        return switch (language) {
            case CHINESE -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case ENGLISH -> DateInput.format(date);
            case VIETNAMESE -> VI_DATE.format(date);
        };
    }

    public static String dateTime(LocalDateTime dateTime, Language language) {
        Objects.requireNonNull(dateTime, "dateTime");
        return switch (language) {
            case CHINESE -> date(dateTime.toLocalDate(), language) + " " + VI_TIME.format(dateTime);
            case ENGLISH -> DateInput.format(dateTime);
            case VIETNAMESE -> VI_DATE.format(dateTime) + " " + VI_TIME.format(dateTime);
        };
    }
}
