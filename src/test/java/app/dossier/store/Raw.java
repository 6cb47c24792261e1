package app.dossier.store;

/** Plain SQL against a store, for tests that look at what SQLite itself holds. */
final class Raw {
    private Raw() {
    }

    static <T> T sql(Storage storage, Sql.Work<T> work) {
        return storage.read(session -> Sql.call(session, work));
    }
}
