package app.dossier.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests look for on screen: labels by their words, pictures finished drawing. */
final class Looks {
    private Looks() {
    }

    /** The first visible labelled node whose text contains {@code words}. */
    static Labeled labelContaining(FxRobot robot, String selector, String words) {
        return robot.lookup(selector).match((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(words) && n.isVisible()).queryAs(Labeled.class);
    }

    /** Clicks the list cell (of a list or a combo box's popup) whose text contains {@code words}. */
    static void clickCell(FxRobot robot, String words) {
        Labeled target = robot.lookup(".list-cell").match((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(words) && n.isVisible()).tryQueryAs(Labeled.class)
                .orElseGet(() -> labelContaining(robot, ".list-cell .label", words));
        robot.clickOn(target);
    }

    /** Opens the menu of the ledger row whose cell shows {@code amount}, as a right click does. */
    static javafx.scene.control.ContextMenu ledgerMenu(FxRobot robot, String amount) {
        Node cell = labelContaining(robot, "#ledger-table .table-cell", amount);
        robot.clickOn(cell, javafx.scene.input.MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableRow<?> row = ((javafx.scene.control.TableCell<?, ?>) cell).getTableRow();
        javafx.scene.control.ContextMenu menu = row.getContextMenu();
        if (!menu.isShowing()) {
            // Monocle does not always turn a right click into a context-menu request
            robot.interact(() -> menu.show(row, javafx.geometry.Side.BOTTOM, 40, 0));
        }
        return menu;
    }

    /** Scrolls the node found by {@code query} into view, as a user would before clicking it. */
    static String shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> app.dossier.ui.common.Scrolling.reveal(node));
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    /** Waits until every thumbnail under {@code root} has been decoded (or has failed). */
    static void waitForPictures(FxRobot robot, String root) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(root).lookup(".image-view")
                .queryAllAs(ImageView.class).stream()
                .allMatch(v -> v.getImage() == null || v.getImage().getProgress() >= 1.0 || v.getImage().isError()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when the picture was decoded and has pixels. */
    static boolean drawn(ImageView view) {
        Image image = view.getImage();
        return image != null && !image.isError() && image.getProgress() >= 1.0 && image.getWidth() > 0;
    }
}
