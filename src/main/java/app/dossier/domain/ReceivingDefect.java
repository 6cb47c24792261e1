package app.dossier.domain;

import java.util.List;
import java.util.Objects;

/**
 * One kind of defect the warehouse found: how many (units, or cartons for damaged packaging) and the
 * receiving photos that show it, by evidence id.
 */
public record ReceivingDefect(DefectKind kind, long count, List<Long> evidenceIds) {

    public ReceivingDefect {
        Objects.requireNonNull(kind, "kind");
        evidenceIds = List.copyOf(evidenceIds);
    }

    public ReceivingDefect(DefectKind kind, long count) {
        this(kind, count, List.of());
    }
}
