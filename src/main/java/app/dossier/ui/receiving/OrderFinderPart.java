package app.dossier.ui.receiving;

import app.dossier.service.OrderSummary;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 1: which order arrived. A search box and the matching orders (those not received yet
 * first); once one is chosen, it is shown big with what is expected, and a way to choose another.
 */
final class OrderFinderPart {
    private final UiContext context;
    private final VBox node;

    OrderFinderPart(UiContext context, ReceivingViewModel model, Consumer<OrderSummary> choose, Runnable another) {
        this.context = context;
        TextField search = new TextField();
        search.setId("rcv-search");
        search.setPromptText(context.t("receiving.search.prompt"));
        search.textProperty().bindBidirectional(model.finder().searchProperty());
        ListView<OrderSummary> list = new ListView<>(model.finder().matches());
        list.setId("rcv-orders");
        list.setCellFactory(v -> new OrderCell());
        list.setPrefHeight(280);
        list.setPlaceholder(new Label(context.t("receiving.search.none")));
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                choose.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                choose.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.finder().matches().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && model.finder().matches().size() == 1) {
                choose.accept(model.finder().matches().get(0));
            }
        });
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.textProperty().bind(model.orderErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox finder = new VBox(8, search, error, list);

        Label product = new Label();
        product.setId("rcv-order-product");
        product.getStyleClass().add("rcv-product");
        product.setWrapText(true);
        Label number = new Label();
        number.setId("rcv-order-number");
        number.getStyleClass().add("rcv-order-number");
        Label factory = new Label();
        factory.setWrapText(true);
        factory.setGraphic(Icons.of(Icons.FACTORY, 18));
        Label expected = new Label();
        expected.setId("rcv-order-expected");
        expected.getStyleClass().add("rcv-expected");
        Label correcting = new Label();
        correcting.setId("rcv-correcting");
        correcting.getStyleClass().add("rcv-correcting");
        correcting.setWrapText(true);
        Runnable showChosen = () -> {
            OrderSummary s = model.chosenProperty().get();
            if (s == null) {
                return;
            }
            product.setText(s.order().product());
            number.setText(s.order().orderNumber() == null ? context.t("receiving.order.noNumber",
                    context.texts().formats().date(s.order().orderedOn()))
                    : context.t("receiving.order.number", s.order().orderNumber(), context.texts().formats().date(s.order().orderedOn())));
            factory.setText(s.factory() == null ? "" : s.factory().displayName());
            expected.setText(context.t("receiving.order.expected", s.order().quantity(),
                    context.texts().words().unit(s.order().quantity(), s.order().unit())));
        };
        model.chosenProperty().addListener((o, was, now) -> showChosen.run());
        correcting.textProperty().bind(Bindings.createStringBinding(() -> model.existingProperty().get() == null ? ""
                : context.t("receiving.correcting", context.texts().formats().date(model.existingProperty().get().arrivedAt()),
                        model.savedPhotosProperty().get()),
                model.existingProperty(), model.savedPhotosProperty()));
        correcting.visibleProperty().bind(correcting.textProperty().isNotEmpty());
        correcting.managedProperty().bind(correcting.visibleProperty());
        Button other = new Button(context.t("receiving.order.another"), Icons.of("mdi2m-magnify"));
        other.setId("rcv-another");
        other.setMinWidth(Region.USE_PREF_SIZE);
        other.setOnAction(e -> another.run());
        VBox facts = new VBox(4, number, product, factory, expected, correcting);
        HBox.setHgrow(facts, Priority.ALWAYS);
        HBox card = new HBox(16, Icons.of("mdi2p-package-variant-closed", 48), facts, other);
        card.setAlignment(Pos.TOP_LEFT);
        card.setId("rcv-order-card");
        card.getStyleClass().add("rcv-order-card");

        finder.visibleProperty().bind(model.chosenProperty().isNull());
        finder.managedProperty().bind(finder.visibleProperty());
        card.visibleProperty().bind(model.chosenProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        node = new VBox(finder, card);
    }

    Node node() {
        return node;
    }

    private final class OrderCell extends ListCell<OrderSummary> {
        @Override
        protected void updateItem(OrderSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(s.order().label());
            title.getStyleClass().add("rcv-row-title");
            Label product = new Label(s.order().orderNumber() == null ? "" : s.order().product());
            product.getStyleClass().add("rcv-row-detail");
            Label factory = new Label((s.factory() == null ? "" : s.factory().displayName()) + " · "
                    + context.texts().formats().date(s.order().orderedOn()) + " · "
                    + context.t("receiving.order.expected", s.order().quantity(),
                            context.texts().words().unit(s.order().quantity(), s.order().unit())));
            factory.getStyleClass().addAll("subtle", "rcv-row-detail");
            VBox text = new VBox(2, title, product, factory);
            if (product.getText().isEmpty()) {
                text.getChildren().remove(product);
            }
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label state = new Label(context.t(s.received() ? "receiving.order.received" : "receiving.order.waiting"));
            state.getStyleClass().addAll("rcv-state", s.received() ? "rcv-state-done" : "rcv-state-waiting");
            Region spacer = new Region();
            HBox row = new HBox(10, text, spacer, state);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(0);
            setGraphic(row);
            setText(null);
        }
    }
}
