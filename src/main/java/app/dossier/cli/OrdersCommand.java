package app.dossier.cli;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.MoneyParser;
import app.dossier.service.OrderSummary;
import app.dossier.service.Services;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "orders", description = "List the orders, newest first, with how many files each category holds.")
final class OrdersCommand extends DataCommand implements ReadsOnly {
    @Option(names = "--factory", paramLabel = "NAME", description = "Only this factory's orders (name, part of it, or id).")
    String factory;

    @Option(names = "--archived", description = "List the archived orders instead.")
    boolean archived;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    int run(Services services) {
        Long factoryId = factory == null ? null : services.factories().find(factory).id();
        List<OrderSummary> orders = archived
                ? services.orders().list(factoryId, true).stream().filter(OrderSummary::archived).toList()
                : services.orders().list(factoryId);
        if (json) {
            List<Object> list = new ArrayList<>();
            for (OrderSummary s : orders) {
                list.add(Described.order(s));
            }
            Json.print(out(), list);
            return 0;
        }
        if (orders.isEmpty()) {
            out().println(archived ? "No archived orders." : "No orders yet.");
            return 0;
        }
        Table table = new Table("ID", "ORDER", "ORDERED", "FACTORY", "QTY", "TOTAL", "AGR", "CONF", "PAY", "RECV");
        for (OrderSummary s : orders) {
            table.row(s.order().id(), s.order().label(), s.order().orderedOn(), s.factory().name(),
                    s.order().quantity() + " " + s.order().unit(), MoneyParser.format(s.order().total()),
                    s.count(EvidenceCategory.AGREEMENT), s.count(EvidenceCategory.CONFIRMATION),
                    s.count(EvidenceCategory.PAYMENT), s.count(EvidenceCategory.RECEIVING));
        }
        table.print(out());
        return 0;
    }
}
