package app.dossier.ui.order;

import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.GuidanceMarks;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The order shown on the right: its header, its guidance (which can be hidden, and shares the room
 * with the tabs through a divider), one tab per evidence category, and its history.
 */
final class OrderDetailPart {
    private final UiContext context;
    private final OrderViewModel model;
    private final BorderPane node = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<EvidenceCategory, EvidenceTabPart> parts = new EnumMap<>(EvidenceCategory.class);
    private final SplitPane split = new SplitPane();
    private final ScrollPane guideScroll;
    private static final double MAX_GUIDANCE = 0.45;

    OrderDetailPart(UiContext context, OrderViewModel model, Runnable edit) {
        this.context = context;
        this.model = model;
        OrderGuidancePart guide = new OrderGuidancePart(context, model.guidance(),
                () -> ConfirmationDialog.ask(context, model.guidance()));
        node.setTop(new VBox(new OrderHeaderPart(context, model, edit, this::askForDispute).node(), guide.head()));
        for (EvidenceCategory category : EvidenceCategory.values()) {
            Node extra = switch (category) {
                case PAYMENT -> new LedgerPart(context, model.ledger(), model.payment()).node();
                case RECEIVING -> receivingRecord();
                default -> null;
            };
            EvidenceTabPart part = new EvidenceTabPart(context, model, category, extra);
            if (category == EvidenceCategory.AGREEMENT) {
                part.withChats(model.chats(), new ChatPart(context, model.chats()).node());
            }
            parts.put(category, part);
            tabs.getTabs().add(part.tab());
        }
        tabs.getTabs().add(new HistoryPart(context, model.history()).tab());
        tabs.setId("order-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setTabMaxWidth(Double.MAX_VALUE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            // The History tab, after the categories, is no category: the one chosen before stays.
            if (now.intValue() >= 0 && now.intValue() < EvidenceCategory.values().length) {
                model.categoryProperty().set(EvidenceCategory.values()[now.intValue()]);
            }
        });
        model.categoryProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.ordinal()));
        guideScroll = new ScrollPane(guide.body());
        guideScroll.setFitToWidth(true);
        guideScroll.setId("order-guidance-scroll");
        guideScroll.getStyleClass().add("guidance-band-scroll");
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().setAll(guide.shownProperty().get() ? List.of(guideScroll, tabs) : List.of(tabs));
        guide.shownProperty().addListener((o, was, shown) -> {
            split.getItems().setAll(shown ? List.of(guideScroll, tabs) : List.of(tabs));
            fitGuidance(guide.body());
        });
        // The guidance takes the room it needs, up to a little over half; the divider can be dragged.
        guide.body().heightProperty().addListener((o, was, now) -> fitGuidance(guide.body()));
        split.heightProperty().addListener((o, was, now) -> fitGuidance(guide.body()));
        node.setCenter(split);
        node.getStyleClass().add("order-detail");
        node.getStylesheets().add(GuidanceMarks.stylesheet());
    }

    private void fitGuidance(Region body) {
        if (split.getItems().size() < 2 || split.getHeight() <= 0) {
            return;
        }
        double wanted = (body.getHeight() + 6) / split.getHeight();
        split.setDividerPositions(Math.min(MAX_GUIDANCE, Math.max(0.08, wanted)));
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
