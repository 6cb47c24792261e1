package app.dossier.domain.words;

import app.dossier.domain.HistoryEntry;
import app.dossier.domain.Language;
import app.dossier.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A change of an order's history as a person reads it, in one language: "Payment 1: amount 3,700.00 →
 * 3,750.00", "Khoản thanh toán 1: số tiền 3.700,00 → 3.750,00", "付款 1：金额 3,700.00 → 3,750.00". The
 * history records items, fields and values as case.json writes them; this words what it knows (the
 * items, the common fields, dates, amounts, counts and the codes that have words) and shows the rest as
 * written, so nothing recorded is hidden.
 */
public final class HistoryWords {
    /** The kinds of item the history names, each worded by {@code history.item.<kind>}. */
    private static final Set<String> ITEMS = Set.of("order", "factory", "receiving", "payment", "file", "dispute",
            "step", "defect", "chat", "pin");
    /** The fields that have words ({@code history.field.<name>}); any other is shown as written. */
    private static final Set<String> FIELDS = Set.of("amount", "currency", "paidOn", "covers", "method",
            "receivingAccount", "reference", "acknowledgedAt", "rateToVnd", "rateToOrder", "proofEvidenceId",
            "caption", "category", "file", "capturedAt", "defectRegion", "quantity", "unit", "unitPrice", "product",
            "orderNumber", "orderedOn", "deliveryDeadline", "agreedOn", "notes", "channel", "kind", "colors", "sizes",
            "packaging", "priceAtQuantity", "name", "latinName", "shopUrl", "wechatId", "contact", "folder", "status",
            "note", "at", "summary", "resolution", "evidenceIds", "factoryMessage", "buyerMessage", "arrivedAt",
            "parcelsExpected", "parcelsReceived", "unitsExpected", "unitsReceived", "packagingCondition",
            "packagingNotes", "unitsSampled", "defectiveUnits", "defectNotes", "inspectedBy", "inspectedAt",
            "factoryNotifiedAt", "count", "photos", "text", "sender", "me", "them");
    /** Fields whose values are counts, written the language's way (1,200 or 1.200). */
    private static final Set<String> COUNTS = Set.of("quantity", "parcelsExpected", "parcelsReceived",
            "unitsExpected", "unitsReceived", "unitsSampled", "defectiveUnits", "count");
    /** Fields whose values are codes, and where their words are. */
    private static final Map<String, String> CODES = Map.of(
            "category", "packet.category.",
            "covers", "history.covers.",
            "status", "packet.status.",
            "packagingCondition", "packet.",
            "kind", "defect.");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");
    private static final Pattern MONEY = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");

    private final Words words;

    private HistoryWords(Words words) {
        this.words = words;
    }

    public static HistoryWords in(Language language) {
        return new HistoryWords(Words.in(language));
    }

    public static HistoryWords of(Words words) {
        return new HistoryWords(words);
    }

    /**
     * One change in a sentence: "Payment 1: amount 3,700.00 → 3,750.00", "File 12 added: Payments/a.png,
     * Alipay receipt", "Payment 2 removed: 2 Sep 2026, ¥3,700.00, full".
     */
    public String change(HistoryEntry.Change change) {
        String item = item(change.item());
        if (change.added() || change.removed()) {
            String described = described(change.added() ? change.after() : change.before());
            if (described.isEmpty()) {
                return words.get(change.added() ? "history.added.plain" : "history.removed.plain", item);
            }
            return words.get(change.added() ? "history.added" : "history.removed", item, described);
        }
        String field = change.field().isEmpty() ? "" : field(change.field());
        return words.get(field.isEmpty() ? "history.changed.item" : "history.changed", item, field,
                value(change.field(), change.before()), value(change.field(), change.after()));
    }

    /**
     * The item in words: "Payment 4", "Dispute 1 › step 2", "Receiving › defect “short”"; an item
     * the history names in a way not known here is shown as written.
     */
    public String item(String item) {
        String[] tokens = item.strip().split(" ");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String kind = tokens[i];
            if (!ITEMS.contains(kind)) {
                return item;
            }
            String id = i + 1 < tokens.length && !ITEMS.contains(tokens[i + 1]) ? tokens[++i] : null;
            if (kind.equals("defect") && id != null && words.has("defect." + id)) {
                id = words.get("defect." + id);
            }
            parts.add(words.get("history.item." + kind, id == null ? "" : id).strip());
        }
        String said = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            said = words.get("history.item.within", said, parts.get(i).toLowerCase(words.locale()));
        }
        return said;
    }

    /**
     * A field in words: "amount.amount" → "amount", "unitPrice.amount" → "unit price", "specs.colors" →
     * "colors", "defectRegion.left" → "defect mark"; a field not known is shown as written.
     */
    public String field(String field) {
        String path = field.endsWith(".amount") ? field.substring(0, field.length() - ".amount".length()) : field;
        String[] segments = path.split("\\.");
        String last = segments[segments.length - 1];
        if (FIELDS.contains(last)) {
            return words.get("history.field." + last);
        }
        if (FIELDS.contains(segments[0])) {
            return words.get("history.field." + segments[0]);
        }
        return field;
    }

    /** A value of {@code field} as the language writes it: dates, amounts, counts and codes in words. */
    public String value(String field, String value) {
        if (value == null) {
            return words.get("history.none");
        }
        String[] segments = field.split("\\.");
        String last = segments[segments.length - 1];
        String prefix = CODES.get(last);
        if (prefix != null && words.has(prefix + value)) {
            return words.get(prefix + value);
        }
        if (COUNTS.contains(last) && WHOLE.matcher(value).matches()) {
            return words.count(Long.parseLong(value));
        }
        if ((field.endsWith(".amount") || last.startsWith("rate")) && DECIMAL.matcher(value).matches()) {
            return decimal(new BigDecimal(value));
        }
        return time(value);
    }

    /** An item that came or went, as the history describes it ("2026-09-02, 3700.00 CNY, FULL"), in words. */
    String described(String description) {
        if (description == null || description.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : description.split(", ", -1)) {
            parts.add(token(part));
        }
        return String.join(", ", parts);
    }

    private String token(String part) {
        var money = MONEY.matcher(part);
        if (money.matches()) {
            try {
                return words.money(Money.of(money.group(1), money.group(2)));
            } catch (IllegalArgumentException e) {
                return part;
            }
        }
        if (CODE.matcher(part).matches()) {
            for (String prefix : List.of("history.covers.", "packet.status.", "packet.category.", "defect.")) {
                if (words.has(prefix + part)) {
                    return words.get(prefix + part);
                }
            }
            return part;
        }
        return time(part);
    }

    /** A date or a time as case.json writes them, in the language's words; anything else as it is. */
    private String time(String value) {
        try {
            if (value.length() == 10) {
                return words.date(LocalDate.parse(value));
            }
            if (value.length() >= 16 && value.length() <= 19 && value.charAt(10) == 'T') {
                return words.time(LocalDateTime.parse(value));
            }
        } catch (DateTimeParseException e) {
            // Not a date after all: shown as written.
        }
        return value;
    }

    /** 3,700.00 or 3.700,00: the amount with as many decimals as recorded. */
    private String decimal(BigDecimal amount) {
        String plain = String.format(Locale.ROOT, "%,." + Math.max(0, amount.scale()) + "f", amount);
        if (words.language() != Language.VIETNAMESE) {
            return plain;
        }
        StringBuilder swapped = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            swapped.append(c == ',' ? '.' : c == '.' ? ',' : c);
        }
        return swapped.toString();
    }
}
