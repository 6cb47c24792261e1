package app.dossier.cli;

import app.dossier.domain.HistoryEntry;
import app.dossier.domain.Order;
import app.dossier.service.HistoryService;
import app.dossier.service.Services;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", description = {
    "Show an order's history: every change saved, when (UTC), by whom, and each field before -> after,",
    "with the head of its hash chain (the SHA-256 of the last entry), to compare with a packet sent."})
final class HistoryCommand extends DataCommand implements ReadsOnly {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--json", description = "Print JSON: the entries as recorded and the head.")
    boolean json;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        HistoryService.ChangeHistory history = services.history().of(o.id());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("order", o.label());
            m.put("head", history.head().orElse(null));
            List<Object> entries = new ArrayList<>();
            for (HistoryEntry e : history.entries()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("number", e.number());
                item.put("at", e.at().toString());
                item.put("by", e.by());
                List<Object> changes = new ArrayList<>();
                for (HistoryEntry.Change c : e.changes()) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("item", c.item());
                    change.put("field", c.field());
                    change.put("before", c.before());
                    change.put("after", c.after());
                    changes.add(change);
                }
                item.put("changes", changes);
                item.put("previous", e.previous());
                entries.add(item);
            }
            m.put("entries", entries);
            Json.print(out(), m);
            return 0;
        }
        out().println("History of order " + o.label() + ": " + history.entries().size() + " entries"
                + history.head().map(h -> ", head " + h).orElse(""));
        for (HistoryEntry e : history.entries()) {
            String first = String.format("%4d  %s UTC  %s", e.number(), WHEN.format(e.at()), e.by());
            for (int i = 0; i < e.changes().size(); i++) {
                out().println((i == 0 ? first : " ".repeat(first.length())) + "  " + said(e.changes().get(i)));
            }
        }
        return 0;
    }

    /** "payment 1: amount.amount 3700.00 -> 3750.00", "file 12 added: Payments/a.png". */
    static String said(HistoryEntry.Change c) {
        if (c.added()) {
            return c.item() + " added: " + c.after();
        }
        if (c.removed()) {
            return c.item() + " removed: " + c.before();
        }
        String field = c.field().isEmpty() ? "" : " " + c.field();
        return c.item() + ":" + field + " " + shown(c.before()) + " -> " + shown(c.after());
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }
}
