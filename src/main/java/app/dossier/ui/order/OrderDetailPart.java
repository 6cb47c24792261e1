package app.dossier.ui.order;

import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The order shown on the right: its header and one tab per evidence category. */
final class OrderDetailPart {
    private final UiContext context;
    private final OrderViewModel model;
    private final BorderPane node = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<EvidenceCategory, EvidenceTabPart> parts = new EnumMap<>(EvidenceCategory.class);

    OrderDetailPart(UiContext context, OrderViewModel model, Runnable edit) {
        this.context = context;
        this.model = model;
        node.setTop(new OrderHeaderPart(context, model, edit, this::askForDispute).node());
        for (EvidenceCategory category : EvidenceCategory.values()) {
            Node extra = switch (category) {
                case PAYMENT -> new LedgerPart(context, model.ledger(), model.payment()).node();
                case RECEIVING -> receivingRecord();
                default -> null;
            };
            EvidenceTabPart part = new EvidenceTabPart(context, model, category, extra);
            parts.put(category, part);
            tabs.getTabs().add(part.tab());
        }
        tabs.setId("order-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setTabMaxWidth(Double.MAX_VALUE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                model.categoryProperty().set(EvidenceCategory.values()[now.intValue()]));
        model.categoryProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.ordinal()));
        node.setCenter(tabs);
        node.getStyleClass().add("order-detail");
    }

    private Node receivingRecord() {
        Label title = new Label(context.t("order.rcv.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label none = new Label(context.t("order.rcv.none"));
        none.getStyleClass().add("missing");
        none.visibleProperty().bind(model.receivedProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        Node facts = OrderHeaderPart.factsGrid(model.receivingFacts(), 2);
        Button edit = new Button();
        edit.setId("receiving-edit");
        edit.textProperty().bind(javafx.beans.binding.Bindings.when(model.receivedProperty())
                .then(context.t("order.rcv.edit")).otherwise(context.t("order.receive")));
        edit.setGraphic(Icons.of(Icons.RECEIVING));
        edit.setOnAction(e -> model.receive());
        HBox top = new HBox(12, title, edit);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, none, facts);
        box.getStyleClass().addAll("card", "receiving-record");
        box.setId("receiving-record");
        return box;
    }

    private void askForDispute() {
        if (model.order() == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(context.t("order.dispute"));
        dialog.setHeaderText(context.t("order.dispute.question", model.order().label()));
        dialog.setContentText(context.t("order.dispute.summary"));
        dialog.getEditor().setPrefColumnCount(44);
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        dialog.showAndWait().filter(text -> !text.isBlank()).ifPresent(model::openDispute);
    }

    Node node() {
        return node;
    }

    TabPane tabs() {
        return tabs;
    }
}
