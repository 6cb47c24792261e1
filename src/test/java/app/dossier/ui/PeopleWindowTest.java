package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DossierException;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.Role;
import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.ProgressListener;
import app.dossier.service.RebuildReport;
import app.dossier.service.RestoreReport;
import app.dossier.service.Services;
import app.dossier.service.TestDatabases;
import app.dossier.service.Workspace;
import app.dossier.ui.common.Texts;
import app.dossier.ui.shell.Section;
import app.dossier.ui.shell.SignInDialog;
import app.dossier.ui.shell.SignInForm;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * People, not PCs, in the window (records on PostgreSQL): the person signs in when the server wants a
 * password that is not in pgpass; the window says who is signed in and in which role, a viewer sees no
 * button that changes anything, and the warehouse opens on Receiving with only receiving's buttons.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class PeopleWindowTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private WindowFixture fixture;
    private String suffix;

    @BeforeEach
    void sampleOnAServer() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onPostgres(), "logins and roles are PostgreSQL's");
        workspace = Workspace.withSample(temp);
        suffix = TestDatabases.newLoginSuffix();
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        } else if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void aViewerSeesTheRecordsAndNoButtonThatChangesThem(FxRobot robot) throws Exception {
        String viewer = "minh_xem_" + suffix;
        workspace.services().team().addPerson(viewer, Role.VIEWER, null);
        workspace.signIn(viewer);
        fixture = new WindowFixture(workspace).open();
        Order spatulas = workspace.services().orders().find("2837461920384756123");

        assertThat(robot.lookup("#signed-in").queryAs(Label.class).getText())
                .isEqualTo("Signed in: " + viewer + ", viewer: reads only");
        assertThat(fixture.stage().getTitle()).endsWith(viewer + " (viewer: reads only)");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        assertThat(ScreenText.under(robot, "#order-title")).contains("2837461920384756123");
        for (String button : new String[] {"#new-order", "#order-edit", "#order-receive", "#order-dispute",
                "#record-payment", "#attach-agreement"}) {
            assertThat(shown(robot, button)).as(button).isFalse();
        }
        fixture.screenshot(Path.of("target", "screenshots", "viewer-window.png"));

        fixture.show(Section.FACTORIES);
        assertThat(shown(robot, "#factory-new")).isFalse();
        fixture.show(Section.RECEIVING);
        assertThat(shown(robot, "#rcv-save")).isFalse();
    }

    @Test
    void theWarehouseOpensOnReceivingWithReceivingsButtonsOnly(FxRobot robot) throws Exception {
        String warehouse = "hương_kho_" + suffix;
        workspace.services().team().addPerson(warehouse, Role.WAREHOUSE, null);
        workspace.signIn(warehouse);
        fixture = new WindowFixture(workspace).open();
        Order spatulas = workspace.services().orders().find("2837461920384756123");

        assertThat(robot.lookup("#signed-in").queryAs(Label.class).getText())
                .isEqualTo("Signed in: " + warehouse + ", warehouse: receiving only");
        assertThat(shown(robot, "#rcv-save")).as("the window opens on Receiving").isTrue();
        fixture.screenshot(Path.of("target", "screenshots", "warehouse-window.png"));

        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        assertThat(shown(robot, "#order-receive")).isTrue();
        assertThat(shown(robot, "#order-edit")).isFalse();
        assertThat(shown(robot, "#record-payment")).isFalse();
        assertThat(shown(robot, "#new-order")).isFalse();
    }

    @Test
    void thePersonSignsInWithTheirOwnLoginAndPassword(FxRobot robot) throws Exception {
        String warehouse = "hương_kho_" + suffix;
        workspace.services().team().addPerson(warehouse, Role.WAREHOUSE, "mật-khẩu-kho");
        DataLocation location = workspace.location();
        workspace.closeServices();
        // The test server lets every login in; this one asks for the password as a real one does.
        DataFolders server = new PasswordAsked(workspace, "mật-khẩu-kho");
        SignInForm form = new SignInForm(server, location.withDatabase(location.database().signedInAs(warehouse, null)),
                new Texts(Locale.ENGLISH));
        AtomicReference<Services> opened = new AtomicReference<>();
        Stage[] dialogStage = new Stage[1];
        robot.interact(() -> {
            SignInDialog dialog = new SignInDialog(form);
            dialog.dialog().setOnHidden(e -> opened.set(dialog.dialog().getResult()));
            dialog.dialog().show();
            dialogStage[0] = (Stage) dialog.dialog().getDialogPane().getScene().getWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sign-in-login").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the login the data folder remembers").isEqualTo(warehouse);

        robot.clickOn("#sign-in-password").write("sai");
        robot.clickOn("#sign-in-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sign-in-problem").queryAs(Label.class).getText())
                .isEqualTo("The server did not accept this login and password. Check them, or ask whoever set up the server.");
        assertThat(robot.lookup("#sign-in-password").queryAs(PasswordField.class).getText()).as("not kept").isEmpty();
        assertThat(opened.get()).isNull();
        WindowFixture.screenshot(robot.lookup("#sign-in").<Node>query(),
                Path.of("target", "screenshots", "sign-in.png"));

        robot.clickOn("#sign-in-password").write("mật-khẩu-kho");
        robot.clickOn("#sign-in-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened.get()).isNotNull();
        try (Services kho = opened.get()) {
            assertThat(kho.person().login()).isEqualTo(warehouse);
            assertThat(kho.person().role()).isEqualTo(Role.WAREHOUSE);
            assertThat(form.signedIn().database().password()).isEqualTo("mật-khẩu-kho");
            assertThat(DataLocation.peek(location.dataFolder(), null).database().password())
                    .as("the data folder never keeps the password").isNull();
        }
        workspace = null;
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).orElse(false);
    }

    /** Opens the data folder only with the right password, as a server with password sign-in does. */
    private record PasswordAsked(Workspace workspace, String password) implements DataFolders {
        @Override
        public Services open(DataLocation location) {
            if (!password.equals(location.database().password())) {
                throw new DossierException(Refusal.SIGN_IN_REFUSED.with(location.database().user(), location.database()));
            }
            return workspace.composition().open(location);
        }

        @Override
        public RebuildReport rebuild(DataLocation location, ProgressListener progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Services openReadOnly(DataLocation location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Services openUntouched(DataLocation location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean canChange(DataLocation location) {
            return true;
        }

        @Override
        public RestoreReport restore(Path backup, DataLocation target, boolean replace, ProgressListener progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public app.dossier.service.MoveReport moveToPostgres(DataLocation location, String address,
                ProgressListener progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public app.dossier.service.MoveReport moveToSqlite(DataLocation location, ProgressListener progress) {
            throw new UnsupportedOperationException();
        }
    }
}
