package app.dossier.cli;

import app.dossier.domain.Channel;
import app.dossier.domain.DateInput;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.OrderKind;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.PaymentCovers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads option values the way people type them, with the domain's parsers and messages. */
final class Converters {
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,' ])\\d{3}(\\1\\d{3}){0,4}");
    private static final Pattern DECIMAL = Pattern.compile("\\d*[.,]\\d+");

    private Converters() {
    }

    static void register(CommandLine commandLine) {
        commandLine.registerConverter(Money.class, wrap(text -> MoneyParser.parse(text, null)));
        commandLine.registerConverter(TypedMoney.class, TypedMoney::new);
        commandLine.registerConverter(LocalDate.class, wrap(DateInput::parseDate));
        commandLine.registerConverter(LocalDateTime.class, wrap(DateInput::parseDateTime));
        commandLine.registerConverter(BigDecimal.class, wrap(Converters::rate));
        commandLine.registerConverter(Channel.class, wrap(text -> word(text, Channel.class)));
        commandLine.registerConverter(OrderKind.class, wrap(text -> word(text, OrderKind.class)));
        commandLine.registerConverter(PaymentCovers.class, wrap(text -> word(text, PaymentCovers.class)));
        commandLine.registerConverter(PackagingCondition.class, wrap(text -> word(text, PackagingCondition.class)));
        commandLine.registerConverter(Long.class, wrap(Converters::whole));
        commandLine.registerConverter(long.class, wrap(Converters::whole));
        commandLine.registerConverter(Integer.class, wrap(Converters::count));
        commandLine.registerConverter(int.class, wrap(Converters::count));
        commandLine.registerConverter(Path.class, wrap(Converters::path));
        commandLine.registerConverter(TypedDefect.class, wrap(TypedDefect::parse));
        commandLine.registerConverter(app.dossier.domain.DisputeStatus.class,
                wrap(text -> word(text, app.dossier.domain.DisputeStatus.class)));
    }

    private static <T> ITypeConverter<T> wrap(ITypeConverter<T> converter) {
        return text -> {
            try {
                return converter.convert(text);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    /**
     * A whole number as people write it: "1200", or grouped in thousands as "1.200", "1,200" or
     * "1 200" (a count has no decimals, so a group of three digits can only be thousands).
     */
    static long whole(String text) {
        String typed = text.strip();
        String digits = typed.replace('\u00A0', ' ');
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        if (!WHOLE.matcher(digits).matches() && !GROUPED.matcher(digits).matches()) {
            if (DECIMAL.matcher(digits).matches()) {
                throw new InvalidInputException("“" + typed + "” is not a whole number. Write a count in digits,"
                        + " e.g. 500 or 1.200.");
            }
            throw new InvalidInputException("“" + typed + "” is not a number. Write it in digits, e.g. 500 or 1.200.");
        }
        String plain = digits.replaceAll("[.,' ]", "");
        if (plain.length() > 15) {
            throw new InvalidInputException("“" + typed + "” is too large a number.");
        }
        long value = Long.parseLong(plain);
        return negative ? -value : value;
    }

    /** A small count (parcels, days, backups to keep): a whole number that fits an int. */
    static int count(String text) {
        long value = whole(text);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new InvalidInputException("“" + text.strip() + "” is too large a number.");
        }
        return (int) value;
    }

    /**
     * A folder or file named on the command line. An empty name is refused: taken as it is, it
     * would mean the current folder, and {@code --data ''} would make it a data folder.
     */
    static Path path(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The name is empty. Give a folder or file, or leave the option out.");
        }
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidInputException("“" + text + "” cannot be a file or folder name here: " + e.getReason()
                    + ".");
        }
    }

    /** An exchange rate: VND for one unit of the other currency, e.g. 3650 or 3.650 or 3,650.5. */
    private static BigDecimal rate(String text) {
        String cleaned = text.strip().replace(" ", "");
        if (cleaned.matches("\\d{1,3}([.,]\\d{3})+")) {
            cleaned = cleaned.replaceAll("[.,]", "");
        } else {
            cleaned = cleaned.replace(',', '.');
        }
        try {
            BigDecimal rate = new BigDecimal(cleaned);
            if (rate.signum() <= 0) {
                throw new InvalidInputException("A rate must be more than 0: “" + text + "”.");
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("“" + text + "” is not a rate. Write VND for one unit, e.g. 3650.");
        }
    }

    /** Enum values as words: "off-platform", "OFF_PLATFORM" and "off platform" all work. */
    static <E extends Enum<E>> E word(String text, Class<E> type) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw new InvalidInputException("“" + text + "” is not one of: " + Arrays.stream(type.getEnumConstants())
                .map(Converters::display).collect(Collectors.joining(", ")) + ".");
    }

    static String display(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
