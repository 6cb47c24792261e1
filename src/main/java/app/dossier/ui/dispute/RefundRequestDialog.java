package app.dossier.ui.dispute;

import app.dossier.ui.common.FileTile;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The 1688 refund request: tick one to five of the order's images (thumbnails), check the Chinese
 * description against its limit, and write the folder to upload from.
 */
final class RefundRequestDialog {
    private static final double THUMB_WIDTH = 128;
    private static final double THUMB_HEIGHT = 96;

    private RefundRequestDialog() {
    }

    static void show(UiContext context, RefundRequestForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(context.t("dispute.refund.title"));
        dialog.setHeaderText(context.t("dispute.refund.title"));
        Window owner = context.window().get();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        DisputeStyles.apply(dialog.getDialogPane());

        Label intro = new Label(context.t("dispute.refund.intro", RefundRequestForm.MAX_IMAGES));
        intro.setWrapText(true);
        Label chosen = new Label();
        chosen.setId("refund-chosen");
        chosen.getStyleClass().add(Styles.TEXT_BOLD);
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> context.t("dispute.refund.chosen", form.chosenCountProperty().get(), RefundRequestForm.MAX_IMAGES),
                form.chosenCountProperty()));
        FlowPane tiles = new FlowPane(10, 10);
        tiles.setId("refund-images");
        for (RefundImage image : form.images()) {
            tiles.getChildren().add(tile(image));
        }
        ScrollPane imagesScroll = new ScrollPane(tiles);
        imagesScroll.setFitToWidth(true);
        imagesScroll.setPrefViewportHeight(2 * (THUMB_HEIGHT + 60) + 10);

        Label descriptionTitle = new Label(context.t("dispute.refund.description"));
        descriptionTitle.getStyleClass().add(Styles.TEXT_BOLD);
        TextArea description = new TextArea();
        description.setId("refund-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setPromptText(context.t("dispute.refund.descriptionPrompt"));
        description.textProperty().bindBidirectional(form.descriptionProperty());
        Label hint = new Label(context.t("dispute.refund.descriptionHint"));
        hint.getStyleClass().add("subtle");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Label counter = new Label();
        counter.setId("refund-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.textProperty().bind(form.counterProperty());
        form.tooLongProperty().addListener((o, was, now) -> mark(counter, now));
        mark(counter, form.tooLongProperty().get());
        HBox under = new HBox(10, hint, counter);

        Label problem = new Label();
        problem.setId("refund-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(form.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label result = new Label();
        result.setId("refund-result");
        result.setWrapText(true);
        result.getStyleClass().add("present");
        result.textProperty().bind(form.resultProperty());
        HBox.setHgrow(result, Priority.ALWAYS);
        Button reveal = new Button(context.t("common.showInFolder"), Icons.of(Icons.FOLDER, 14));
        reveal.setId("refund-show-in-folder");
        reveal.setOnAction(e -> form.showInFolder());
        HBox written = new HBox(10, result, reveal);
        written.setAlignment(Pos.CENTER_LEFT);
        written.visibleProperty().bind(form.writtenProperty().isNotNull());
        written.managedProperty().bind(written.visibleProperty());

        VBox content = new VBox(10, intro, chosen, imagesScroll, descriptionTitle, description, under, problem,
                written);
        dialog.getDialogPane().setContent(content);
        // Four thumbnails to a row: wider than the theme's 600 px for dialogs (see disputes.css).
        dialog.getDialogPane().getStyleClass().add("refund-dialog");

        ButtonType write = new ButtonType(context.t("dispute.refund.write"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(context.t("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(write, close);
        Button writeButton = (Button) dialog.getDialogPane().lookupButton(write);
        writeButton.setId("refund-write");
        writeButton.disableProperty().bind(form.busyProperty());
        // Writing keeps the dialog open: it then says where the folder is and offers to show it.
        writeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.write();
        });
        dialog.show();
    }

    private static Node tile(RefundImage image) {
        ImageView view = new ImageView();
        view.setFitWidth(THUMB_WIDTH);
        view.setFitHeight(THUMB_HEIGHT);
        view.setPreserveRatio(true);
        image.fileProperty().addListener((o, was, now) -> show(view, image));
        show(view, image);
        StackPane frame = new StackPane(view);
        frame.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
        frame.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        CheckBox box = new CheckBox(image.fileName());
        box.setId("refund-image-" + image.evidence().id());
        box.setMaxWidth(THUMB_WIDTH);
        box.selectedProperty().bindBidirectional(image.chosenProperty());
        box.disableProperty().bind(image.selectableProperty().not());
        VBox tile = new VBox(4, frame, box);
        tile.getStyleClass().add("thumbnail");
        tile.setPrefWidth(THUMB_WIDTH + 12);
        if (!image.caption().isEmpty()) {
            Tooltip.install(tile, new Tooltip(image.caption()));
        }
        // A click on the picture ticks it too, unless five others are ticked.
        frame.setOnMouseClicked(e -> {
            if (image.selectableProperty().get()) {
                image.chosenProperty().set(!image.chosenProperty().get());
            }
        });
        return tile;
    }

    private static void show(ImageView view, RefundImage image) {
        view.setImage(thumbnail(image.fileProperty().get()));
        FileTile.turn(view, image.orientation(), THUMB_WIDTH, THUMB_HEIGHT);
    }

    private static Image thumbnail(Path file) {
        return file == null ? null : new Image(file.toUri().toString(), THUMB_WIDTH * 2, THUMB_HEIGHT * 2, true, true,
                true);
    }

    private static void mark(Label counter, boolean tooLong) {
        counter.getStyleClass().removeAll("problem", "subtle");
        counter.getStyleClass().add(tooLong ? "problem" : "subtle");
    }
}
