package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.app.Composition;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.DataLocation;
import app.dossier.service.OrderSummary;
import app.dossier.service.Services;
import app.dossier.service.TestDatabases;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A team on one server: the desk's window is open on Receiving while the warehouse PC, with its own
 * data folder on the same server and case files, saves a delivery. Within a few seconds the desk's
 * window shows the order received and says a change came from another PC.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesFromAnotherPcWindowTest {
    @TempDir
    Path temp;
    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aDeliverySavedOnTheWarehousePcShowsOnTheDesksWindowWithinSeconds(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "a team shares a PostgreSQL server");
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        Order hoodies = fixture.workspace().services().orders().find("2851234098765432101");
        fixture.show(Section.RECEIVING);
        assertThat(finderShows(robot, hoodies.id()).received()).isFalse();

        DataLocation desk = fixture.workspace().location();
        DataLocation warehouse = new DataLocation(temp.resolve("warehouse-pc"), desk.caseFilesRoot(), desk.database());
        try (Services otherPc = new Composition().open(warehouse)) {
            otherPc.receiving().save(new ReceivingRecord(0, hoodies.id(), LocalDateTime.of(2026, 11, 26, 9, 40), 10, 10,
                    hoodies.quantity(), hoodies.quantity() - 5, PackagingCondition.INTACT, "Thiếu 5 cái", 32, 0, null,
                    "Nguyễn Thị Lan", null, null), List.of());
        }

        waitUntil(() -> finderShows(robot, hoodies.id()).received());
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText()
                .equals("Changes to 1 order(s) saved on another PC are shown."));
        fixture.screenshot(Path.of("target/screenshots/receiving-changed-on-another-pc.png"));
    }

    private static OrderSummary finderShows(FxRobot robot, long orderId) {
        @SuppressWarnings("unchecked")
        ListView<OrderSummary> list = robot.lookup("#rcv-orders").queryAs(ListView.class);
        return list.getItems().stream().filter(s -> s.order().id() == orderId).findFirst().orElseThrow();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> {
            boolean[] met = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    met[0] = condition.call();
                } catch (Exception e) {
                    met[0] = false;
                }
            }).get();
            return met[0];
        });
    }
}
