package app.dossier.ui.shell;

import app.dossier.domain.Action;
import app.dossier.ui.common.CheckLine;
import app.dossier.ui.common.DueLine;
import app.dossier.ui.common.FindingLine;
import app.dossier.ui.common.GuidanceMarks;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The first screen: what is due soon or overdue, what to fix now, which orders have gaps in their
 * records and which are ready for a dispute; on an empty data folder, the offer to load the sample
 * business or to add the first factory. Each line opens its order.
 */
public final class StartView implements View {
    private final UiContext context;
    private final StartViewModel model;
    private final ScrollPane node;

    public StartView(UiContext context) {
        this.context = context;
        this.model = new StartViewModel(context);
        Label welcome = new Label(context.t("start.welcome"));
        welcome.getStyleClass().add("section-title");
        Label counts = new Label();
        counts.setId("start-counts");
        counts.getStyleClass().add("subtle");
        counts.textProperty().bind(model.countsProperty());
        Label intro = new Label(context.t("start.intro"));
        intro.setWrapText(true);
        Label where = new Label(context.t("start.whereData", context.services().location().caseFilesRoot()));
        where.getStyleClass().add("subtle");
        where.setWrapText(true);

        VBox box = new VBox(16, welcome, intro, counts, sampleOffer(),
                card("start-due", "mdi2c-calendar-clock", context.t("start.due.title"), model.due(),
                        context.t("start.due.none"), this::dueRow, null),
                card("start-findings", "mdi2a-alert-outline", context.t("start.findings.title"), model.pressing(),
                        context.t("start.findings.none"), this::findingRow, footer(model.morePressingProperty(),
                                "start-findings-more", "subtle")),
                card("start-gaps", "mdi2f-folder-alert-outline", context.t("start.gaps.title"), model.gaps(),
                        context.t("start.gaps.none"), this::gapRow, footer(model.readyProperty(), "start-ready",
                                "ready-marker")),
                where);
        box.setPadding(new Insets(24));
        box.setMaxWidth(1040);
        VBox page = new VBox(box);
        node = new ScrollPane(page);
        node.setFitToWidth(true);
        node.setId("start-view");
        node.getStylesheets().add(GuidanceMarks.stylesheet());
    }

    private Node sampleOffer() {
        Button loadSample = new Button(context.t("start.loadSample"), Icons.of(Icons.ADD));
        loadSample.setId("load-sample");
        context.onlyWhoMay(Action.RECORDS, loadSample);
        loadSample.getStyleClass().add("accent");
        loadSample.disableProperty().bind(model.loadingProperty());
        loadSample.setOnAction(e -> model.loadSample());
        Label sampleHint = new Label(context.t("start.loadSample.hint"));
        sampleHint.getStyleClass().add("subtle");
        sampleHint.setWrapText(true);
        Button addFactory = new Button(context.t("start.addFactory"), Icons.of(Icons.FACTORY));
        addFactory.setOnAction(e -> context.navigator().showFactory(0));
        context.onlyWhoMay(Action.RECORDS, addFactory);
        Label emptyTitle = new Label(context.t("start.empty"));
        emptyTitle.setStyle("-fx-font-weight: bold;");
        VBox empty = new VBox(10, emptyTitle, loadSample, sampleHint, addFactory);
        empty.getStyleClass().add("card");
        empty.setId("sample-offer");
        empty.setMaxWidth(720);
        empty.visibleProperty().bind(model.canLoadSampleProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    /** A titled card listing one row per item, or a line saying there is nothing to list. */
    private <T> Node card(String id, String icon, String title, ObservableList<T> items, String none,
            Function<T, Node> row, Node footer) {
        Label heading = new Label(title, Icons.of(icon, 20));
        heading.getStyleClass().add("guidance-card-title");
        Label empty = new Label(none);
        empty.getStyleClass().add("guidance-empty");
        empty.setWrapText(true);
        VBox rows = new VBox(2);
        rows.setId(id + "-rows");
        Runnable fill = () -> {
            rows.getChildren().setAll(items.stream().map(row).toList());
            empty.setVisible(items.isEmpty());
            empty.setManaged(items.isEmpty());
        };
        items.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        VBox card = new VBox(8, heading, empty, rows);
        if (footer != null) {
            card.getChildren().add(footer);
        }
        card.getStyleClass().addAll("card", "guidance-card");
        card.setId(id);
        return card;
    }

    private static Node footer(javafx.beans.value.ObservableStringValue text, String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Node dueRow(DueLine line) {
        Label pill = GuidanceMarks.urgency(line.urgency(), line.urgencyWords());
        pill.setMinWidth(96);
        Label order = new Label(line.orderLabel());
        order.getStyleClass().add("guidance-order");
        order.setMinWidth(0);
        Label what = new Label(line.what());
        what.setStyle("-fx-font-weight: bold;");
        what.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, what, order);
        head.setAlignment(Pos.BASELINE_LEFT);
        Label message = wrapping(line.message());
        message.getStyleClass().add("subtle");
        VBox text = new VBox(2, head, message);
        Label when = new Label(line.when());
        when.getStyleClass().addAll("guidance-when", line.overdue() ? "overdue-when" : "due-soon-when");
        when.setMinWidth(Region.USE_PREF_SIZE);
        return row("due-" + line.orderId() + "-" + line.kind().name().toLowerCase(Locale.ROOT), line.orderId(),
                pill, text, when);
    }

    private Node findingRow(FindingLine line) {
        Label pill = GuidanceMarks.severity(line.severity(), line.severityWords());
        pill.setMinWidth(96);
        Label order = new Label(line.orderLabel());
        order.getStyleClass().add("guidance-order");
        order.setMinWidth(0);
        HBox head = new HBox(10, order);
        if (!line.when().isEmpty()) {
            Label when = new Label(line.when());
            when.getStyleClass().add("guidance-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(when);
        }
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(2, head, wrapping(line.text()));
        return row("finding-" + line.orderId() + "-" + line.kind().name().toLowerCase(Locale.ROOT), line.orderId(), pill, text, null);
    }

    private Node gapRow(GapLine line) {
        Label order = new Label(line.orderLabel());
        order.getStyleClass().add("guidance-order");
        order.setMinWidth(0);
        Label detail = new Label(line.detail());
        detail.getStyleClass().add("subtle");
        detail.setMinWidth(0);
        FlowPane checks = new FlowPane(14, 4);
        for (CheckLine check : line.checks()) {
            Label mark = new Label(check.name() + ": " + check.stateWords(), GuidanceMarks.icon(check.state(), 16));
            mark.getStyleClass().add("state-" + check.state().styleClass());
            if (!check.reasons().isEmpty()) {
                Tooltip.install(mark, new Tooltip(String.join("\n", check.reasons())));
            }
            checks.getChildren().add(mark);
        }
        Label readiness = wrapping(line.readiness());
        readiness.getStyleClass().add(line.ready() ? "ready-marker" : "not-ready-marker");
        readiness.setMaxWidth(Region.USE_PREF_SIZE);
        VBox readinessBox = new VBox(readiness);
        VBox text = new VBox(4, new HBox(10, order, detail), checks, readinessBox);
        return row("gap-" + line.orderId(), line.orderId(), null, text, null);
    }

    private static Label wrapping(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A line that opens its order when clicked, or with Enter or Space. */
    private Node row(String id, long orderId, Node left, VBox text, Node right) {
        HBox row = new HBox(12);
        if (left != null) {
            row.getChildren().add(left);
        }
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row.getChildren().add(text);
        if (right != null) {
            row.getChildren().add(right);
        }
        row.setAlignment(Pos.TOP_LEFT);
        row.setId(id);
        row.getStyleClass().add("guidance-row");
        row.setFocusTraversable(true);
        row.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        row.setAccessibleHelp(context.t("start.open"));
        Tooltip.install(row, new Tooltip(context.t("start.open")));
        row.setOnMouseClicked(e -> model.open(orderId));
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(orderId);
            }
        });
        return row;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** For tests. */
    StartViewModel model() {
        return model;
    }
}
