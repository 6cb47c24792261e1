package app.dossier.ui.receiving;

import app.dossier.domain.OrderSearch;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Step 1 of the warehouse screen: the orders to choose from, matching what is typed (number,
 * factory, product or date), those not yet received first and the newest first.
 */
public final class OrderFinderModel {
    private final UiContext context;
    private final ObservableList<OrderSummary> all = FXCollections.observableArrayList();
    private final FilteredList<OrderSummary> filtered = new FilteredList<>(all);
    private final SortedList<OrderSummary> matches = new SortedList<>(filtered,
            Comparator.comparing(OrderSummary::received)
                    .thenComparing((OrderSummary s) -> s.order().orderedOn(), Comparator.reverseOrder()));
    private final StringProperty search = new SimpleStringProperty("");

    OrderFinderModel(UiContext context) {
        this.context = context;
        search.addListener((o, was, now) -> filtered.setPredicate(matching(now)));
    }

    /** Reloads the orders, then tells {@code then} the one with this id, if it is there. */
    void reload(Long wantedId, Consumer<OrderSummary> then) {
        BackgroundTask.wrap("", progress -> context.services().orders().list(null))
                .onSuccess(list -> {
                    all.setAll(list);
                    if (wantedId != null) {
                        find(wantedId).ifPresent(then);
                    }
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    Optional<OrderSummary> find(long orderId) {
        return all.stream().filter(s -> s.order().id() == orderId).findFirst();
    }

    static Predicate<OrderSummary> matching(String text) {
        return s -> OrderSearch.matches(s.order(), s.factory(), text);
    }

    /** Orders matching the search; those not yet received first, newest first. */
    public ObservableList<OrderSummary> matches() {
        return matches;
    }

    public StringProperty searchProperty() {
        return search;
    }
}
