package app.dossier.tree;

import app.dossier.domain.Factory;
import java.time.Instant;

/**
 * A factory's own record, as written to {@code factory.json} in its folder; {@code archivedAt}, when the
 * factory was archived (hidden from the list of factories), is written only while it is.
 */
public record FactoryFile(String format, Factory factory,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Instant archivedAt) {
    public static final String FORMAT = "dossier-factory/1";

    public static FactoryFile of(Factory factory) {
        return new FactoryFile(FORMAT, factory, null);
    }

    public static FactoryFile of(Factory factory, Instant archivedAt) {
        return new FactoryFile(FORMAT, factory, archivedAt);
    }
}
