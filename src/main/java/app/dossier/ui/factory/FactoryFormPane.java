package app.dossier.ui.factory;

import app.dossier.domain.Field;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.SavedNote;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The factory's details as a form: the two names, the 1688 shop, WeChat, contact and notes, with Save. */
final class FactoryFormPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final VBox node = new VBox(12);
    private final TextField name = new TextField();

    FactoryFormPane(UiContext context, FactoriesViewModel model) {
        FactoryForm form = model.form();
        TextField latinName = new TextField();
        TextField shopUrl = new TextField();
        TextField wechatId = new TextField();
        TextField contact = new TextField();
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        bind(name, form.nameProperty(), "factory-name", context.t("factory.prompt.name"));
        bind(latinName, form.latinNameProperty(), "factory-latin-name", context.t("factory.prompt.latinName"));
        bind(shopUrl, form.shopUrlProperty(), "factory-shop-url", context.t("factory.prompt.shopUrl"));
        bind(wechatId, form.wechatIdProperty(), "factory-wechat", "");
        bind(contact, form.contactProperty(), "factory-contact", "");
        bind(notes, form.notesProperty(), "factory-notes", "");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        row(grid, 0, context.t("factory.field.name"), checked(name, model, Field.FACTORY_NAME));
        row(grid, 1, context.t("factory.field.latinName"), checked(latinName, model, Field.FACTORY_LATIN_NAME));
        row(grid, 2, context.t("factory.field.shopUrl"), checked(shopUrl, model, Field.SHOP_LINK));
        row(grid, 3, context.t("factory.field.wechatId"), checked(wechatId, model, Field.WECHAT_ID));
        row(grid, 4, context.t("factory.field.contact"), checked(contact, model, Field.CONTACT));
        GridPane.setValignment(row(grid, 5, context.t("factory.field.notes"), checked(notes, model,
                Field.FACTORY_NOTES)), VPos.TOP);

        Button save = new Button(context.t("common.save"), Icons.of(Icons.SAVE));
        save.setId("factory-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Label unsaved = new Label(context.t("factory.unsaved"));
        unsaved.getStyleClass().add(Styles.WARNING);
        unsaved.visibleProperty().bind(form.changedProperty().and(model.savingProperty().not()));
        Label error = new Label();
        error.setId("factory-error");
        error.setWrapText(true);
        error.getStyleClass().add("missing");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setGraphic(Icons.of(Icons.MISSING, 16));
        SavedNote saved = new SavedNote(context, "factory-saved", node, null).watching(save);
        HBox actions = new HBox(12, save, unsaved, saved.node());
        actions.setAlignment(Pos.CENTER_LEFT);

        node.getChildren().addAll(grid, error, actions);
        node.getStyleClass().add("card");
        node.disableProperty().bind(model.savingProperty());
        // Ctrl+S saves from any field, so the hands can stay on the keyboard.
        node.setOnKeyPressed(e -> {
            if (SAVE.match(e)) {
                saved.listen();
                model.save();
                e.consume();
            }
        });
    }

    private static void bind(TextInputControl field, StringProperty value, String id,
            String prompt) {
        field.textProperty().bindBidirectional(value);
        field.setId(id);
        field.setPromptText(prompt);
    }

    /** The field with what is wrong with it shown underneath, while something is. */
    private static Node checked(TextInputControl field, FactoriesViewModel model, Field which) {
        Label problem = new Label();
        problem.setId(field.getId() + "-error");
        problem.setWrapText(true);
        problem.getStyleClass().add("missing");
        problem.textProperty().bind(model.errorOf(which));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(4, field, problem);
        field.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label row(GridPane grid, int row, String label, Node field) {
        Label text = new Label(label);
        text.setLabelFor(field);
        grid.addRow(row, text, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return text;
    }

    VBox node() {
        return node;
    }

    /** Puts the cursor in the name, for typing a new factory straight away. */
    void focusName() {
        name.requestFocus();
    }
}
