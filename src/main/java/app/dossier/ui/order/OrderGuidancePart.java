package app.dossier.ui.order;

import app.dossier.ui.common.CheckLine;
import app.dossier.ui.common.DueLine;
import app.dossier.ui.common.FindingLine;
import app.dossier.ui.common.GuidanceMarks;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guidance for the order shown, between its header and its tabs: a line saying whether the
 * case file is ready for a dispute and how much there is to do, and (unless hidden) the four
 * records with their gaps, the findings and deadlines, and the messages to send the factory.
 */
final class OrderGuidancePart {
    private final UiContext context;
    private final OrderGuidanceModel model;
    private final HBox head;
    private final VBox body;
    private final Button toggle;
    private final BooleanProperty shown;

    OrderGuidancePart(UiContext context, OrderGuidanceModel model, Runnable recordConfirmation) {
        this.context = context;
        this.model = model;
        this.shown = model.shownProperty();

        Label title = new Label(context.t("order.guide.title"), Icons.of("mdi2c-compass-outline", 18));
        title.getStyleClass().add("guidance-band-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label readiness = new Label();
        readiness.setId("order-readiness");
        readiness.textProperty().bind(model.readinessProperty());
        Tooltip blockers = new Tooltip();
        blockers.textProperty().bind(model.blockersProperty());
        model.blockersProperty().addListener((o, was, now) -> readiness.setTooltip(now.isEmpty() ? null : blockers));
        readiness.setMinWidth(0);
        Runnable markReadiness = () -> {
            readiness.getStyleClass().removeAll("ready-marker", "not-ready-marker");
            readiness.getStyleClass().add(model.readyProperty().get() ? "ready-marker" : "not-ready-marker");
            readiness.setGraphic(Icons.of(model.readyProperty().get() ? Icons.PRESENT : "mdi2s-shield-alert-outline",
                    16));
        };
        model.readyProperty().addListener((o, was, now) -> markReadiness.run());
        markReadiness.run();
        Label headline = new Label();
        headline.setId("order-guidance-headline");
        headline.getStyleClass().add("subtle");
        headline.textProperty().bind(model.headlineProperty());
        headline.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toggle = new Button();
        toggle.setId("order-guidance-toggle");
        toggle.getStyleClass().add(Styles.FLAT);
        toggle.textProperty().bind(Bindings.when(shown).then(context.t("order.guide.hide"))
                .otherwise(context.t("order.guide.show")));
        toggle.graphicProperty().bind(Bindings.when(shown).then((Node) Icons.of("mdi2c-chevron-up", 18))
                .otherwise(Icons.of("mdi2c-chevron-down", 18)));
        toggle.setOnAction(e -> shown.set(!shown.get()));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        head = new HBox(10, title, readiness, headline, spacer, toggle);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("guidance-band-head");
        head.setId("order-guidance");

        VBox records = new VBox(6, heading(context.t("order.guide.records")));
        VBox recordRows = new VBox(6);
        records.getChildren().add(recordRows);
        model.checks().addListener((ListChangeListener<CheckLine>) c ->
                recordRows.getChildren().setAll(model.checks().stream().map(this::recordRow).toList()));
        records.setPrefWidth(340);
        records.setMinWidth(260);

        VBox todoRows = new VBox(6);
        todoRows.setId("order-findings");
        Label nothing = new Label(context.t("order.guide.nothing"));
        nothing.getStyleClass().add("guidance-empty");
        Runnable fillTodo = () -> {
            todoRows.getChildren().setAll(model.findings().stream().map(this::findingRow).toList());
            todoRows.getChildren().addAll(model.due().stream().map(this::dueRow).toList());
            if (todoRows.getChildren().isEmpty()) {
                todoRows.getChildren().add(nothing);
            }
        };
        model.findings().addListener((ListChangeListener<FindingLine>) c -> fillTodo.run());
        model.due().addListener((ListChangeListener<DueLine>) c -> fillTodo.run());
        fillTodo.run();
        VBox todo = new VBox(6, heading(context.t("order.guide.todo")), todoRows);
        HBox.setHgrow(todo, Priority.ALWAYS);
        todo.setMinWidth(0);
        HBox columns = new HBox(20, records, todo);

        body = new VBox(14, columns, contract(), summary(recordConfirmation));
        body.getStyleClass().add("guidance-band-body");
        body.setId("order-guidance-body");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("guidance-heading");
        return label;
    }

    private Node recordRow(CheckLine check) {
        Label name = new Label(check.name() + " — " + check.stateWords(), GuidanceMarks.icon(check.state(), 16));
        name.getStyleClass().addAll("guidance-record", "state-" + check.state().styleClass());
        name.setId("order-record-" + check.category().name());
        name.setWrapText(true);
        VBox box = new VBox(2, name);
        for (String reason : check.reasons()) {
            box.getChildren().add(small(reason));
        }
        return box;
    }

    private Node findingRow(FindingLine line) {
        Label pill = GuidanceMarks.severity(line.severity(), line.severityWords());
        pill.setMinWidth(84);
        VBox text = new VBox(1, wrapping(line.text()));
        if (!line.when().isEmpty()) {
            Label when = new Label(line.when());
            when.getStyleClass().add(line.urgency() == null ? "subtle"
                    : "when-" + line.urgency().name().toLowerCase(Locale.ROOT));
            text.getChildren().add(when);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(10, pill, text);
        row.setId("order-finding-" + line.kind().name());
        row.getStyleClass().add("guidance-finding");
        return row;
    }

    private Node dueRow(DueLine line) {
        Label pill = GuidanceMarks.urgency(line.urgency(), line.urgencyWords());
        pill.setMinWidth(84);
        Label what = new Label(context.t("order.guide.due", line.what()));
        what.setStyle("-fx-font-weight: bold;");
        Label when = new Label(line.when());
        when.getStyleClass().add("when-" + line.urgency().name().toLowerCase(Locale.ROOT));
        VBox text = new VBox(1, what, wrapping(line.message()), when);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(10, pill, text);
        row.setId("order-due-" + line.kind().name());
        row.getStyleClass().add("guidance-finding");
        return row;
    }

    private Node contract() {
        Label title = new Label(context.t("order.guide.contract.title"), Icons.of("mdi2f-file-sign", 18));
        title.getStyleClass().add("guidance-heading");
        VBox reasons = new VBox(2);
        model.adviceReasons().addListener((ListChangeListener<String>) c ->
                reasons.getChildren().setAll(model.adviceReasons().stream().map(OrderGuidancePart::wrapping).toList()));
        Button chinese = new Button(context.t("order.guide.contract.copyChinese"), Icons.of("mdi2c-content-copy", 16));
        chinese.setId("copy-terms-chinese");
        chinese.getStyleClass().add("accent");
        chinese.setOnAction(e -> model.copyTermsChinese());
        Button english = new Button(context.t("order.guide.contract.copyEnglish"), Icons.of("mdi2c-content-copy", 16));
        english.setId("copy-terms-english");
        english.setOnAction(e -> model.copyTermsEnglish());
        VBox box = new VBox(8, title, reasons, small(context.t("order.guide.contract.intro")),
                fillIn(model.termsToFillInProperty()), new HBox(8, chinese, english),
                messages(model.termsChineseProperty(), model.termsEnglishProperty(), "terms"));
        box.getStyleClass().add("guidance-message-card");
        box.setId("order-contract");
        box.visibleProperty().bind(model.advisedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node summary(Runnable recordConfirmation) {
        Label title = new Label(context.t("order.guide.summary.title"), Icons.of("mdi2m-message-text-outline", 18));
        title.getStyleClass().add("guidance-heading");
        Label state = new Label();
        state.setId("order-summary-state");
        state.setWrapText(true);
        Runnable markState = () -> {
            boolean done = model.confirmedProperty().get();
            state.setText(context.t(done ? "order.guide.summary.confirmed" : "order.guide.summary.notConfirmed"));
            state.getStyleClass().removeAll("ready-marker", "not-ready-marker");
            state.getStyleClass().add(done ? "ready-marker" : "not-ready-marker");
        };
        model.confirmedProperty().addListener((o, was, now) -> markState.run());
        markState.run();
        Button chinese = new Button(context.t("order.guide.summary.copyChinese"), Icons.of("mdi2c-content-copy", 16));
        chinese.setId("copy-summary-chinese");
        chinese.getStyleClass().add("accent");
        chinese.setOnAction(e -> model.copySummaryChinese());
        Button english = new Button(context.t("order.guide.summary.copyEnglish"), Icons.of("mdi2c-content-copy", 16));
        english.setId("copy-summary-english");
        english.setOnAction(e -> model.copySummaryEnglish());
        Button record = new Button(context.t("order.guide.confirm"), Icons.of(Icons.ATTACH, 16));
        record.setId("record-confirmation");
        record.setOnAction(e -> recordConfirmation.run());
        HBox buttons = new HBox(8, chinese, english, record);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, small(context.t("order.guide.summary.intro")), new HBox(state),
                fillIn(model.summaryToFillInProperty()), buttons,
                messages(model.summaryChineseProperty(), model.summaryEnglishProperty(), "summary"));
        box.getStyleClass().add("guidance-message-card");
        box.setId("order-summary");
        box.visibleProperty().bind(model.offPlatformProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The message in Chinese and in English side by side, as it will be pasted. */
    private Node messages(ObservableStringValue chinese, ObservableStringValue english, String id) {
        HBox box = new HBox(10, message(context.t("order.guide.chinese"), chinese, id + "-chinese"),
                message(context.t("order.guide.english"), english, id + "-english"));
        return box;
    }

    private static Node message(String label, ObservableStringValue text, String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        area.setPrefHeight(170);
        area.setMinHeight(170);
        area.textProperty().bind(text);
        area.getStyleClass().add("guidance-message");
        Label name = new Label(label);
        name.getStyleClass().add("subtle");
        VBox box = new VBox(3, name, area);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(200);
        return box;
    }

    private static Node fillIn(ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("not-ready-marker");
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label wrapping(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label small(String words) {
        Label label = wrapping(words);
        label.getStyleClass().addAll("subtle", "guidance-small");
        return label;
    }

    /** The line that is always shown: readiness, how much to do, Hide/Show. */
    Node head() {
        return head;
    }

    /** The records, findings and messages; shown while the toggle is on. */
    VBox body() {
        return body;
    }

    /** Whether the body is shown; Hide and Show switch it. */
    BooleanProperty shownProperty() {
        return shown;
    }
}
