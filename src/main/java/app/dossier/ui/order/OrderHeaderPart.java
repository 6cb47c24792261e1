package app.dossier.ui.order;

import app.dossier.domain.Action;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The top of an order: number, product, factory, channel and kind, the agreed terms, and its buttons. */
final class OrderHeaderPart {
    private final VBox node;

    OrderHeaderPart(UiContext context, OrderViewModel model, Runnable edit, Runnable dispute) {
        Label title = new Label();
        title.setId("order-title");
        title.getStyleClass().add("order-title");
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("order-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        subtitle.setWrapText(true);

        Hyperlink factory = new Hyperlink();
        factory.setId("order-factory");
        factory.textProperty().bind(model.factoryNameProperty());
        factory.setGraphic(Icons.of(Icons.FACTORY));
        factory.setOnAction(e -> model.showFactory());
        javafx.scene.control.Tooltip factoryTip = new javafx.scene.control.Tooltip();
        factoryTip.textProperty().bind(model.factoryNameProperty());
        factory.setTooltip(factoryTip);
        Label channel = badge(model.channelProperty());
        Label kind = badge(model.kindProperty());
        factory.setMinWidth(0);
        // A product name stands for the number when there is none: it may be long, so it wraps.
        title.setWrapText(true);
        title.setMinWidth(160);
        HBox badges = new HBox(6, channel, kind);
        badges.setAlignment(Pos.CENTER_LEFT);
        badges.setMinWidth(Region.USE_PREF_SIZE);
        HBox factoryLine = new HBox(8, factory, badges);
        factoryLine.setAlignment(Pos.CENTER_LEFT);

        Button editButton = new Button(context.t("order.edit"), Icons.of(Icons.EDIT));
        editButton.setId("order-edit");
        editButton.setOnAction(e -> edit.run());
        Button receive = new Button(context.t("order.receive"), Icons.of(Icons.RECEIVING));
        receive.setId("order-receive");
        receive.setOnAction(e -> model.receive());
        Button disputeButton = new Button(context.t("order.dispute"), Icons.of(Icons.DISPUTE));
        disputeButton.setId("order-dispute");
        disputeButton.getStyleClass().add(Styles.DANGER);
        disputeButton.setOnAction(e -> dispute.run());
        HBox buttons = new HBox(6, editButton, receive, disputeButton);
        context.onlyWhoMay(Action.RECORDS, editButton, disputeButton);
        context.onlyWhoMay(Action.RECEIVING, receive);
        buttons.setAlignment(Pos.TOP_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);

        VBox names = new VBox(2, title, subtitle, factoryLine);
        HBox.setHgrow(names, Priority.ALWAYS);
        subtitle.setMinWidth(0);
        HBox top = new HBox(12, names, buttons);

        GridPane facts = grid();
        GridPane specs = grid();
        fill(facts, model.facts(), 3);
        fill(specs, model.specs(), 2);
        model.facts().addListener((ListChangeListener<Fact>) c -> fill(facts, model.facts(), 3));
        model.specs().addListener((ListChangeListener<Fact>) c -> fill(specs, model.specs(), 2));
        facts.getStyleClass().add("order-facts");
        specs.getStyleClass().add("order-specs");

        node = new VBox(8, top, facts, specs);
        node.getStyleClass().add("order-header");
    }

    private static Label badge(javafx.beans.value.ObservableStringValue text) {
        Label badge = new Label();
        badge.textProperty().bind(text);
        badge.getStyleClass().add("badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        return grid;
    }

    /** Lays facts out as label–value pairs, {@code pairs} per row. */
    private static void fill(GridPane grid, ObservableList<Fact> facts, int pairs) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int i = 0; i < pairs; i++) {
            ColumnConstraints name = new ColumnConstraints();
            name.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.SOMETIMES);
            value.setFillWidth(true);
            grid.getColumnConstraints().addAll(name, value);
        }
        List<Fact> list = List.copyOf(facts);
        for (int i = 0; i < list.size(); i++) {
            Fact fact = list.get(i);
            Label name = new Label(fact.label());
            name.getStyleClass().addAll("fact-label", "subtle");
            Label value = new Label(fact.value());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            value.setMinWidth(fact.value().length() <= 18 ? Region.USE_PREF_SIZE : 0);
            if (fact.warning()) {
                value.getStyleClass().add("fact-warning");
            }
            grid.add(name, (i % pairs) * 2, i / pairs);
            grid.add(value, (i % pairs) * 2 + 1, i / pairs);
        }
    }

    Node node() {
        return node;
    }

    /** The same label–value layout for other parts of the order (the receiving record). */
    static GridPane factsGrid(ObservableList<Fact> facts, int pairs) {
        GridPane grid = grid();
        fill(grid, facts, pairs);
        facts.addListener((ListChangeListener<Fact>) c -> fill(grid, facts, pairs));
        return grid;
    }
}
