package app.dossier.ui.order;

import app.dossier.domain.PaymentCovers;
import app.dossier.ui.common.FieldBox;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** "Record a payment": the fields of one payment and its proof, saved together. */
final class PaymentFormPart {
    private final VBox node;
    private final Button save;

    PaymentFormPart(UiContext context, PaymentFormModel model) {
        Label title = new Label();
        title.setId("pay-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> context.t(
                model.editingProperty().get() == null ? "order.pay.title" : "order.pay.editTitle"),
                model.editingProperty()));
        title.getStyleClass().add(Styles.TITLE_4);

        TextField amount = FieldBox.bound(model.amount(), "pay-amount", context.t("order.pay.amount.prompt"));
        TextField paidOn = FieldBox.bound(model.paidOn(), "pay-paid-on", context.t("order.date.prompt"));
        ComboBox<PaymentCovers> covers = new ComboBox<>();
        covers.setId("pay-covers");
        covers.getItems().setAll(PaymentCovers.values());
        covers.setConverter(converter(context));
        covers.valueProperty().bindBidirectional(model.coversProperty());
        covers.setMaxWidth(Double.MAX_VALUE);
        covers.setPromptText(context.t("order.pay.covers.prompt"));
        TextField rate = FieldBox.bound(model.rate(), "pay-rate", context.t("order.pay.rate.prompt"));
        ComboBox<String> method = new ComboBox<>();
        method.setId("pay-method");
        method.setEditable(true);
        method.getItems().setAll(context.t("order.pay.method.alipay"), context.t("order.pay.method.wechat"),
                context.t("order.pay.method.bank"), context.t("order.pay.method.cash"));
        method.getEditor().textProperty().bindBidirectional(model.methodProperty());
        method.setMaxWidth(Double.MAX_VALUE);
        TextField account = FieldBox.bound(model.accountProperty(), "pay-account", context.t("order.pay.account.prompt"));
        TextField reference = FieldBox.bound(model.referenceProperty(), "pay-reference", "");
        TextField acknowledged = FieldBox.bound(model.acknowledgedAt(), "pay-acknowledged",
                context.t("order.dateTime.prompt"));

        Label proofName = new Label();
        proofName.setId("pay-proof-name");
        proofName.textProperty().bind(Bindings.createStringBinding(() -> model.proofProperty().get() != null
                ? String.valueOf(model.proofProperty().get().getFileName())
                : !model.keptProofProperty().get().isEmpty() ? model.keptProofProperty().get()
                : model.editingProperty().get() != null && model.editingProperty().get().proofEvidenceId() != null
                        ? context.t("order.pay.proof.unlinked") : context.t("order.pay.proof.none"),
                model.proofProperty(), model.keptProofProperty(), model.editingProperty()));
        Button chooseProof = new Button(null, Icons.of(Icons.ATTACH));
        chooseProof.textProperty().bind(Bindings.createStringBinding(() -> context.t(
                model.keptProofProperty().get().isEmpty() ? "order.pay.proof.choose" : "order.pay.proof.replace"),
                model.keptProofProperty()));
        chooseProof.setId("pay-proof");
        chooseProof.setOnAction(e -> model.chooseProof());
        Button clearProof = new Button(null, Icons.of("mdi2c-close"));
        clearProof.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clearProof.setId("pay-proof-clear");
        clearProof.visibleProperty().bind(model.proofProperty().isNotNull().or(model.keptProofProperty().isNotEmpty()));
        clearProof.setOnAction(e -> model.clearProof());
        proofName.setWrapText(true);
        HBox chosen = new HBox(4, proofName, clearProof);
        chosen.setAlignment(Pos.CENTER_LEFT);
        VBox proof = new VBox(4, chooseProof, chosen);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100 / 3.0);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        grid.add(FieldBox.of(context.t("order.pay.amount"), amount, model.amountHintProperty(),
                model.amount().errorProperty()), 0, 0);
        grid.add(FieldBox.of(context.t("order.pay.paidOn"), paidOn, model.paidOn().errorProperty()), 1, 0);
        grid.add(FieldBox.of(context.t("order.pay.covers"), covers, model.coversErrorProperty()), 2, 0);
        grid.add(FieldBox.of(context.t("order.pay.rate"), rate, model.rate().errorProperty()), 0, 1);
        grid.add(FieldBox.of(context.t("order.pay.method"), method, null), 1, 1);
        grid.add(FieldBox.of(context.t("order.pay.account"), account, null), 2, 1);
        grid.add(FieldBox.of(context.t("order.pay.reference"), reference, null), 0, 2);
        grid.add(FieldBox.of(context.t("order.pay.acknowledged"), acknowledged,
                model.acknowledgedAt().errorProperty()), 1, 2);
        grid.add(FieldBox.of(context.t("order.pay.proof"), proof, null), 2, 2);

        Label counted = new Label();
        counted.setId("pay-counted");
        counted.setWrapText(true);
        counted.getStyleClass().add("pay-counted");
        counted.textProperty().bind(model.countedProperty());
        counted.visibleProperty().bind(counted.textProperty().isNotEmpty());
        counted.managedProperty().bind(counted.visibleProperty());

        save = new Button(context.t("order.pay.save"), Icons.of(Icons.SAVE));
        save.setId("pay-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(context.t("common.cancel"));
        cancel.setId("pay-cancel");
        cancel.setOnAction(e -> model.close());
        Label error = new Label();
        error.setId("pay-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.formErrorProperty());
        HBox actions = new HBox(8, save, cancel, error);
        actions.setAlignment(Pos.CENTER_LEFT);

        node = new VBox(10, title, grid, counted, actions);
        node.getStyleClass().addAll("card", "payment-form");
        node.setId("payment-form");
        node.visibleProperty().bind(model.openProperty());
        node.managedProperty().bind(node.visibleProperty());
        model.openProperty().addListener((o, was, open) -> {
            if (open) {
                app.dossier.ui.common.Scrolling.reveal(node);
                amount.requestFocus();
            }
        });
    }

    private static StringConverter<PaymentCovers> converter(UiContext context) {
        return new StringConverter<>() {
            @Override
            public String toString(PaymentCovers covers) {
                return covers == null ? "" : context.t("covers." + covers.name());
            }

            @Override
            public PaymentCovers fromString(String text) {
                return null;
            }
        };
    }

    Node node() {
        return node;
    }

    /** Save, for the note that says beside the ledger what was recorded. */
    Button save() {
        return save;
    }
}
