package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file: WAL, foreign keys, schema from the migrations. */
class DatabaseTest {
    @TempDir
    Path temp;

    private static String pragma(Storage db, String name) {
        return Raw.sql(db, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void opensInWalModeWithForeignKeysAndTheSchemaMigrated() {
        try (Store store = Store.open(temp.resolve("dossier.db"))) {
            assertThat(pragma(store.database(), "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(store.database(), "foreign_keys")).isEqualTo("1");
            String version = Raw.sql(store.database(), c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1"
                             + " AND version IS NOT NULL")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            java.nio.file.Path migrations = java.nio.file.Path.of("src/main/resources/db/migration");
            try (var files = java.nio.file.Files.list(migrations)) {
                assertThat(version).as("every migration applied").isEqualTo(String.valueOf(files.count()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void reopeningDoesNotMigrateAgainAndKeepsRecords() throws Exception {
        Path file = temp.resolve("dossier.db");
        try (Store store = Store.open(file); Transaction tx = store.database().begin()) {
            store.factories().insert(tx.session(), new app.dossier.domain.Factory(0, "佳美", null, null, null, null,
                    null, "佳美"));
            tx.commit();
        }
        try (Store store = Store.open(file)) {
            assertThat(store.database().read(store.factories()::all)).extracting("name").containsExactly("佳美");
        }
    }

    @Test
    void aTransactionNotCommittedIsRolledBack() {
        try (Store store = Store.open(temp.resolve("dossier.db"))) {
            try (Transaction tx = store.database().begin()) {
                store.factories().insert(tx.session(), new app.dossier.domain.Factory(0, "佳美", null, null, null,
                        null, null, "佳美"));
            }
            assertThat(store.database().read(store.factories()::all)).isEmpty();
        }
    }

    @Test
    void anOrderCannotPointAtAFactoryThatDoesNotExist() {
        try (Store store = Store.open(temp.resolve("dossier.db")); Transaction tx = store.database().begin()) {
            assertThatThrownBy(() -> store.orders().insert(tx.session(), new app.dossier.domain.Order(0, 42, "1",
                    app.dossier.domain.Channel.PLATFORM, app.dossier.domain.OrderKind.STANDARD, "x",
                    app.dossier.domain.AgreedSpecs.NONE, 1, "pcs", app.dossier.domain.Money.of("1.00", "CNY"),
                    java.time.LocalDate.of(2026, 1, 1), null, null, null, "f/o")))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.MISSING_RECORD))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aDatabaseFromBeforeTheSearchIndexHasItFilledWhenOpened() throws Exception {
        Path file = temp.resolve("dossier.db");
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(old)
                .locations("classpath:db/migration").target("1").load().migrate();
        try (java.sql.Connection c = old.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO factory (id, name, folder) VALUES (1, 'Xưởng Đông Hưng', 'Dong Hung')");
        }
        try (Store store = Store.open(file)) {
            java.util.List<SearchIndex.Entry> found = store.database()
                    .read(c -> store.search().find(c, "dong hung", 10));
            assertThat(found).extracting(SearchIndex.Entry::recordId).containsExactly(1L);
        }
    }

    private static app.dossier.domain.Order order(long factoryId, String number, String folder) {
        return new app.dossier.domain.Order(0, factoryId, number, app.dossier.domain.Channel.PLATFORM,
                app.dossier.domain.OrderKind.STANDARD, "x", app.dossier.domain.AgreedSpecs.NONE, 1, "pcs",
                app.dossier.domain.Money.of("1.00", "CNY"), java.time.LocalDate.of(2026, 1, 1), null, null, null, folder);
    }

    @Test
    void aSecondOrderWithTheSameNumberIsRefusedAsNumberTaken() {
        try (Store store = Store.open(temp.resolve("dossier.db")); Transaction tx = store.database().begin()) {
            long factory = store.factories().insert(tx.session(), new app.dossier.domain.Factory(0, "佳美", null, null,
                    null, null, null, "佳美")).id();
            store.orders().insert(tx.session(), order(factory, "2837", "佳美/a"));
            assertThatThrownBy(() -> store.orders().insert(tx.session(), order(factory, "2837", "佳美/b")))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.ORDER_NUMBER_TAKEN));
        }
    }

    @Test
    void aPartRefusedInsideATransactionIsUndoneAndTheRestIsKept() {
        try (Store store = Store.open(temp.resolve("dossier.db"))) {
            try (Transaction tx = store.database().begin()) {
                long factory = store.factories().insert(tx.session(), new app.dossier.domain.Factory(0, "佳美", null,
                        null, null, null, null, "佳美")).id();
                assertThatThrownBy(() -> tx.inPart(() -> {
                    store.orders().insert(tx.session(), order(factory, "1", "佳美/a"));
                    return store.orders().insert(tx.session(), order(42, "2", "佳美/b"));
                })).isInstanceOf(StoreException.class);
                store.orders().insert(tx.session(), order(factory, "3", "佳美/c"));
                tx.commit();
            }
            assertThat(store.database().read(store.orders()::all)).extracting("orderNumber").containsExactly("3");
        }
    }

    @Test
    void aDatabaseFromBeforeDefectsByKindOpensWithItsReceivingRecordIntactAndNoDefects() throws Exception {
        Path file = temp.resolve("dossier.db");
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(old)
                .locations("classpath:db/migration").target("4").load().migrate();
        try (java.sql.Connection c = old.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO factory (id, name, folder) VALUES (1, '佳美', '佳美')");
            s.executeUpdate("INSERT INTO purchase_order (id, factory_id, order_number, channel, kind, product, quantity,"
                    + " unit, unit_price_minor, currency, ordered_on, folder) VALUES (7, 1, '2837', 'PLATFORM',"
                    + " 'STANDARD', 'cups', 500, 'pcs', 100, 'CNY', '2026-09-01', '佳美/2837')");
            s.executeUpdate("INSERT INTO receiving_record (id, order_id, arrived_at, parcels_expected, parcels_received,"
                    + " units_expected, units_received, packaging_condition, units_sampled, defective_units,"
                    + " defect_notes, inspected_by) VALUES (3, 7, '2026-10-03T09:40', 5, 5, 500, 480, 'SOME_DAMAGE',"
                    + " 50, 4, '3 cracked', 'Lan')");
        }
        try (Store store = Store.open(file)) {
            app.dossier.domain.ReceivingRecord r = store.database().read(s -> store.receiving().ofOrder(s, 7))
                    .orElseThrow();
            assertThat(r.id()).isEqualTo(3);
            assertThat(r.unitsReceived()).isEqualTo(480);
            assertThat(r.defectiveUnits()).isEqualTo(4);
            assertThat(r.defectNotes()).isEqualTo("3 cracked");
            assertThat(r.inspectedBy()).isEqualTo("Lan");
            assertThat(r.packagingCondition()).isEqualTo(app.dossier.domain.PackagingCondition.SOME_DAMAGE);
            assertThat(r.defects()).isEmpty();
        }
    }

    @Test
    void defectsAreKeptInTheirOrderWithTheirFilesReplacedOnSaveAndALinkGoesWithItsFile() {
        try (Store store = Store.open(temp.resolve("dossier.db"))) {
            long[] ids = new long[3];
            try (Transaction tx = store.database().begin()) {
                long factory = store.factories().insert(tx.session(), new app.dossier.domain.Factory(0, "佳美", null,
                        null, null, null, null, "佳美")).id();
                long order = store.orders().insert(tx.session(), order(factory, "2837", "佳美/a")).id();
                ids[0] = order;
                ids[1] = store.evidence().insert(tx.session(), photo(order, "a")).id();
                ids[2] = store.evidence().insert(tx.session(), photo(order, "b")).id();
                store.receiving().save(tx.session(), receiving(order).withDefects(java.util.List.of(
                        new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.SHORT, 20,
                                java.util.List.of(ids[2], ids[1])),
                        new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.CRACKED, 3,
                                java.util.List.of(ids[1])),
                        new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.DAMAGED_PACKAGING, 1))));
                tx.commit();
            }
            var read = store.database().read(s -> store.receiving().ofOrder(s, ids[0])).orElseThrow();
            assertThat(read.defects()).containsExactly(
                    new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.SHORT, 20,
                            java.util.List.of(ids[2], ids[1])),
                    new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.CRACKED, 3,
                            java.util.List.of(ids[1])),
                    new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.DAMAGED_PACKAGING, 1));
            assertThat(store.database().read(store.receiving()::all)).singleElement()
                    .isEqualTo(read);
            try (Transaction tx = store.database().begin()) {
                store.evidence().delete(tx.session(), ids[1]);
                tx.commit();
            }
            assertThat(store.database().read(s -> store.receiving().ofOrder(s, ids[0])).orElseThrow().defects())
                    .extracting(app.dossier.domain.ReceivingDefect::evidenceIds)
                    .containsExactly(java.util.List.of(ids[2]), java.util.List.of(), java.util.List.of());
            try (Transaction tx = store.database().begin()) {
                store.receiving().save(tx.session(), receiving(ids[0]).withDefects(java.util.List.of(
                        new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.STAINED, 2))));
                tx.commit();
            }
            assertThat(store.database().read(s -> store.receiving().ofOrder(s, ids[0])).orElseThrow().defects())
                    .containsExactly(new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.STAINED, 2));
        }
    }

    private static app.dossier.domain.ReceivingRecord receiving(long orderId) {
        return new app.dossier.domain.ReceivingRecord(0, orderId, java.time.LocalDateTime.of(2026, 10, 3, 9, 40), 5, 5,
                500, 480, app.dossier.domain.PackagingCondition.SOME_DAMAGE, null, 50, 4, null, "Lan", null, null);
    }

    private static app.dossier.domain.Evidence photo(long orderId, String name) {
        return new app.dossier.domain.Evidence(0, orderId, app.dossier.domain.EvidenceCategory.RECEIVING,
                "Receiving/" + name + ".jpg", name + ".jpg", (name + "0".repeat(64)).substring(0, 64), 10, "image/jpeg",
                null, java.time.Instant.parse("2026-10-03T10:00:00Z"), null, null);
    }
}
