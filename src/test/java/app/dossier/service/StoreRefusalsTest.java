package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.store.Factories;
import app.dossier.store.Session;
import app.dossier.store.Storage;
import app.dossier.store.StoreException;
import app.dossier.store.Transaction;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.CaseJson;
import app.dossier.tree.ChangeJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A refusal of the store is said by its kind, in the same words whatever database stands behind the
 * repositories; here a fake one, so no SQLite is involved.
 */
class StoreRefusalsTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(StoreException.Kind.class)
    void aFactoryTheStoreRefusesIsReportedInWordsAndNothingIsLeftOnDisk(StoreException.Kind kind) throws Exception {
        Path root = Files.createDirectories(temp.resolve("Case files"));
        Files.createDirectories(root.resolve("Xưởng cũ"));
        FakeStorage storage = new FakeStorage();
        Factories refusing = new RefusingFactories(new StoreException(kind, "CHECK (name <> '')", null));
        CaseRecords records = new CaseRecords(refusing, null, null, null, null, null, null);
        UnitOfWork work = new UnitOfWork(storage, refusing, new CaseFileTree(root), Checkpoint.NONE,
                new ChangeJournal(temp.resolve("pending")), false, UndoSteps.inMemory());
        FactoryService factories = new FactoryService(work, refusing, null, records,
                new CaseFiles(new CaseFileTree(root), new CaseJson(), records), null, java.time.Clock.systemUTC());

        assertThatThrownBy(() -> factories.add(new Factory(0, "佳美", null, null, null, null, null, null)))
                .isInstanceOf(DossierException.class)
                .hasMessage("Could not add the factory “佳美”: " + expected(kind) + " Nothing was changed.");
        assertThat(storage.rolledBack).isTrue();
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).containsExactly(root.resolve("Xưởng cũ"));
        }
    }

    private static String expected(StoreException.Kind kind) {
        return switch (kind) {
            case ORDER_NUMBER_TAKEN -> "another order already has this order number.";
            case FOLDER_TAKEN -> "another record already uses this folder.";
            case MISSING_RECORD -> "it refers to a record that does not exist.";
            case OUT_OF_RANGE -> "a value is out of range (CHECK (name <> '')).";
            case BUSY -> "the database is in use by another program, perhaps a second Dossier. Close it and try again.";
            case DISK_FULL -> "the disk is full. Free some space and try again.";
            case READ_ONLY -> "the database cannot be written (the folder or file is read-only).";
            case OTHER -> "the database refused the change (CHECK (name <> '')).";
        };
    }

    /** Factories whose every insert is refused; it knows none. */
    private record RefusingFactories(StoreException refusal) implements Factories {
        @Override
        public Factory insert(Session session, Factory factory) {
            throw refusal;
        }

        @Override
        public void update(Session session, Factory factory) {
            throw refusal;
        }

        @Override
        public List<Factory> all(Session session) {
            return List.of();
        }

        @Override
        public Optional<Factory> byId(Session session, long id) {
            return Optional.empty();
        }

        @Override
        public List<Factory> byName(Session session, String name) {
            return List.of();
        }

        @Override
        public void delete(Session session, long id) {
            throw refusal;
        }

        @Override
        public void setArchived(Session session, long id, java.time.Instant at) {
            throw refusal;
        }

        @Override
        public java.util.Map<Long, java.time.Instant> archived(Session session) {
            return java.util.Map.of();
        }
    }

    /** Storage with nothing behind it, remembering whether the change was rolled back. */
    private static final class FakeStorage implements Storage {
        boolean rolledBack;

        @Override
        public <T> T read(Reading<T> work) {
            return work.run(null);
        }

        @Override
        public Transaction begin() {
            return new Transaction() {
                private boolean committed;

                @Override
                public Session session() {
                    return null;
                }

                @Override
                public <T> T inPart(Supplier<T> part) {
                    return part.get();
                }

                @Override
                public void commit() {
                    committed = true;
                }

                @Override
                public boolean committed() {
                    return committed;
                }

                @Override
                public void close() {
                    rolledBack = !committed;
                }
            };
        }

        @Override
        public long backupTo(Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long changesBegun() {
            return 0;
        }

        @Override
        public <T> T whileNoChange(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
