package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.app.Composition;
import app.dossier.domain.DefectKind;
import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.domain.HistoryEntry;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.Person;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
import app.dossier.domain.Role;
import app.dossier.store.DatabaseAddress;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People, not PCs (issue 18, part 3): each person signs in with their own login; the warehouse records
 * receiving and its photos and nothing else, a viewer reads, and the server refuses the same as the
 * services do; the history names who made each change. Only on PostgreSQL.
 */
class PeopleAndRolesTest {

    @TempDir
    Path temp;

    private Workspace desk;
    private Order order;
    private String warehouse;
    private String viewer;

    @BeforeEach
    void aDeskWithAnOrderAndTwoMorePeople() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onPostgres(), "logins and roles are PostgreSQL's");
        desk = new Workspace(temp);
        Factory jiamei = desk.factory("义乌市佳美日用品有限公司");
        order = desk.order(jiamei, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        String suffix = TestDatabases.newLoginSuffix();
        warehouse = "hương_kho_" + suffix;
        viewer = "minh_xem_" + suffix;
        assertThat(desk.services().team().addPerson(warehouse, Role.WAREHOUSE, "mật-khẩu")).isEmpty();
        assertThat(desk.services().team().addPerson(viewer, Role.VIEWER, null)).isEmpty();
        desk.closeServices();
    }

    @Test
    void theWarehouseSavesAReceivingRecordWithPhotosAndTheHistorySaysWho() throws Exception {
        Path cracked = desk.photo("nứt tay cầm.jpg", 9);
        Path carton = desk.photo("thùng hàng.jpg", 10);
        try (Services kho = signIn(warehouse)) {
            assertThat(kho.person().login()).isEqualTo(warehouse);
            assertThat(kho.person().role()).isEqualTo(Role.WAREHOUSE);

            ReceivingRecord saved = kho.receiving().save(new ReceivingRecord(0, order.id(),
                    LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9, 200, 180, PackagingCondition.SOME_DAMAGE, "thùng móp",
                    32, 3, "tay cầm bị nứt", "Hương", null, null)
                    .withDefects(List.of(new ReceivingDefect(DefectKind.SHORT, 20), new ReceivingDefect(DefectKind.CRACKED, 3))),
                    List.of(EvidenceInput.of(cracked), EvidenceInput.of(carton)), Map.of(DefectKind.CRACKED, List.of(cracked)));

            assertThat(saved.unitsReceived()).isEqualTo(180);
            assertThat(kho.evidence().ofOrder(order.id())).hasSize(2);
            List<HistoryEntry> history = kho.history().of(order.id()).entries();
            assertThat(history.get(0).by()).as("the desk added the order").isEqualTo("postgres");
            assertThat(history.get(history.size() - 1).by()).isEqualTo(warehouse);
            assertThat(kho.search().search("nut tay cam")).isNotEmpty();
            assertThat(kho.verify().verify(ProgressListener.NONE).consistent()).isTrue();
        }
    }

    @Test
    void theWarehouseCannotRecordAPaymentThroughTheServiceNothingChanged() throws Exception {
        Path alipay = desk.photo("alipay.png", 2);
        try (Services kho = signIn(warehouse)) {
            List<String> before = Snapshot.rows(kho.location());

            assertThatThrownBy(() -> kho.payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 2),
                    Money.of("3700.00", Money.CNY), new BigDecimal("3650"), PaymentCovers.FULL, "Alipay", null, null,
                    null, null), EvidenceInput.of(alipay)))
                    .isInstanceOfSatisfying(DossierException.class,
                            e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.LOGIN_RECEIVING_ONLY))
                    .hasMessageContaining("Your login " + warehouse + " (warehouse) can record receiving");
            assertThatThrownBy(() -> kho.orders().remove(order.id()))
                    .hasMessageContaining("can record receiving and its photos only");

            assertThat(Snapshot.rows(kho.location())).isEqualTo(before);
            assertThat(kho.payments().ofOrder(order.id())).isEmpty();
        }
    }

    @Test
    void theWarehouseCannotRecordAPaymentWithSqlEither() throws Exception {
        try (Connection c = TestDatabases.connect(as(warehouse)); Statement s = c.createStatement()) {
            assertThat(refusedCode(s, "INSERT INTO payment (order_id, paid_on, amount_minor, currency, covers)"
                    + " VALUES (" + order.id() + ", '2026-09-02', 370000, 'CNY', 'FULL')")).isEqualTo("42501");
            assertThat(refusedCode(s, "UPDATE purchase_order SET quantity = 1")).isEqualTo("42501");
            assertThat(refusedCode(s, "DELETE FROM history_entry")).isEqualTo("42501");
            assertThat(refusedCode(s, "INSERT INTO evidence (order_id, category, file, original_name, sha256, size,"
                    + " media_type, added_at) VALUES (" + order.id() + ", 'PAYMENT', 'x.png', 'x.png', '"
                    + "0".repeat(64) + "', 1, 'image/png', '2026-09-02T10:00:00Z')"))
                    .as("a file the warehouse adds is a delivery's photo").isEqualTo("42501");
            try (var rows = s.executeQuery("SELECT count(*) FROM payment")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    @Test
    void aViewerReadsAndSearchesButEveryChangeIsRefusedByServiceAndServer() throws Exception {
        try (Services xem = signIn(viewer)) {
            assertThat(xem.person().role()).isEqualTo(Role.VIEWER);
            assertThat(xem.orders().list(null)).extracting(o -> o.order().orderNumber()).containsExactly("2837461920384756123");
            assertThat(xem.search().search("佳美")).isNotEmpty();
            List<String> before = Snapshot.rows(xem.location());

            assertThatThrownBy(() -> xem.factories().add(new Factory(0, "Công ty Khang An", null, null, null, null,
                    null, null)))
                    .isInstanceOfSatisfying(DossierException.class,
                            e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.LOGIN_READS_ONLY));
            assertThatThrownBy(() -> xem.receiving().save(new ReceivingRecord(0, order.id(),
                    LocalDateTime.of(2026, 10, 3, 9, 40), null, null, 200, 200, PackagingCondition.INTACT, null, 10, 0,
                    null, "Minh", null, null), List.of()))
                    .hasMessageContaining("can read only");

            assertThat(Snapshot.rows(xem.location())).isEqualTo(before);
        }
        try (Connection c = TestDatabases.connect(as(viewer)); Statement s = c.createStatement()) {
            assertThat(refusedCode(s, "INSERT INTO factory (name, folder) VALUES ('Khang An', 'khang-an')"))
                    .isEqualTo("42501");
            assertThat(refusedCode(s, "UPDATE receiving_record SET units_received = 0")).isEqualTo("42501");
            try (var rows = s.executeQuery("SELECT product FROM purchase_order")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("硅胶铲5件套");
            }
        }
    }

    @Test
    void theTeamListsEachPersonWithTheirRole() {
        try (Services owner = desk.composition().open(desk.location())) {
            assertThat(owner.person().role()).as("the login that made the tables").isEqualTo(Role.DESK);
            assertThat(owner.team().people()).extracting(p -> p.login() + " " + p.role())
                    .contains(warehouse + " WAREHOUSE", viewer + " VIEWER");
        }
    }

    @Test
    void anOwnerWhoMayNotMakeLoginsIsGivenTheSqlForTheServersAdministrator() throws Exception {
        String owner = "chu_" + TestDatabases.newLoginSuffix();
        DatabaseAddress server = desk.location().database();
        try (Connection c = TestDatabases.connect(server); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN");
            s.execute("CREATE DATABASE " + owner + " OWNER " + owner);
        }
        DatabaseAddress own = new DatabaseAddress(server.host(), server.port(), owner, owner, null);
        Path data = temp.resolve("owner");
        try (Services chu = new Composition(Checkpoint.NONE, Workspace.CLOCK).open(new DataLocation(data,
                data.resolve(DataLocation.DEFAULT_CASE_FILES), own))) {
            assertThat(chu.person().role()).as("the login that made the tables").isEqualTo(Role.DESK);
            chu.factories().add(new Factory(0, "Công ty Khang An", null, null, null, null, null, null));

            String sql = chu.team().addPerson("lan", Role.WAREHOUSE, null).orElseThrow();

            assertThat(sql).contains("\\connect \"" + owner + "\"", "SELECT dossier_grant_roles();",
                    "CREATE ROLE \"lan\" LOGIN IN ROLE dossier_warehouse;", "\\password \"lan\"");
            assertThat(chu.team().people()).extracting(Person::login).doesNotContain("lan");
        }
    }

    private Services signIn(String login) {
        return new Composition(Checkpoint.NONE, Workspace.CLOCK).open(new DataLocation(desk.location().dataFolder(),
                desk.location().caseFilesRoot(), as(login)));
    }

    private DatabaseAddress as(String login) {
        DatabaseAddress server = desk.location().database();
        return new DatabaseAddress(server.host(), server.port(), server.database(), login, null);
    }

    private static String refusedCode(Statement s, String sql) {
        try {
            s.execute(sql);
            return "done";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
