package app.dossier.ui.dispute;

import app.dossier.domain.DisputeStatus;
import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.CategoryMarks;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The chosen dispute: where it stands, what it claims, what the order's records show, which of the
 * four evidence categories are present or missing, and the files by category.
 */
final class DisputeDetailPane {
    private final UiContext context;
    private final DisputesViewModel model;
    private final VBox node = new VBox(16);
    /**
     * The dispute's next steps: the message to the factory, the resolution, the dated steps, the
     * dispute packet (PDF) and the 1688 refund request. Shown once the dispute's draft is loaded.
     */
    private final VBox nextSteps = new VBox(12);

    DisputeDetailPane(UiContext context, DisputesViewModel model) {
        this.context = context;
        this.model = model;
        nextSteps.setId("dispute-next-steps");
        nextSteps.managedProperty().bind(nextSteps.visibleProperty());
        nextSteps.visibleProperty().bind(model.work().shownProperty());
        nextSteps.getChildren().add(new DisputeWorkPane(context, model.work()).node());

        // The work comes before the records it rests on: it is what the user came to do.
        HBox facts = new HBox(16, factsCard(), evidenceCard());
        node.getChildren().addAll(header(), nextSteps, facts, filesSection());
        node.setPadding(new Insets(16, 20, 20, 20));
        node.setId("dispute-detail");
    }

    private HBox header() {
        Label title = new Label();
        title.setId("dispute-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(model.titleProperty());
        Label opened = new Label();
        opened.setId("dispute-opened");
        opened.getStyleClass().add("subtle");
        opened.setWrapText(true);
        opened.textProperty().bind(model.openedProperty());
        Label status = new Label();
        status.setId("dispute-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("status-badge");
        model.statusCodeProperty().addListener((o, was, now) -> {
            status.getStyleClass().removeIf(s -> s.startsWith("status-badge-"));
            if (now != null) {
                status.getStyleClass().add(styleOf(now));
            }
        });
        Button openOrder = new Button(context.t("dispute.openOrder"), Icons.of(Icons.ORDER));
        openOrder.setId("dispute-open-order");
        openOrder.setOnAction(e -> model.openOrder());
        VBox titles = new VBox(4, title, opened, claim());
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(12, titles, status, openOrder);
        header.setAlignment(Pos.TOP_LEFT);
        return header;
    }

    /** What is claimed, in the user's words: one line under the title, so the work below starts high on the screen. */
    private HBox claim() {
        Label summary = new Label();
        summary.setId("dispute-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label heading = heading(context.t("dispute.summary"), "mdi2n-note-text-outline");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, heading, summary);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.setPadding(new Insets(4, 0, 0, 0));
        return line;
    }

    private VBox factsCard() {
        GridPane grid = new GridPane();
        grid.setId("dispute-facts");
        grid.setHgap(14);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        model.facts().addListener((ListChangeListener<Fact>) c -> {
            grid.getChildren().clear();
            int row = 0;
            for (Fact fact : model.facts()) {
                Label label = new Label(fact.label());
                label.getStyleClass().add("subtle");
                Label value = new Label(fact.value());
                value.setWrapText(true);
                value.getStyleClass().add(fact.alarming() ? "alarming" : Styles.TEXT_BOLD);
                if (fact.alarming()) {
                    value.setGraphic(CategoryMarks.colored(Icons.MISSING, false, 16));
                }
                grid.addRow(row++, label, value);
            }
        });
        VBox card = new VBox(10, heading(context.t("dispute.facts"), Icons.ORDER), grid);
        card.getStyleClass().add("card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private VBox evidenceCard() {
        VBox lines = new VBox(10);
        lines.setId("dispute-categories");
        model.categories().addListener((ListChangeListener<CategoryState>) c -> {
            lines.getChildren().clear();
            for (CategoryState state : model.categories()) {
                lines.getChildren().add(categoryLine(state));
            }
        });
        VBox card = new VBox(10, heading(context.t("dispute.evidence"), Icons.FOLDER), lines);
        card.getStyleClass().add("card");
        card.setMinWidth(300);
        card.setPrefWidth(360);
        return card;
    }

    /** "✓ Chat and agreements — 4 files" in green, or "⚠ Receiving and QC — Missing" in red. */
    private Node categoryLine(CategoryState state) {
        Label mark = new Label(null,
                CategoryMarks.colored(state.present() ? Icons.PRESENT : Icons.MISSING, state.present(), 18));
        Label name = new Label(state.name(), Icons.of(CategoryMarks.icon(state.category()), 16));
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label value = new Label(state.state());
        value.getStyleClass().add(state.present() ? "present" : "missing");
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, mark, name, spacer, value);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setId("category-" + state.category().name().toLowerCase(Locale.ROOT));
        line.getStyleClass().add(state.present() ? "category-present" : "category-missing");
        return line;
    }

    private VBox filesSection() {
        VBox groups = new VBox(14);
        groups.setId("dispute-files");
        Runnable fill = () -> {
            groups.getChildren().clear();
            for (CategoryState state : model.categories()) {
                groups.getChildren().add(fileGroup(state));
            }
        };
        model.categories().addListener((ListChangeListener<CategoryState>) c -> fill.run());
        model.files().addListener((ListChangeListener<EvidenceRow>) c -> fill.run());
        Label title = new Label(context.t("dispute.files"));
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(10, title, groups);
    }

    private VBox fileGroup(CategoryState state) {
        EvidenceCategory category = state.category();
        Label heading = new Label(state.name() + " · " + state.state(),
                CategoryMarks.colored(CategoryMarks.icon(category), state.present(), 18));
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, state.present() ? "present" : "missing");
        GridPane rows = new GridPane();
        rows.setHgap(14);
        rows.setVgap(6);
        rows.setPadding(new Insets(0, 0, 0, 26));
        ColumnConstraints caption = new ColumnConstraints();
        caption.setHgrow(Priority.ALWAYS);
        caption.setMinWidth(200);
        rows.getColumnConstraints().addAll(caption, new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints());
        int row = 0;
        for (EvidenceRow file : model.files()) {
            if (file.evidence().category() != category) {
                continue;
            }
            Label text = new Label(file.caption());
            text.setWrapText(true);
            Label name = new Label(file.fileName(), Icons.of(Icons.FILE, 14));
            name.getStyleClass().add("subtle");
            Label when = new Label(file.captured());
            when.getStyleClass().add("subtle");
            when.setMinWidth(Region.USE_PREF_SIZE);
            Button open = new Button(context.t("common.open"), Icons.of(Icons.OPEN, 14));
            open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            open.setOnAction(e -> model.openFile(file));
            rows.addRow(row++, text, name, when, open);
        }
        if (row == 0) {
            Label none = new Label(context.t("dispute.category.none"));
            none.getStyleClass().add("missing");
            rows.addRow(0, none);
        }
        VBox group = new VBox(6, heading, rows);
        group.getStyleClass().add("file-group");
        return group;
    }

    private static Label heading(String text, String icon) {
        Label label = new Label(text, Icons.of(icon, 16));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    Node node() {
        return node;
    }

    /** The place reserved for the dispute's next steps (message, resolution, status steps, packet). */
    VBox nextSteps() {
        return nextSteps;
    }

    /** The style class that colours a status: grey for a draft, blue when sent, red when escalated… */
    static String styleOf(DisputeStatus status) {
        return "status-badge-" + status.name().toLowerCase(Locale.ROOT);
    }
}
