package app.dossier.ui.order;

import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.FileDrop;
import app.dossier.ui.common.FileTile;
import app.dossier.ui.common.GuidanceMarks;
import app.dossier.ui.common.RecordState;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One evidence category of the order: its files as thumbnails, Attach files…, and dropping files
 * or folders on the tab or its page. Payments and Receiving and QC put their own part above the files.
 */
final class EvidenceTabPart {
    private final UiContext context;
    private final OrderViewModel model;
    private final EvidenceCategory category;
    private final Tab tab = new Tab();
    private final FlowPane tiles = new FlowPane(10, 10);
    private final VBox emptyZone;

    EvidenceTabPart(UiContext context, OrderViewModel model, EvidenceCategory category, Node extra) {
        this.context = context;
        this.model = model;
        this.category = category;
        String name = category.name();

        Label title = new Label();
        title.setId("tab-title-" + name);
        title.textProperty().bind(model.tabTitleProperty(category));
        model.stateProperty(category).addListener((o, was, now) -> mark(title, now));
        mark(title, model.stateProperty(category).get());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.tabTipProperty(category));
        model.tabTipProperty(category).addListener((o, was, now) -> title.setTooltip(now.isEmpty() ? null : tip));
        tab.setGraphic(title);
        tab.setId("tab-" + name);
        tab.setClosable(false);
        FileDrop.install(title, files -> model.attach(category, files));

        Button attach = new Button(context.t("order.attach"), Icons.of(Icons.ATTACH));
        attach.setId("attach-" + name);
        attach.setOnAction(e -> model.chooseAndAttach(category));
        Label hint = new Label(context.t("order.attach.hint"));
        hint.getStyleClass().add("subtle");
        HBox toolbar = new HBox(10, attach, hint);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label emptyText = new Label(context.t("order.files.none." + name));
        emptyText.setWrapText(true);
        emptyText.getStyleClass().add("missing");
        emptyZone = new VBox(8, Icons.of("mdi2t-tray-arrow-down", 32), emptyText);
        emptyZone.setAlignment(Pos.CENTER);
        emptyZone.getStyleClass().add("empty-drop-zone");
        emptyZone.setId("empty-" + name);

        tiles.getStyleClass().add("file-tiles");
        tiles.setId("files-" + name);
        VBox page = new VBox(12, toolbar);
        if (extra != null) {
            page.getChildren().add(extra);
        }
        page.getChildren().addAll(emptyZone, tiles);
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("evidence-page");
        FileDrop.install(scroll, files -> model.attach(category, files));
        tab.setContent(scroll);

        model.files(category).addListener((ListChangeListener<EvidenceItem>) c -> showFiles());
        showFiles();
    }

    /** Green when the record is complete, amber when partial, red when missing, grey before it is due. */
    private static void mark(Label title, RecordState state) {
        title.getStyleClass().removeAll(RecordState.styleClasses());
        title.getStyleClass().add(state.styleClass());
        title.setGraphic(GuidanceMarks.icon(state, 16));
    }

    private void showFiles() {
        boolean none = model.files(category).isEmpty();
        emptyZone.setVisible(none && model.order() != null);
        emptyZone.setManaged(emptyZone.isVisible());
        tiles.getChildren().clear();
        for (EvidenceItem item : model.files(category)) {
            FileTile tile = new FileTile(item.path(), item.picture(), item.title(), item.detail(), item.tooltip())
                    .action(context.t("common.open"), Icons.OPEN, null, () -> model.open(item))
                    .action(context.t("common.showInFolder"), Icons.FOLDER, null, () -> model.reveal(item))
                    .action(context.t("order.caption.edit"), Icons.EDIT, null, () -> editCaption(item))
                    .onOpen(() -> model.open(item));
            tile.node().getStyleClass().add("evidence-tile");
            tile.node().setUserData(item);
            tiles.getChildren().add(tile.node());
        }
    }

    private void editCaption(EvidenceItem item) {
        TextInputDialog dialog = new TextInputDialog(item.evidence().caption() == null ? "" : item.evidence().caption());
        dialog.setTitle(context.t("order.caption.edit"));
        dialog.setHeaderText(item.evidence().fileName());
        dialog.setContentText(context.t("order.caption.label"));
        dialog.getEditor().setPrefColumnCount(40);
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        dialog.showAndWait().ifPresent(caption -> model.setCaption(item, caption));
    }

    Tab tab() {
        return tab;
    }

    EvidenceCategory category() {
        return category;
    }
}
