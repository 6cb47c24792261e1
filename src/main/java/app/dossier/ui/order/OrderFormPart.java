package app.dossier.ui.order;

import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.OrderKind;
import app.dossier.ui.common.FieldBox;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The order form (new and edit): who, what was agreed, how many at what price, when. */
final class OrderFormPart {
    private final ScrollPane node;
    private final ComboBox<Factory> factory = new ComboBox<>();

    OrderFormPart(UiContext context, OrderFormModel model, Runnable save, Runnable cancel) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(model.titleProperty());

        factory.setId("form-factory");
        factory.setItems(model.factories());
        factory.valueProperty().bindBidirectional(model.factoryProperty());
        factory.setMaxWidth(Double.MAX_VALUE);
        factory.setPromptText(context.t("order.form.factory.prompt"));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Factory f) {
                return f == null ? "" : f.displayName();
            }

            @Override
            public Factory fromString(String text) {
                return null;
            }
        });
        TextField number = FieldBox.bound(model.numberProperty(), "form-number", context.t("order.form.number.prompt"));
        TextField product = FieldBox.bound(model.productProperty(), "form-product", context.t("order.form.product.prompt"));
        HBox channel = choice(context, model.channelProperty(), Channel.values(), "channel.", "form-channel-");
        HBox kind = choice(context, model.kindProperty(), OrderKind.values(), "kind.", "form-kind-");

        GridPane who = grid(4);
        who.add(FieldBox.of(context.t("order.field.factory"), factory, model.factoryErrorProperty()), 0, 0, 2, 1);
        who.add(FieldBox.of(context.t("order.field.number"), number, null), 2, 0, 2, 1);
        who.add(FieldBox.of(context.t("order.field.channel"), channel, null), 0, 1, 2, 1);
        who.add(FieldBox.of(context.t("order.field.kind"), kind, null), 2, 1, 2, 1);
        who.add(FieldBox.of(context.t("order.field.product"), product, model.productErrorProperty()), 0, 2, 4, 1);

        GridPane agreed = grid(4);
        agreed.add(FieldBox.of(context.t("order.field.colors"), FieldBox.bound(model.colorsProperty(), "form-colors",
                context.t("order.form.colors.prompt")), null), 0, 0);
        agreed.add(FieldBox.of(context.t("order.field.sizes"), FieldBox.bound(model.sizesProperty(), "form-sizes",
                context.t("order.form.sizes.prompt")), null), 1, 0);
        agreed.add(FieldBox.of(context.t("order.field.packaging"), FieldBox.bound(model.packagingProperty(),
                "form-packaging", context.t("order.form.packaging.prompt")), null), 2, 0);
        agreed.add(FieldBox.of(context.t("order.field.priceAtQuantity"), FieldBox.bound(model.priceAtQuantityProperty(),
                "form-price-at-quantity", context.t("order.form.priceAtQuantity.prompt")), null), 3, 0);

        GridPane amounts = grid(4);
        amounts.add(FieldBox.of(context.t("order.field.quantity"), FieldBox.bound(model.quantity(), "form-quantity",
                "200"), model.quantity().errorProperty()), 0, 0);
        amounts.add(FieldBox.of(context.t("order.field.unit"), FieldBox.bound(model.unitProperty(), "form-unit",
                context.t("order.form.unit.prompt")), model.unitErrorProperty()), 1, 0);
        amounts.add(FieldBox.of(context.t("order.field.unitPrice"), FieldBox.bound(model.unitPrice(), "form-unit-price",
                context.t("order.form.unitPrice.prompt")), model.unitPriceHintProperty(), model.unitPrice().errorProperty()), 2, 0);
        Label total = new Label();
        total.setId("form-total");
        total.getStyleClass().add("form-total");
        total.setWrapText(true);
        total.textProperty().bind(model.totalProperty());
        amounts.add(total, 3, 0);
        javafx.scene.layout.GridPane.setValignment(total, javafx.geometry.VPos.BOTTOM);
        amounts.add(FieldBox.of(context.t("order.field.orderedOn"), FieldBox.bound(model.orderedOn(), "form-ordered-on",
                context.t("order.date.prompt")), model.orderedOn().errorProperty()), 0, 1);
        amounts.add(FieldBox.of(context.t("order.field.deadline"), FieldBox.bound(model.deadline(), "form-deadline",
                context.t("order.date.prompt")), model.deadline().errorProperty()), 1, 1);
        amounts.add(FieldBox.of(context.t("order.field.agreedOn"), FieldBox.bound(model.agreedOn(), "form-agreed-on",
                context.t("order.date.prompt")), model.agreedOn().errorProperty()), 2, 1);

        TextArea notes = new TextArea();
        notes.setId("form-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());

        Button saveButton = new Button(context.t("order.form.save"), Icons.of(Icons.SAVE));
        saveButton.setId("form-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(model.savingProperty());
        saveButton.setOnAction(e -> save.run());
        Button cancelButton = new Button(context.t("common.cancel"));
        cancelButton.setId("form-cancel");
        cancelButton.setOnAction(e -> cancel.run());
        Label error = new Label();
        error.setId("form-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.formErrorProperty());
        HBox actions = new HBox(8, saveButton, cancelButton, error);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox form = new VBox(10, title,
                section(context.t("order.form.section.who")), who,
                section(context.t("order.form.section.agreed")), agreed,
                section(context.t("order.form.section.amounts")), amounts,
                FieldBox.of(context.t("order.field.notes"), notes, null), actions);
        form.setPadding(new Insets(12, 20, 16, 20));
        form.setMaxWidth(1000);
        form.getStyleClass().add("order-form");
        node = new ScrollPane(form);
        node.setFitToWidth(true);
        node.setId("order-form");
        app.dossier.ui.common.Scrolling.followFocus(node);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "form-section");
        return label;
    }

    private static GridPane grid(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    /** A row of toggle buttons, one per value, that always keeps one chosen. */
    private static <E extends Enum<E>> HBox choice(UiContext context, ObjectProperty<E> value, E[] values,
            String keyPrefix, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        for (int i = 0; i < values.length; i++) {
            E v = values[i];
            ToggleButton button = new ToggleButton(context.t(keyPrefix + v.name()));
            button.setId(idPrefix + v.name());
            button.setUserData(v);
            button.setToggleGroup(group);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            box.getChildren().add(button);
        }
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == value.get()));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                show.run();
            } else {
                @SuppressWarnings("unchecked")
                E chosen = (E) now.getUserData();
                value.set(chosen);
            }
        });
        value.addListener((o, was, now) -> show.run());
        show.run();
        return box;
    }

    Node node() {
        return node;
    }

    void focusFirst() {
        factory.requestFocus();
    }
}
