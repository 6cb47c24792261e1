package app.dossier.ui.dispute;

import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Disputes: every dispute on top, the chosen one below with its facts and its evidence. */
public final class DisputesView implements View {
    private static final String STYLE = "/app/dossier/ui/dispute/disputes.css";

    private final DisputesViewModel model;
    private final TableView<DisputeRow> table = new TableView<>();
    private final SplitPane node;

    public DisputesView(UiContext context) {
        this.model = new DisputesViewModel(context);
        Label title = new Label(context.t("dispute.title"));
        title.getStyleClass().add("section-title");
        buildTable(context);
        VBox top = new VBox(10, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        top.setPadding(new Insets(16, 20, 8, 20));
        top.setMinHeight(150);

        DisputeDetailPane detail = new DisputeDetailPane(context, model);
        ScrollPane scroll = new ScrollPane(detail.node());
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.shownProperty());
        Label none = new Label(context.t("dispute.list.empty"));
        none.setWrapText(true);
        none.setMaxWidth(560);
        none.getStyleClass().add("subtle");
        none.visibleProperty().bind(model.shownProperty().not());
        StackPane bottom = new StackPane(scroll, none);
        StackPane.setAlignment(none, Pos.CENTER);

        node = new SplitPane(top, bottom);
        node.setOrientation(Orientation.VERTICAL);
        // The list is short; the room goes to the chosen dispute's message and steps.
        node.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(top, false);
        node.getStylesheets().add(DisputesView.class.getResource(STYLE).toExternalForm());
        node.setId("disputes-view");
    }

    private void buildTable(UiContext context) {
        table.setId("dispute-list");
        table.setItems(model.disputes());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(context.t("dispute.list.empty.short")));
        table.getColumns().add(column(context.t("dispute.col.order"), DisputeRow::order, 190));
        table.getColumns().add(column(context.t("dispute.col.factory"), DisputeRow::factory, 300));
        table.getColumns().add(column(context.t("dispute.col.openedOn"), DisputeRow::openedOn, 100));
        TableColumn<DisputeRow, DisputeRow> status = new TableColumn<>(context.t("dispute.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DisputeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(row.status());
                badge.getStyleClass().addAll("status-badge", DisputeDetailPane.styleOf(row.statusCode()));
                setGraphic(badge);
            }
        });
        status.setPrefWidth(150);
        table.getColumns().add(status);
        table.getColumns().add(column(context.t("dispute.col.summary"), DisputeRow::summary, 360));

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.choose(now));
        model.selectedProperty().addListener((o, was, now) -> showSelected(now));
        model.disputes().addListener((ListChangeListener<DisputeRow>) c ->
                showSelected(model.selectedProperty().get()));
    }

    private static TableColumn<DisputeRow, String> column(String title, Function<DisputeRow, String> value,
            double width) {
        TableColumn<DisputeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void showSelected(DisputeRow row) {
        if (row == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        for (DisputeRow item : table.getItems()) {
            if (item.disputeId() == row.disputeId()) {
                if (table.getSelectionModel().getSelectedItem() != item) {
                    table.getSelectionModel().select(item);
                    table.scrollTo(item);
                }
                return;
            }
        }
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return model.work().hasUnsavedChanges();
    }

    /** Shows this dispute; the list is reloaded first, so one opened a moment ago is there. */
    public void select(long disputeId) {
        model.select(disputeId);
    }
}
