package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.service.TestDatabases;
import app.dossier.store.DatabaseAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings › Records kept: the records moved from the server back to this PC's dossier.db and from
 * there onto another server, from the window, each time asked first, the window reopened on the records
 * where they are now, every order still there; an address that is not one is refused under the field.
 * Then the PC uses the records on a server as a PC of the team does: one that is not there leaves it on
 * the records it had, saying why; the one that is there is used and remembered.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class MovingRecordsWindowTest {
    private static final Path SHOTS = Path.of("target/screenshots");

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
    void theRecordsMoveToThisPcAndOntoAnotherServerFromSettings(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "moving to a server needs one: -Ddossier.test.database=…");
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        DataLocation start = fixture.workspace().location();
        List<String> orders = fixture.workspace().services().orders().list(null).stream().map(s -> s.order().orderNumber())
                .toList();
        assertThat(orders).hasSize(5);

        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#records-place")).isEqualTo("on the server " + start.database());
        robot.clickOn("#move-records");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getContentText()).startsWith("Move every record from the server " + start.database()
                + " into this PC's own database, " + start.databaseFile() + "?");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(done.getContentText()).startsWith("The records are on this PC again, in " + start.databaseFile()
                + ": 5 orders, ").matches(".*: 5 orders, [1-9]\\d* files, [1-9]\\d* payments, checked equal\\.");
        robot.clickOn("OK");
        assertThat(Files.exists(start.databaseFile())).isTrue();
        assertThat(DataLocation.peek(start.dataFolder(), null).onPostgres()).as("the folder remembers").isFalse();
        assertThat(orderNumbers()).containsExactlyInAnyOrderElementsOf(orders);

        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#records-place")).isEqualTo("on this PC, in " + start.databaseFile());
        fixture.screenshot(robot.lookup("#records-place").queryAs(Label.class).getScene().getRoot(),
                SHOTS.resolve("settings-records-on-this-pc.png"));
        robot.clickOn("#move-records");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#server-address").write("192.168.1.20/dossier");
        robot.clickOn(button(robot, "Move"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#server-address-problem")).contains("192.168.1.20/dossier")
                .contains("postgresql://");
        DatabaseAddress server = TestDatabases.newEmpty();
        robot.lookup("#server-address").queryAs(TextField.class).setText(server.toString());
        fixture.screenshot(robot.lookup("#server-address").queryAs(TextField.class).getScene().getRoot(),
                SHOTS.resolve("move-to-server.png"));
        robot.clickOn(button(robot, "Move"));
        WaitForAsyncUtils.waitForFxEvents();

        done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(done.getContentText()).startsWith("The records are on the server " + server + ": 5 orders, ")
                .endsWith("checked equal.");
        robot.clickOn("OK");
        assertThat(DataLocation.peek(start.dataFolder(), null).database()).isEqualTo(server);
        assertThat(orderNumbers()).containsExactlyInAnyOrderElementsOf(orders);
        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#records-place")).isEqualTo("on the server " + server);
        robot.clickOn("Cancel");

        // a PC of the team uses the records on a server: first one that is not there, then the first one
        services().factories().add(new app.dossier.domain.Factory(0, "Xưởng mới trên máy chủ thứ hai", null, null, null,
                null, null, null));
        DatabaseAddress none = start.database().withDatabase("khong_co_csdl_nay");
        useServer(robot, none.toString());
        assertThat(fixture.window().shell().context().services().location().database()).isEqualTo(server);
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .startsWith("This PC works on its own records, as before: the records on the server could not be opened.");
        robot.clickOn("OK");
        assertThat(DataLocation.peek(start.dataFolder(), null).database()).as("nothing remembered").isEqualTo(server);

        useServer(robot, start.database().toString());
        assertThat(label(robot, "#status")).isEqualTo("This PC now works on the records on the server "
                + start.database() + ", with the case files in " + start.caseFilesRoot() + ".");
        assertThat(DataLocation.peek(start.dataFolder(), null).database()).isEqualTo(start.database());
        assertThat(orderNumbers()).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(services().factories().list()).extracting(app.dossier.domain.Factory::name)
                .doesNotContain("Xưởng mới trên máy chủ thứ hai");
        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#records-place")).isEqualTo("on the server " + start.database());
        robot.clickOn("Cancel");
        services().close();
    }

    private void useServer(FxRobot robot, String address) throws Exception {
        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#use-server");
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#server-address").queryAs(TextField.class).setText(address);
        assertThat(robot.lookup("#server-case-files").queryAs(TextField.class).getText())
                .isEqualTo(services().location().caseFilesRoot().toString());
        fixture.screenshot(robot.lookup("#server-address").queryAs(TextField.class).getScene().getRoot(),
                SHOTS.resolve("use-records-on-a-server.png"));
        robot.clickOn(button(robot, "Use"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Services services() {
        return fixture.window().shell().context().services();
    }

    private List<String> orderNumbers() {
        return services().orders().list(null).stream().map(s -> s.order().orderNumber()).toList();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
