package app.dossier.cli;

import app.dossier.domain.Factory;
import app.dossier.service.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "factories", description = "List the factories.")
final class FactoriesCommand extends DataCommand implements ReadsOnly {
    @Option(names = "--archived", description = "List the archived factories instead.")
    boolean archived;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    int run(Services services) {
        Map<Long, java.time.Instant> archivedAt = services.factories().archived();
        List<Factory> factories = archived
                ? services.factories().list(true).stream().filter(f -> archivedAt.containsKey(f.id())).toList()
                : services.factories().list();
        Map<Long, Long> orders = services.orders().list(null, true).stream()
                .collect(Collectors.groupingBy(s -> s.order().factoryId(), Collectors.counting()));
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Factory f : factories) {
                list.add(Described.factory(f, orders.getOrDefault(f.id(), 0L)));
            }
            Json.print(out(), list);
            return 0;
        }
        if (factories.isEmpty() && archived) {
            out().println("No archived factories.");
            return 0;
        }
        if (factories.isEmpty()) {
            out().println("No factories yet. Add one with 'dossier add-factory NAME', or load the sample with 'dossier sample'.");
            return 0;
        }
        Table table = new Table("ID", "NAME", "LATIN NAME", "ORDERS", "WECHAT");
        for (Factory f : factories) {
            table.row(f.id(), f.name(), f.latinName(), orders.getOrDefault(f.id(), 0L), f.wechatId());
        }
        table.print(out());
        return 0;
    }
}
