package app.dossier.domain;

import java.util.Collection;
import java.util.Set;

/**
 * The clashes of an import whose file side the user chose to take, by order number; every other
 * clash is left as Dossier has it. Nothing is taken unless chosen.
 */
public record TakenClashes(boolean all, Set<String> orderNumbers) {
    public static final TakenClashes NONE = new TakenClashes(false, Set.of());
    public static final TakenClashes ALL = new TakenClashes(true, Set.of());

    public TakenClashes {
        orderNumbers = Set.copyOf(orderNumbers);
    }

    public static TakenClashes of(Collection<String> orderNumbers) {
        return new TakenClashes(false, Set.copyOf(orderNumbers));
    }

    public boolean takes(String orderNumber) {
        return all || orderNumbers.contains(orderNumber);
    }
}
