package app.dossier.ui.order;

import app.dossier.domain.DefectRegion;
import app.dossier.ui.common.FileTile;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * "Mark the defect…": the photo shown upright, on which the user drags a rectangle around the
 * defect; Save, Clear the mark (when one was saved) or Cancel. The dragging is {@link DefectMarkModel}'s.
 */
final class DefectDialog {
    /** Largest size of the photo in the dialog, upright, in pixels. */
    static final double PHOTO_WIDTH = 720;
    static final double PHOTO_HEIGHT = 480;

    /** What the user chose: a region to save, or (null) to clear the mark. */
    record Answer(DefectRegion region) {
    }

    private DefectDialog() {
    }

    static Optional<Answer> ask(UiContext context, EvidenceItem item, DefectMarkModel model) {
        boolean sideways = item.orientation() >= 5 && item.orientation() <= 8;
        // the photo is read at about the size shown: a turned photo is stored with its sides swapped
        Image image = new Image(item.shown().toUri().toString(), sideways ? PHOTO_HEIGHT : PHOTO_WIDTH,
                sideways ? PHOTO_WIDTH : PHOTO_HEIGHT, true, true, false);
        double width = sideways ? image.getHeight() : image.getWidth();
        double height = sideways ? image.getWidth() : image.getHeight();
        ImageView view = new ImageView(image);
        FileTile.turn(view, item.orientation(), width, height);

        Rectangle outline = FileTile.defectOutline();
        outline.setId("defect-outline");
        Pane overlay = new Pane(outline);
        overlay.setId("defect-photo");
        overlay.setCursor(Cursor.CROSSHAIR);
        overlay.setPrefSize(width, height);
        overlay.setOnMousePressed(e -> model.press(e.getX(), e.getY()));
        overlay.setOnMouseDragged(e -> model.drag(e.getX(), e.getY()));
        overlay.setOnMouseReleased(e -> model.release(e.getX(), e.getY()));
        StackPane photo = new StackPane(view, overlay);
        photo.setMinSize(width, height);
        photo.setMaxSize(width, height);
        photo.getStyleClass().add("defect-photo");
        model.outlineProperty().addListener((o, was, now) -> show(outline, now));
        model.box(width, height);
        show(outline, model.outlineProperty().get());

        Label hint = new Label(context.t("order.defect.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(Math.max(width, 420));
        hint.getStyleClass().add("subtle");
        Label summary = new Label();
        summary.setId("defect-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setMaxWidth(hint.getMaxWidth());
        Label problem = new Label();
        problem.setId("defect-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.setMaxWidth(hint.getMaxWidth());
        for (Label words : new Label[] {hint, summary, problem}) {
            // a wrapped line is given the height it needs, not cut short with an ellipsis
            words.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, hint, photo, summary, problem);
        content.setPrefWidth(hint.getMaxWidth());
        content.setAlignment(Pos.TOP_CENTER);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(context.t("order.defect.title"));
        dialog.setHeaderText(item.evidence().fileName());
        if (context.window().get() != null && context.window().get().isShowing()) {
            dialog.initOwner(context.window().get());
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("defect-dialog");
        ButtonType save = new ButtonType(context.t("order.defect.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType clear = new ButtonType(context.t("order.defect.clear"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(context.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(save);
        if (model.wasMarked()) {
            dialog.getDialogPane().getButtonTypes().add(clear);
            dialog.getDialogPane().lookupButton(clear).setId("defect-clear");
        }
        dialog.getDialogPane().getButtonTypes().add(cancel);
        dialog.getDialogPane().lookupButton(cancel).setId("defect-cancel");
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("defect-save");
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        return dialog.showAndWait()
                .filter(answer -> answer == save || answer == clear)
                .map(answer -> new Answer(answer == save ? model.result() : null));
    }

    private static void show(Rectangle outline, Rectangle2D at) {
        outline.setVisible(at != null);
        if (at != null) {
            outline.setX(at.getMinX());
            outline.setY(at.getMinY());
            outline.setWidth(at.getWidth());
            outline.setHeight(at.getHeight());
        }
    }
}
