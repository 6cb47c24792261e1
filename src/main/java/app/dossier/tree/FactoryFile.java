package app.dossier.tree;

import app.dossier.domain.Factory;

/** A factory's own record, as written to {@code factory.json} in its folder. */
public record FactoryFile(String format, Factory factory) {
    public static final String FORMAT = "dossier-factory/1";

    public static FactoryFile of(Factory factory) {
        return new FactoryFile(FORMAT, factory);
    }
}
