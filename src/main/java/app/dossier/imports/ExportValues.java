package app.dossier.imports;

import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the cells of a 1688 export: order numbers as exact text, yuan amounts, quantities and times. */
final class ExportValues {
    /** Every whole number up to 2^53 survives being stored as a double; longer ones may not. */
    private static final BigDecimal EXACT_IN_A_DOUBLE = BigDecimal.valueOf(1L << 53);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /* The export writes 2026-05-25 10:30:00; Excel, re-saving it, writes 2026/5/25 10:30. */
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("uuuu-MM-dd HH:mm:ss"), strict("uuuu-MM-dd HH:mm"),
            strict("uuuu/M/d H:mm:ss"), strict("uuuu/M/d H:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(strict("uuuu-MM-dd"), strict("uuuu/M/d"));
    private static final LocalDateTime EXCEL_EPOCH_1900 = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final LocalDateTime EXCEL_EPOCH_1904 = LocalDateTime.of(1904, 1, 1, 0, 0);

    private ExportValues() {
    }

    /** The cell as text, null when blank; a number as plain digits ("500", not "500.0"). */
    static String text(ExportCell cell) {
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (cell.storedAsNumber() && NUMBER.matcher(text).matches()) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        return text;
    }

    /**
     * The order number exactly as 1688 gave it. When a spreadsheet kept it as a number written
     * with an exponent or a decimal point, it went through a double, which holds 15 to 17 digits:
     * a value past 2^53 written that way may have lost digits, and is refused.
     */
    static String orderNumber(ExportCell cell, int row) {
        String text = unwrap(cell.text());
        if (DIGITS.matcher(text).matches()) {
            return text;
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new RowProblem(row, ExportColumn.ORDER_NUMBER, text, "not a 1688 order number, which is digits only.");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
            throw new RowProblem(row, ExportColumn.ORDER_NUMBER, text, "not a 1688 order number, which is digits only.");
        }
        if (value.compareTo(EXACT_IN_A_DOUBLE) > 0) {
            throw new RowProblem(row, ExportColumn.ORDER_NUMBER, text,
                    "the sheet stored this order number as a number and its last digits were lost. Export the"
                            + " orders from 1688 again and import that file without saving it in Excel first.");
        }
        return value.toBigIntegerExact().toString();
    }

    /**
     * An amount in yuan, null when the cell is blank. A number stored by a spreadsheet may carry the
     * dust of binary fractions (128.29999999999998) and is rounded to the fen; typed text is not.
     */
    static Money yuan(ExportCell cell, ExportColumn column, int row, boolean mayBeNegative) {
        String text = unwrap(cell.text()).replace("¥", "").replace("￥", "").replace("元", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        BigDecimal amount;
        if (cell.storedAsNumber() && NUMBER.matcher(text).matches()) {
            amount = fen(new BigDecimal(text), column, row, text);
        } else if (PLAIN_AMOUNT.matcher(text).matches()) {
            amount = new BigDecimal(text);
        } else {
            amount = typed(text, column, row);
        }
        if (amount.signum() < 0 && !mayBeNegative) {
            throw new RowProblem(row, column, text, "an amount here cannot be negative.");
        }
        try {
            return new Money(amount, Money.CNY);
        } catch (InvalidInputException e) {
            throw new RowProblem(row, column, text, "yuan have at most two decimals (fen).");
        }
    }

    /** A whole number of units, more than zero. */
    static long quantity(ExportCell cell, int row) {
        String text = unwrap(cell.text()).replace(",", "");
        if (text.isEmpty()) {
            throw new RowProblem(row, ExportColumn.QUANTITY, text, "the quantity is missing.");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new RowProblem(row, ExportColumn.QUANTITY, text, "not a number.");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.stripTrailingZeros().scale() > 0) {
            throw new RowProblem(row, ExportColumn.QUANTITY, text, "not a whole number; Dossier counts whole units.");
        }
        if (value.signum() <= 0) {
            throw new RowProblem(row, ExportColumn.QUANTITY, text, "the quantity must be more than zero.");
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new RowProblem(row, ExportColumn.QUANTITY, text, "too large to be a quantity.");
        }
    }

    /**
     * A time as the export writes it, 2026-05-25 10:30:00, null when blank. Impossible dates are
     * refused, not rolled over. A spreadsheet that turned the text into a date keeps a day serial
     * (days since 1899-12-30, or 1904-01-01 in the 1904 date system), which is read back to the second.
     */
    static LocalDateTime dateTime(ExportCell cell, ExportColumn column, int row, boolean date1904) {
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (cell.storedAsNumber() && NUMBER.matcher(text).matches()) {
            return fromSerial(new BigDecimal(text), date1904, column, row);
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).atStartOfDay();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new RowProblem(row, column, text, "not a date and time as 1688 writes them, e.g. 2026-05-25 10:30:00.");
    }

    /** Without the wrappers some programs put around numbers to keep them as text: ="…", a leading '. */
    private static String unwrap(String text) {
        String t = text.strip();
        if (t.length() >= 3 && t.startsWith("=\"") && t.endsWith("\"")) {
            t = t.substring(2, t.length() - 1).strip();
        }
        if (t.startsWith("'")) {
            t = t.substring(1).strip();
        }
        return t;
    }

    private static BigDecimal fen(BigDecimal stored, ExportColumn column, int row, String text) {
        BigDecimal rounded = stored.setScale(2, RoundingMode.HALF_UP);
        if (rounded.subtract(stored).abs().compareTo(new BigDecimal("0.000001")) > 0) {
            throw new RowProblem(row, column, text, "yuan have at most two decimals (fen).");
        }
        return rounded;
    }

    private static BigDecimal typed(String text, ExportColumn column, int row) {
        boolean negative = text.startsWith("-");
        try {
            BigDecimal amount = MoneyParser.parse(negative ? text.substring(1) : text, Money.CNY).amount();
            return negative ? amount.negate() : amount;
        } catch (InvalidInputException e) {
            throw new RowProblem(row, column, text, "not an amount in yuan, e.g. 128.00.");
        }
    }

    private static LocalDateTime fromSerial(BigDecimal serial, boolean date1904, ExportColumn column, int row) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            throw new RowProblem(row, column, serial.toPlainString(), "not a date.");
        }
        long seconds = serial.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        try {
            return (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900).plus(seconds, ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            throw new RowProblem(row, column, serial.toPlainString(), "not a date.");
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}
