package app.dossier.ui.common;

import app.dossier.domain.Language;
import app.dossier.domain.LocalFormat;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates written and read the way the window's language writes them, the one
 * place every view goes through. English: 1,200, ¥28,800.00, 2026-09-02. Vietnamese: 1.200,
 * ¥28.800,00, 02/09/2026. Đồng are written 30.000.000 ₫ in both, as on a Vietnamese bank statement,
 * and so are rates (3.650 ₫/¥). Everything written here into a field reads back through
 * {@link #money(String, Currency)} and the date readers in the same language.
 */
public final class Formats {
    private final Language language;
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = Texts.supported(locale);
        this.language = "vi".equals(this.locale.getLanguage()) ? Language.VIETNAMESE : Language.ENGLISH;
    }

    public Language language() {
        return language;
    }

    /** ¥28,800.00 or ¥28.800,00; 30.000.000 ₫ in both languages. */
    public String money(Money money) {
        return LocalFormat.money(money, language);
    }

    /**
     * Reads an amount as the user types it: a plain number ("1800", "1.800" in Vietnamese, "1,800" in
     * English) is in {@code plainMeans} (the order's currency; null when there is none yet); a mark
     * (¥ 元 tệ CNY RMB, ₫ đ VND, $ USD) says otherwise.
     *
     * @throws app.dossier.domain.InvalidInputException saying how to write it
     */
    public Money money(String typed, Currency plainMeans) {
        return MoneyParser.parse(typed, plainMeans, language);
    }

    /** The sign a currency is known by: ¥, ₫, $; its code for others. */
    public static String sign(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "CNY" -> "¥";
            case "VND" -> "₫";
            case "USD" -> "$";
            default -> currency.getCurrencyCode();
        };
    }

    /**
     * The hint under a money field: what a plain number means, and every sign that is understood
     * (¥ 元 tệ CNY RMB, ₫ đ VND, $ USD), so a keyboard without ¥ has its ways to say yuan.
     */
    public static String moneyHint(Texts texts, Currency plainMeans) {
        return plainMeans == null ? texts.get("common.money.hint.none")
                : texts.get("common.money.hint", sign(plainMeans) + " (" + plainMeans.getCurrencyCode() + ")");
    }

    /** A whole number: 1,200 or 1.200. */
    public String count(long number) {
        return LocalFormat.count(number, language);
    }

    /** A share (0..1) as a percentage with at most one decimal: 2.9% or 2,9%. */
    public String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A number with up to {@code decimals} decimals: 2.5 or 2,5. */
    public String decimal(double number, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(number);
    }

    /** Đồng for one unit of another currency, as đồng are written: 3.650 or 3.650,5. */
    public String rate(BigDecimal rate) {
        return TypedNumbers.formatRate(rate);
    }

    /** 2026-09-02 or 02/09/2026; both read back as typed dates. */
    public String date(LocalDate date) {
        return LocalFormat.date(date, language);
    }

    /** 2026-09-02 14:30 or 02/09/2026 14:30; both read back as typed times. */
    public String date(LocalDateTime dateTime) {
        return LocalFormat.dateTime(dateTime, language);
    }
}
