package app.dossier.service;

import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one search box: factories, orders and evidence by number, name, product or caption. */
public final class SearchService {
    private static final int LIMIT = 50;
    private final CaseWriter writer;

    public SearchService(CaseWriter writer) {
        this.writer = writer;
    }

    public List<SearchHit> search(String query) {
        String wanted = Text.clean(query);
        if (wanted == null) {
            return List.of();
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        return writer.read(db -> {
            List<SearchHit> hits = new ArrayList<>();
            List<Factory> factories = writer.store().factories().all(db);
            Map<Long, Factory> byId = factories.stream().collect(Collectors.toMap(Factory::id, Function.identity()));
            for (Factory f : factories) {
                if (contains(needle, f.name(), f.latinName(), f.wechatId(), f.contact(), f.notes())) {
                    hits.add(new SearchHit(SearchHit.Kind.FACTORY, f.displayName(), f.wechatId(), f.id(), 0, 0));
                }
            }
            List<Order> orders = writer.store().orders().all(db);
            Map<Long, Order> orderById = orders.stream().collect(Collectors.toMap(Order::id, Function.identity()));
            for (Order o : orders) {
                if (contains(needle, o.orderNumber(), o.product(), o.notes(), o.specs().colors(), o.specs().packaging())) {
                    hits.add(new SearchHit(SearchHit.Kind.ORDER, o.label(), o.orderedOn() + " · "
                            + byId.get(o.factoryId()).name() + " · " + o.product(), o.factoryId(), o.id(), 0));
                }
            }
            for (Evidence e : writer.store().evidence().all(db)) {
                if (contains(needle, e.caption(), e.originalName(), e.fileName())) {
                    Order o = orderById.get(e.orderId());
                    hits.add(new SearchHit(SearchHit.Kind.EVIDENCE, e.caption() == null ? e.fileName() : e.caption(),
                            o.label() + " · " + e.file(), o.factoryId(), o.id(), e.id()));
                }
            }
            return hits.size() > LIMIT ? List.copyOf(hits.subList(0, LIMIT)) : hits;
        });
    }

    private static boolean contains(String needle, String... fields) {
        for (String field : fields) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
