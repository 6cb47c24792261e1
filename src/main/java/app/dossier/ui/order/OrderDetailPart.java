package app.dossier.ui.order;

import app.dossier.domain.Action;
import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.GuidanceMarks;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import app.dossier.ui.common.Scrolling;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The order shown on the right, as one scrolling column: its header, its guidance (which can be
 * hidden), a row of tabs, one per evidence category and History, and below them the chosen tab's
 * files or chats. Nothing inside scrolls on its own but the chat's conversation, which is made as
 * tall as the window shows, so files and chats get the room on a small laptop screen too.
 */
final class OrderDetailPart {
    private final UiContext context;
    private final OrderViewModel model;
    private final BorderPane node = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<EvidenceCategory, EvidenceTabPart> parts = new EnumMap<>(EvidenceCategory.class);
    private final List<Node> pages = new ArrayList<>();
    private final StackPane page = new StackPane();
    private final ScrollPane scroll;
    /** The height of the switch between files and chats and of the chat's own buttons, above its conversation. */
    private static final double ABOVE_CONVERSATION = 130;

    OrderDetailPart(UiContext context, OrderViewModel model, Runnable edit) {
        this.context = context;
        this.model = model;
        OrderGuidancePart guide = new OrderGuidancePart(context, model.guidance(),
                () -> ConfirmationDialog.ask(context, model.guidance()));
        ChatPart chat = new ChatPart(context, model.chats());
        for (EvidenceCategory category : EvidenceCategory.values()) {
            Node extra = switch (category) {
                case PAYMENT -> new LedgerPart(context, model.ledger(), model.payment(), model.transfers()).node();
                case RECEIVING -> receivingRecord();
                default -> null;
            };
            EvidenceTabPart part = new EvidenceTabPart(context, model, category, extra);
            if (category == EvidenceCategory.AGREEMENT) {
                part.withChats(model.chats(), chat.node());
            }
            parts.put(category, part);
            tabs.getTabs().add(part.tab());
            pages.add(part.page());
        }
        HistoryPart history = new HistoryPart(context, model.history());
        tabs.getTabs().add(history.tab());
        pages.add(history.page());
        tabs.setId("order-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setTabMaxWidth(Double.MAX_VALUE);
        tabs.getStyleClass().addAll(Styles.TABS_FLOATING, "order-tab-row");
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            showPage(now.intValue());
            // The History tab, after the categories, is no category: the one chosen before stays.
            if (now.intValue() >= 0 && now.intValue() < EvidenceCategory.values().length) {
                model.categoryProperty().set(EvidenceCategory.values()[now.intValue()]);
            }
        });
        model.categoryProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.ordinal()));
        showPage(tabs.getSelectionModel().getSelectedIndex());
        page.setAlignment(Pos.TOP_LEFT);
        page.setId("order-page-tab");

        VBox column = new VBox(new OrderHeaderPart(context, model, edit, this::askForDispute).node(), guide.head(),
                guide.body(), tabs, page);
        column.getStyleClass().add("order-column");
        Runnable guidance = () -> {
            column.getChildren().remove(guide.body());
            if (guide.shownProperty().get()) {
                column.getChildren().add(2, guide.body());
            }
        };
        guide.shownProperty().addListener((o, was, shown) -> guidance.run());
        guidance.run();
        scroll = new ScrollPane(column);
        scroll.setId("order-page");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("order-page");
        chat.fill(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight() - ABOVE_CONVERSATION,
                scroll.viewportBoundsProperty()));
        // A tab clicked brings its page up under the row of tabs, not below the window's edge.
        tabs.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> Scrolling.toTop(tabs));
        // Going to the chats (from the switch, the start screen or a search) brings them into view.
        model.chats().openProperty().addListener((o, was, open) -> {
            if (open) {
                Scrolling.reveal(page);
            }
        });
        // Another order starts at its top; the same order reloaded (a file attached) stays where it was.
        model.caseFileProperty().addListener((o, was, now) -> {
            if (was == null || now == null || was.order().id() != now.order().id()) {
                scroll.setVvalue(0);
            }
        });
        node.setCenter(scroll);
        node.getStyleClass().add("order-detail");
        node.getStylesheets().add(GuidanceMarks.stylesheet());
    }

    private void showPage(int index) {
        if (index >= 0 && index < pages.size()) {
            page.getChildren().setAll(pages.get(index));
        }
    }

    private Node receivingRecord() {
        Label title = new Label(context.t("order.rcv.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label none = new Label(context.t("order.rcv.none"));
        none.getStyleClass().add("missing");
        none.visibleProperty().bind(model.receivedProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        Node facts = OrderHeaderPart.factsGrid(model.receivingFacts(), 2);
        Button edit = new Button();
        edit.setId("receiving-edit");
        edit.textProperty().bind(javafx.beans.binding.Bindings.when(model.receivedProperty())
                .then(context.t("order.rcv.edit")).otherwise(context.t("order.receive")));
        edit.setGraphic(Icons.of(Icons.RECEIVING));
        edit.setOnAction(e -> model.receive());
        Button defects = new Button(context.t("order.defects.edit"), Icons.of("mdi2a-alert-circle-outline"));
        defects.setId("receiving-defects-edit");
        defects.visibleProperty().bind(model.receivedProperty());
        defects.managedProperty().bind(defects.visibleProperty());
        defects.setOnAction(e -> {
            DefectsEditModel editing = model.editDefects();
            if (editing != null) {
                DefectsEditDialog.show(context, model.order().label(), editing);
            }
        });
        Button remove = new Button(context.t("order.rcv.remove"), Icons.of("mdi2d-delete-outline"));
        remove.setId("receiving-remove");
        remove.visibleProperty().bind(model.receivedProperty());
        remove.managedProperty().bind(remove.visibleProperty());
        remove.setOnAction(e -> {
            if (model.order() != null
                    && Dialogs.confirm(context, context.t("order.rcv.remove.confirm", model.order().label()))) {
                model.removeReceiving();
            }
        });
        context.onlyWhoMay(Action.RECEIVING, edit, defects, remove);
        HBox top = new HBox(12, title, edit, defects, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, none, facts);
        box.getStyleClass().addAll("card", "receiving-record");
        box.setId("receiving-record");
        return box;
    }

    private void askForDispute() {
        if (model.order() == null) {
            return;
        }
        var open = model.openDisputeAlready();
        boolean another = false;
        if (open.isPresent()) {
            switch (OpenDisputeQuestion.ask(context, model.order().label(), model.describe(open.get()))) {
                case GO_TO_IT -> model.goToDispute(open.get());
                case OPEN_ANOTHER -> another = true;
                case NOTHING -> {
                }
            }
            if (!another) {
                return;
            }
        }
        boolean second = another;
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(context.t("order.dispute"));
        dialog.setHeaderText(context.t(second ? "order.dispute.question.another" : "order.dispute.question",
                model.order().label()));
        dialog.setContentText(context.t("order.dispute.summary"));
        dialog.getEditor().setPrefColumnCount(44);
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        dialog.showAndWait().filter(text -> !text.isBlank()).ifPresent(text -> model.openDispute(text, second));
    }

    Node node() {
        return node;
    }

    TabPane tabs() {
        return tabs;
    }
}
