package app.dossier.cli;

import app.dossier.domain.DateInput;
import app.dossier.domain.guidance.CategoryCheck;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.GuidanceWords;
import app.dossier.domain.guidance.OrderCompleteness;
import app.dossier.domain.words.Words;
import app.dossier.service.Services;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = {
    "What is missing, what is late, and what to do next: the guidance findings for every order, or one.",
    "Exit 0 when nothing is found, 1 when something is."})
final class CheckCommand extends DataCommand implements ReadsOnly {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ORDER", description = "Only this order (number or id).")
    String order;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private final GuidanceWords english = GuidanceWords.english();

    @Override
    int run(Services services) {
        Long orderId = order == null ? null : services.orders().find(order).id();
        List<Finding> findings = services.guidance().findings(orderId);
        List<OrderCompleteness> gaps = orderId == null ? services.guidance().ordersWithGaps()
                : List.of(services.guidance().completeness(orderId)).stream().filter(OrderCompleteness::hasGaps).toList();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> list = new ArrayList<>();
            for (Finding f : findings) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("kind", f.kind().name());
                item.put("severity", f.severity().name());
                item.put("orderId", f.orderId());
                item.put("order", f.orderLabel());
                item.put("due", f.due() == null ? null : f.due().toString());
                item.put("urgency", f.urgency() == null ? null : f.urgency().name());
                item.put("message", english.finding(f));
                list.add(item);
            }
            m.put("findings", list);
            List<Object> incomplete = new ArrayList<>();
            for (OrderCompleteness c : gaps) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("orderId", c.orderId());
                item.put("order", c.orderLabel());
                Map<String, Object> categories = new LinkedHashMap<>();
                for (CategoryCheck check : c.categories()) {
                    categories.put(check.category().shortName(), check.status().name());
                }
                item.put("categories", categories);
                item.put("readyForDispute", c.readiness().ready());
                incomplete.add(item);
            }
            m.put("ordersWithGaps", incomplete);
            Json.print(out(), m);
        } else {
            Words words = english.words();
            Table table = new Table(words.get("cli.check.column.severity"), words.get("cli.check.column.order"),
                    words.get("cli.check.column.finding"), words.get("cli.check.column.due"),
                    words.get("cli.check.column.whatToDo"));
            for (Finding f : findings) {
                table.row(f.severity(), f.orderLabel(), f.kind(), f.due() == null ? "" : DateInput.format(f.due()),
                        english.finding(f));
            }
            if (!findings.isEmpty()) {
                table.print(out());
            }
            for (OrderCompleteness c : gaps) {
                out().println(words.get("cli.check.gaps", c.orderLabel(), c.gaps().stream().map(english::describe)
                        .collect(Collectors.joining(words.get("cli.check.gapsBetween")))));
            }
            if (findings.isEmpty() && gaps.isEmpty()) {
                err().println(words.get("cli.check.nothing"));
            }
        }
        return findings.isEmpty() && gaps.isEmpty() ? 0 : 1;
    }
}
