package app.dossier.ui.dispute;

import app.dossier.domain.Action;
import app.dossier.domain.Language;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The message: the Chinese text to send and the buyer's copy side by side, with copy, save and back to drafted. */
final class MessageCard {
    private final UiContext context;
    private final MessageForm model;
    private final VBox node;
    private final ToggleButton vietnamese;
    private final ToggleButton english;

    MessageCard(UiContext context, MessageForm model) {
        this.context = context;
        this.model = model;
        vietnamese = languageButton(Language.VIETNAMESE, Styles.LEFT_PILL);
        english = languageButton(Language.ENGLISH, Styles.RIGHT_PILL);
        ToggleGroup group = new ToggleGroup();
        vietnamese.setToggleGroup(group);
        english.setToggleGroup(group);
        model.languageProperty().addListener((o, was, now) -> showLanguage());
        showLanguage();

        Label title = new Label(context.t("dispute.message.title"), Icons.of("mdi2m-message-text-outline", 16));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label state = new Label();
        state.setId("dispute-message-state");
        state.getStyleClass().add("subtle");
        state.textProperty().bind(model.stateProperty());
        state.visibleProperty().bind(model.availableProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label yourCopy = new Label(context.t("dispute.message.yourCopy"));
        yourCopy.getStyleClass().add("subtle");
        HBox languages = new HBox(vietnamese, english);
        HBox header = new HBox(10, title, state, spacer, yourCopy, languages);
        header.setAlignment(Pos.CENTER_LEFT);

        node = new VBox(10, header, texts(), buttons(), why());
        node.getStyleClass().add("card");
        node.setId("dispute-message");
    }

    private ToggleButton languageButton(Language language, String pill) {
        ToggleButton button = new ToggleButton(context.t("dispute.language." + language.name()));
        button.setId("dispute-language-" + language.tag());
        button.getStyleClass().addAll(pill, Styles.SMALL);
        button.setOnAction(e -> choose(language));
        return button;
    }

    private void choose(Language language) {
        if (language != model.languageProperty().get()
                && (!model.languageSwitchDropsEdits()
                        || Dialogs.confirm(context, context.t("dispute.message.languageSwitch.confirm")))) {
            model.chooseLanguage(language);
        }
        showLanguage();
    }

    private void showLanguage() {
        Language now = model.languageProperty().get();
        vietnamese.setSelected(now == Language.VIETNAMESE);
        english.setSelected(now == Language.ENGLISH);
    }

    private HBox texts() {
        TextArea chinese = area("dispute-message-factory");
        chinese.textProperty().bindBidirectional(model.factoryTextProperty());
        TextArea buyer = area("dispute-message-buyer");
        buyer.textProperty().bindBidirectional(model.buyerTextProperty());
        Label chineseTitle = new Label(context.t("dispute.message.factoryTitle"));
        chineseTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label buyerTitle = new Label();
        buyerTitle.getStyleClass().add("subtle");
        buyerTitle.textProperty().bind(model.buyerTitleProperty());
        VBox left = column(chineseTitle, chinese);
        VBox right = column(buyerTitle, buyer);
        HBox box = new HBox(14, left, right);
        shownWhenAvailable(box);
        return box;
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(9);
        area.getStyleClass().add("message-area");
        return area;
    }

    private static VBox column(Label title, TextArea area) {
        VBox column = new VBox(4, title, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setPrefWidth(0);
        column.setMaxWidth(Double.MAX_VALUE);
        return column;
    }

    private HBox buttons() {
        Button copy = new Button(context.t("dispute.message.copy"), Icons.of("mdi2c-content-copy", 16));
        copy.setId("dispute-copy-chinese");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(e -> model.copyChinese());
        Button save = new Button(context.t("dispute.message.save"), Icons.of(Icons.SAVE, 16));
        save.setId("dispute-save-message");
        save.disableProperty().bind(model.changedProperty().not());
        save.setOnAction(e -> model.saveEdits());
        Button back = new Button(context.t("dispute.message.backToDrafted"), Icons.of("mdi2u-undo-variant", 16));
        back.setId("dispute-back-to-drafted");
        context.onlyWhoMay(Action.RECORDS, save, back);
        back.disableProperty().bind(model.hasEditsProperty().not());
        back.setOnAction(e -> model.backToDrafted());
        Label problem = new Label();
        problem.setId("dispute-message-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        HBox.setHgrow(problem, Priority.ALWAYS);
        HBox box = new HBox(8, copy, save, back, problem);
        app.dossier.ui.common.SavedNote saved = new app.dossier.ui.common.SavedNote(context, "dispute-message-saved",
                box, () -> node.lookup(".text-input")).watching(save);
        box.getChildren().add(3, saved.node());
        box.setAlignment(Pos.CENTER_LEFT);
        shownWhenAvailable(box);
        return box;
    }

    /** Instead of the texts when nothing is counted yet: why, and the way to where it is counted. */
    private VBox why() {
        Label why = new Label();
        why.setId("dispute-message-why");
        why.setWrapText(true);
        why.textProperty().bind(model.whyProperty());
        why.setGraphic(Icons.of(Icons.MISSING, 16));
        Button receiving = new Button(context.t("dispute.message.goToReceiving"), Icons.of(Icons.RECEIVING, 16));
        receiving.setId("dispute-go-receiving");
        receiving.setOnAction(e -> model.goToReceiving());
        receiving.visibleProperty().bind(model.receivingOfferedProperty());
        receiving.managedProperty().bind(receiving.visibleProperty());
        VBox box = new VBox(8, why, receiving);
        box.getStyleClass().add("why-box");
        box.visibleProperty().bind(model.availableProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void shownWhenAvailable(Node node) {
        node.visibleProperty().bind(model.availableProperty());
        node.managedProperty().bind(node.visibleProperty());
    }

    Node node() {
        return node;
    }
}
