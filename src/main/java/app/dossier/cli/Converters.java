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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads option values the way people type them, with the domain's parsers and messages. */
final class Converters {
    private Converters() {
    }

    static void register(CommandLine commandLine) {
        commandLine.registerConverter(Money.class, wrap(text -> MoneyParser.parse(text, null)));
        commandLine.registerConverter(LocalDate.class, wrap(DateInput::parseDate));
        commandLine.registerConverter(LocalDateTime.class, wrap(DateInput::parseDateTime));
        commandLine.registerConverter(BigDecimal.class, wrap(Converters::rate));
        commandLine.registerConverter(Channel.class, wrap(text -> word(text, Channel.class)));
        commandLine.registerConverter(OrderKind.class, wrap(text -> word(text, OrderKind.class)));
        commandLine.registerConverter(PaymentCovers.class, wrap(text -> word(text, PaymentCovers.class)));
        commandLine.registerConverter(PackagingCondition.class, wrap(text -> word(text, PackagingCondition.class)));
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
