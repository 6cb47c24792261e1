package app.dossier.ui.order;

import app.dossier.domain.Action;
import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.FileDrop;
import app.dossier.ui.common.FileTile;
import app.dossier.ui.common.GuidanceMarks;
import app.dossier.ui.common.RecordState;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
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
    private final VBox filesPage;
    /** What the tab shows below the tabs, in the order page's one scrolling column. */
    private Node page;

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
        context.onlyWhoMay(category == EvidenceCategory.RECEIVING ? Action.RECEIVING : Action.RECORDS, attach, hint);
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
        filesPage = new VBox(12, toolbar);
        if (extra != null) {
            filesPage.getChildren().add(extra);
        }
        filesPage.getChildren().addAll(emptyZone, tiles);
        filesPage.setPadding(new Insets(12));
        filesPage.getStyleClass().add("evidence-page");
        filesPage.setId("page-" + name);
        FileDrop.install(filesPage, files -> model.attach(category, files));
        page = filesPage;

        model.files(category).addListener((ListChangeListener<EvidenceItem>) c -> showFiles());
        showFiles();
    }

    /**
     * Chat and agreements: a switch at the top between the tab's files and its WeChat chats, so a
     * long conversation has the whole tab to scroll in.
     */
    void withChats(ChatModel chats, Node chatPart) {
        ToggleButton filesButton = new ToggleButton();
        filesButton.setId("show-files-" + category.name());
        filesButton.setGraphic(Icons.of(Icons.FILE, 16));
        filesButton.textProperty().bind(Bindings.createStringBinding(
                () -> context.t("order.chat.switch.files", model.files(category).size()), model.files(category)));
        filesButton.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton chatsButton = new ToggleButton();
        chatsButton.setId("show-chats");
        chatsButton.setGraphic(Icons.of(Icons.CHAT, 16));
        chatsButton.textProperty().bind(Bindings.createStringBinding(
                () -> context.t("order.chat.switch.chats", chats.lines().size()), chats.lines()));
        chatsButton.getStyleClass().add(Styles.RIGHT_PILL);
        HBox choice = new HBox(filesButton, chatsButton);
        choice.setPadding(new Insets(10, 12, 0, 12));
        BorderPane content = new BorderPane();
        content.setTop(choice);
        content.setId("page-" + category.name());
        filesPage.setId(null);
        Runnable show = () -> {
            boolean open = chats.openProperty().get();
            filesButton.setSelected(!open);
            chatsButton.setSelected(open);
            content.setCenter(open ? chatPart : filesPage);
        };
        // A click on the side already shown would unpress it; it stays pressed.
        filesButton.setOnAction(e -> {
            chats.openProperty().set(false);
            show.run();
        });
        chatsButton.setOnAction(e -> {
            chats.openProperty().set(true);
            show.run();
        });
        chats.openProperty().addListener((o, was, now) -> show.run());
        show.run();
        page = content;
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
            FileTile tile = new FileTile(item.picture() ? item.shown() : item.path(), item.picture(), item.title(), item.detail(), item.tooltip())
                    .turned(item.orientation())
                    .times(item.taken(), item.added())
                    .action(context.t("common.open"), Icons.OPEN, null, () -> model.open(item))
                    .action(context.t("common.showInFolder"), Icons.FOLDER, null, () -> model.reveal(item))
                    .action(context.t("order.caption.edit"), Icons.EDIT, null, () -> editCaption(item))
                    .onOpen(() -> model.open(item));
            if (item.picture()) {
                tile.action(context.t("order.defect.mark"), Icons.DEFECT, "mark-defect-" + item.evidence().id(),
                                () -> markDefect(item))
                        .marked(item.evidence().defectRegion(), context.t("order.defect.marked"));
            }
            java.util.Map<String, Runnable> targets = new java.util.LinkedHashMap<>();
            for (EvidenceCategory to : model.moveTargets(item)) {
                targets.put(context.t("category." + to.name()), () -> model.moveFile(item, to));
            }
            if (!targets.isEmpty()) {
                tile.submenu(context.t("order.file.moveTo"), Icons.FOLDER, "move-file-" + item.evidence().id(), targets);
            }
            tile.menuItem(context.t("order.file.moveToOrder"), "mdi2f-folder-move-outline",
                    "move-to-order-" + item.evidence().id(), () -> moveToOrder(item));
            tile.action(context.t("order.file.remove"), Icons.TRASH, "remove-file-" + item.evidence().id(),
                            () -> remove(item))
                    .onDelete(() -> remove(item));
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
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        dialog.showAndWait().ifPresent(caption -> model.setCaption(item, caption));
    }

    /** Remove…: asks, then moves the file to the trash; the status line says how to put it back. */
    private void remove(EvidenceItem item) {
        if (Dialogs.confirm(context, context.t("order.file.remove.confirm", item.evidence().fileName()))) {
            model.removeFile(item);
        }
    }

    private void moveToOrder(EvidenceItem item) {
        MoveToOrderDialog.ask(context, item, model.otherOrders(item))
                .ifPresent(answer -> model.moveFileToOrder(item, answer.order(), answer.category()));
    }

    private void markDefect(EvidenceItem item) {
        DefectDialog.ask(context, item, model.defectMark(item))
                .ifPresent(answer -> model.markDefect(item, answer.region()));
    }

    Tab tab() {
        return tab;
    }

    /** The files (and for Chat and agreements, the chats), shown below the tabs while this tab is chosen. */
    Node page() {
        return page;
    }

    EvidenceCategory category() {
        return category;
    }
}
