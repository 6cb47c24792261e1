package app.dossier.ui.order;

import app.dossier.domain.DateInput;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.SearchText;
import app.dossier.domain.guidance.OrderStatus;
import app.dossier.service.OrderSummary;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What narrows and orders the list of orders: the typed text, a status (the guidance's, see
 * {@link OrderStatus}), a factory, how long ago it was ordered, and newest or oldest first. Each is
 * "any" until chosen; {@link #clear()} puts them all back.
 */
final class OrderFilters {
    /** How long ago the order was placed. */
    enum Period {
        ANY(0), LAST_30_DAYS(30), LAST_90_DAYS(90), LAST_365_DAYS(365);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        boolean includes(LocalDate orderedOn, LocalDate today) {
            return this == ANY || orderedOn != null && !orderedOn.isBefore(today.minusDays(days - 1L));
        }
    }

    /** Which orders come first. */
    enum Sort { NEWEST, OLDEST }

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Factory> factory = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.ANY);
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.NEWEST);
    private final BooleanBinding narrowing = Bindings.createBooleanBinding(this::narrows, text, status, factory,
            period);

    StringProperty text() {
        return text;
    }

    /** null: any status. */
    ObjectProperty<OrderStatus> status() {
        return status;
    }

    /** null: every factory. */
    ObjectProperty<Factory> factory() {
        return factory;
    }

    ObjectProperty<Period> period() {
        return period;
    }

    ObjectProperty<Sort> sort() {
        return sort;
    }

    /** True while something leaves orders out (the order of the list does not). */
    BooleanBinding narrowing() {
        return narrowing;
    }

    /** What to listen to for a new predicate. */
    Observable[] parts() {
        return new Observable[] {text, status, factory, period};
    }

    private boolean narrows() {
        return !Optional.ofNullable(text.get()).orElse("").isBlank() || status.get() != null || factory.get() != null
                || period.get() != Period.ANY;
    }

    /** Everything back to "any", newest first. */
    void clear() {
        text.set("");
        status.set(null);
        factory.set(null);
        period.set(Period.ANY);
        sort.set(Sort.NEWEST);
    }

    /**
     * The orders the filters let through; {@code statuses} by order id, null while not known yet (then a
     * chosen status lets nothing through).
     */
    Predicate<OrderSummary> matching(Map<Long, Set<OrderStatus>> statuses, LocalDate today) {
        Predicate<OrderSummary> typed = matching(text.get());
        OrderStatus wantedStatus = status.get();
        Factory wantedFactory = factory.get();
        Period within = period.get() == null ? Period.ANY : period.get();
        return s -> typed.test(s)
                && (wantedStatus == null || statuses != null
                        && statuses.getOrDefault(s.order().id(), Set.of()).contains(wantedStatus))
                && (wantedFactory == null || s.order().factoryId() == wantedFactory.id())
                && within.includes(s.order().orderedOn(), today);
    }

    /** Newest or oldest ordered first; orders of one day by number, then by id. */
    Comparator<OrderSummary> order() {
        Comparator<OrderSummary> byDate = Comparator.comparing((OrderSummary s) -> s.order().orderedOn(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<OrderSummary> ascending = byDate.thenComparingLong(s -> s.order().id());
        return sort.get() == Sort.OLDEST ? ascending : Comparator.comparing((OrderSummary s) -> s.order().orderedOn(),
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(
                        Comparator.comparingLong((OrderSummary s) -> s.order().id()).reversed());
    }

    static Predicate<OrderSummary> matching(String filterText) {
        String wanted = filterText == null ? "" : SearchText.fold(filterText.strip());
        if (wanted.isEmpty()) {
            return s -> true;
        }
        return s -> haystack(s).contains(wanted);
    }

    private static String haystack(OrderSummary s) {
        Order o = s.order();
        Factory f = s.factory();
        return SearchText.fold(String.join(" ", Optional.ofNullable(o.orderNumber()).orElse(""), o.product(),
                        f == null ? "" : f.name(), f == null || f.latinName() == null ? "" : f.latinName(),
                        DateInput.format(o.orderedOn())));
    }
}
