package app.dossier.ui.order;

import app.dossier.ui.common.DefectsPart;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;

/** "Edit defects…": the defects of a saved receiving record, by kind, with the photos that show them. */
final class DefectsEditDialog {
    private DefectsEditDialog() {
    }

    static void show(UiContext context, String orderLabel, DefectsEditModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(context.t("order.defects.title"));
        dialog.setHeaderText(context.t("order.defects.header", orderLabel));
        if (context.window().get() != null && context.window().get().isShowing()) {
            dialog.initOwner(context.window().get());
        }
        ScrollPane content = new ScrollPane(new DefectsPart(context, model.defects(), "defects-edit").node());
        content.setFitToWidth(true);
        content.setPrefViewportWidth(720);
        content.setPrefViewportHeight(460);
        content.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("defects-dialog");
        dialog.getDialogPane().getStyleClass().add("defects-dialog");
        dialog.getDialogPane().getStylesheets().add(
                DefectsEditDialog.class.getResource("/app/dossier/ui/order/orders.css").toExternalForm());
        dialog.setResizable(true);
        ButtonType save = new ButtonType(context.t("order.defects.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("defects-save");
        saveButton.disableProperty().bind(model.savingProperty());
        // the dialog stays open while the rule finds something to fix
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("defects-cancel");
        dialog.show();
    }
}
