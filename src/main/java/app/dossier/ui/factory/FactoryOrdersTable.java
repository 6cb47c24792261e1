package app.dossier.ui.factory;

import app.dossier.ui.common.CategoryMarks;
import app.dossier.ui.common.UiContext;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** The factory's orders: number or product, date, quantity, total and which evidence categories have files. Click or Enter opens one. */
final class FactoryOrdersTable {
    private static final double ROW = 46;
    private static final double HEADER = 40;

    private final TableView<FactoryOrderRow> table = new TableView<>();

    FactoryOrdersTable(UiContext context, FactoriesViewModel model) {
        table.setId("factory-orders");
        table.setItems(model.orders());
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(context.t("factory.orders.empty")));
        // Tall enough for every order (the page scrolls, not the table), at least one row for the placeholder.
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER + Math.max(1, model.orders().size()) * ROW + 4, model.orders()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());

        TableColumn<FactoryOrderRow, FactoryOrderRow> order = new TableColumn<>(context.t("factory.col.order"));
        order.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        order.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FactoryOrderRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label label = new Label(row.label());
                label.getStyleClass().add("order-link");
                VBox box = new VBox(1, label);
                if (!row.product().isEmpty()) {
                    Label product = new Label(row.product());
                    product.getStyleClass().add("subtle");
                    product.setTooltip(new Tooltip(row.product()));
                    box.getChildren().add(product);
                }
                setGraphic(box);
            }
        });
        order.setPrefWidth(300);
        order.setMinWidth(180);
        table.getColumns().add(order);
        table.getColumns().add(text(context.t("factory.col.orderedOn"), FactoryOrderRow::orderedOn, 105, false));
        table.getColumns().add(text(context.t("factory.col.quantity"), FactoryOrderRow::quantity, 95, true));
        table.getColumns().add(text(context.t("factory.col.total"), FactoryOrderRow::total, 110, true));
        TableColumn<FactoryOrderRow, FactoryOrderRow> files = new TableColumn<>(context.t("factory.col.files"));
        files.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        files.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FactoryOrderRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : CategoryMarks.compact(row.files(), context.texts()));
            }
        });
        files.setPrefWidth(190);
        files.setMinWidth(190);
        files.setMaxWidth(240);
        table.getColumns().add(files);

        table.setRowFactory(t -> {
            TableRow<FactoryOrderRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    model.openOrder(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openOrder(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private static TableColumn<FactoryOrderRow, String> text(String title, Function<FactoryOrderRow, String> value,
            double width, boolean right) {
        TableColumn<FactoryOrderRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        // Dates and amounts keep their width; the order column takes what is left.
        column.setMinWidth(width);
        column.setMaxWidth(width + 40);
        column.setStyle(right ? "-fx-alignment: center-right;" : "-fx-alignment: center-left;");
        return column;
    }

    TableView<FactoryOrderRow> node() {
        return table;
    }
}
