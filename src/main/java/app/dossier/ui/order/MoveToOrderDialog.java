package app.dossier.ui.order;

import app.dossier.domain.EvidenceCategory;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Move to order…: which order the file goes to (the same factory's first) and into which category. */
final class MoveToOrderDialog {
    /** The order and category chosen. */
    record Answer(OrderSummary order, EvidenceCategory category) {
    }

    private MoveToOrderDialog() {
    }

    static Optional<Answer> ask(UiContext context, EvidenceItem item, List<OrderSummary> orders) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(context.t("order.file.moveToOrder"));
        dialog.setHeaderText(item.evidence().fileName());
        ComboBox<OrderSummary> order = new ComboBox<>();
        order.setId("move-to-order-choice");
        order.getItems().setAll(orders);
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrderSummary s) {
                return s == null ? "" : OrdersViewModel.rowTitle(s) + " · " + OrdersViewModel.rowDetail(s);
            }

            @Override
            public OrderSummary fromString(String text) {
                return null;
            }
        });
        if (!orders.isEmpty()) {
            order.getSelectionModel().selectFirst();
        }
        order.setPrefWidth(420);
        ComboBox<EvidenceCategory> category = new ComboBox<>();
        category.setId("move-to-order-category");
        category.getItems().setAll(EvidenceCategory.values());
        category.setValue(item.evidence().category());
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceCategory c) {
                return c == null ? "" : context.t("category." + c.name());
            }

            @Override
            public EvidenceCategory fromString(String text) {
                return null;
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(context.t("order.file.moveToOrder.order")), order);
        grid.addRow(1, new Label(context.t("order.file.moveToOrder.category")), category);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(order.valueProperty().isNull());
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        dialog.setResultConverter(button -> button == ButtonType.OK && order.getValue() != null
                ? new Answer(order.getValue(), category.getValue()) : null);
        return dialog.showAndWait();
    }
}
