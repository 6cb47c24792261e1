package app.dossier.cli;

import app.dossier.service.SearchHit;
import app.dossier.service.Services;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {
    "Find factories, orders, files (by caption or name) and chat messages. Vietnamese may be typed without",
    "tones (đ as d); Chinese is found by two characters or more; digits anywhere in an order number.",
    "One line per hit: kind, what was found, where it is."})
final class SearchCommand extends DataCommand implements ReadsOnly {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for; every word must be found.")
    List<String> words;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Services services) {
        String query = String.join(" ", words);
        List<SearchHit> hits = services.search().search(query);
        if (json) {
            List<Object> list = new ArrayList<>();
            for (SearchHit hit : hits) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", hit.kind().name());
                m.put("title", hit.title());
                m.put("detail", hit.detail());
                m.put("factoryId", hit.factoryId());
                m.put("orderId", hit.orderId());
                m.put("evidenceId", hit.evidenceId());
                list.add(m);
            }
            Json.print(out(), list);
            return 0;
        }
        if (hits.isEmpty()) {
            err().println("Nothing found for “" + query + "”.");
            return 0;
        }
        Table table = new Table("KIND", "FOUND", "WHERE");
        for (SearchHit hit : hits) {
            table.row(hit.kind(), hit.title(), hit.detail());
        }
        table.print(out());
        return 0;
    }
}
