package app.dossier.ui.dispute;

import app.dossier.domain.Action;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The resolution proposed: partial refund, replacement shipment or discount on the next order, then Save. */
final class ResolutionCard {
    private final ResolutionForm model;
    private final ToggleGroup group = new ToggleGroup();
    private final VBox node;

    ResolutionCard(UiContext context, ResolutionForm model) {
        this.model = model;
        Label title = new Label(context.t("dispute.resolution.title"), Icons.of("mdi2h-handshake-outline", 16));
        title.getStyleClass().add(Styles.TEXT_BOLD);

        TextField amount = field("dispute-refund-amount", model.refundProperty(), ResolutionForm.Kind.REFUND, 9);
        amount.setMaxWidth(Region.USE_PREF_SIZE);
        Label equivalent = new Label();
        equivalent.setId("dispute-refund-equivalent");
        equivalent.getStyleClass().add(Styles.TEXT_BOLD);
        equivalent.textProperty().bind(model.equivalentProperty());
        Label supported = new Label();
        supported.setWrapText(true);
        supported.getStyleClass().addAll("subtle", Styles.TEXT_SMALL);
        supported.textProperty().bind(model.proposedProperty());
        supported.managedProperty().bind(supported.textProperty().isNotEmpty());
        Label hint = new Label();
        hint.setId("dispute-refund-amount-hint");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("field-hint", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.textProperty().bind(model.moneyHintProperty());
        amount.accessibleHelpProperty().bind(model.moneyHintProperty());
        Node refund = choice(context.t("dispute.resolution.refund"), ResolutionForm.Kind.REFUND,
                "dispute-resolution-refund", new VBox(4, amount, hint, equivalent, supported));

        TextField units = field("dispute-replacement-units", model.unitsProperty(), ResolutionForm.Kind.REPLACEMENT, 6);
        Label unit = new Label();
        unit.textProperty().bind(model.unitNameProperty());
        Node replacement = choice(context.t("dispute.resolution.replacement"), ResolutionForm.Kind.REPLACEMENT,
                "dispute-resolution-replacement", line(units, unit));

        TextField discount = field("dispute-discount", model.discountProperty(), ResolutionForm.Kind.DISCOUNT, 9);
        discount.setMaxWidth(Region.USE_PREF_SIZE);
        discount.setPromptText(context.t("dispute.resolution.discount.prompt"));
        Node nextOrder = choice(context.t("dispute.resolution.discount"), ResolutionForm.Kind.DISCOUNT,
                "dispute-resolution-discount", discount);

        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.kindProperty().set((ResolutionForm.Kind) now.getUserData());
            }
        });
        model.kindProperty().addListener((o, was, now) -> showKind());
        showKind();

        Label problem = wrapped("dispute-resolution-problem", "problem");
        problem.textProperty().bind(model.problemProperty());
        Label notice = wrapped("dispute-resolution-notice", "notice");
        notice.textProperty().bind(model.noticeProperty());
        Button save = new Button(context.t("dispute.resolution.save"), Icons.of(Icons.SAVE, 16));
        save.setId("dispute-save-resolution");
        context.onlyWhoMay(Action.RECORDS, save);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());

        HBox saving = new HBox(12, save);
        saving.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(8, title, refund, replacement, nextOrder, problem, notice, saving);
        saving.getChildren().add(new app.dossier.ui.common.SavedNote(context, "dispute-resolution-saved", node, null)
                .watching(save).node());
        node.getStyleClass().add("card");
        node.setId("dispute-resolution");
    }

    private TextField field(String id, javafx.beans.property.StringProperty text, ResolutionForm.Kind kind,
            int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(text);
        field.disableProperty().bind(model.kindProperty().isNotEqualTo(kind));
        field.setOnAction(e -> model.save());
        return field;
    }

    private Node choice(String text, ResolutionForm.Kind kind, String id, Node fields) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setUserData(kind);
        radio.setToggleGroup(group);
        VBox box = new VBox(4, radio, fields);
        VBox.setMargin(fields, new Insets(0, 0, 0, 26));
        return box;
    }

    private static HBox line(Node... nodes) {
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label wrapped(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private void showKind() {
        group.getToggles().stream().filter(t -> t.getUserData() == model.kindProperty().get()).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    Node node() {
        return node;
    }
}
