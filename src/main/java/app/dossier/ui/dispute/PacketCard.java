package app.dossier.ui.dispute;

import app.dossier.domain.PacketCopy;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Putting the record on the table: the PDF packet (with a warning when evidence is missing) and the 1688 refund request. */
final class PacketCard {
    private final VBox node;

    PacketCard(UiContext context, DisputeWorkViewModel work) {
        PacketMaker model = work.packet();
        Label title = new Label(context.t("dispute.packet.title"), Icons.of("mdi2f-file-pdf-box", 16));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label about = new Label(context.t("dispute.packet.about"));
        about.setWrapText(true);
        about.getStyleClass().add("subtle");
        ToggleGroup copies = new ToggleGroup();
        RadioButton forFactory = new RadioButton(context.t("dispute.packet.copyFactory"));
        forFactory.setId("dispute-packet-copy-factory");
        forFactory.setUserData(PacketCopy.FACTORY);
        forFactory.setTooltip(new Tooltip(context.t("dispute.packet.copyFactoryHelp")));
        RadioButton own = new RadioButton(context.t("dispute.packet.copyOwn"));
        own.setId("dispute-packet-copy-own");
        own.setUserData(PacketCopy.OWN);
        own.setTooltip(new Tooltip(context.t("dispute.packet.copyOwnHelp")));
        forFactory.setToggleGroup(copies);
        own.setToggleGroup(copies);
        copies.selectToggle(model.copyProperty().get() == PacketCopy.OWN ? own : forFactory);
        copies.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.copyProperty().set((PacketCopy) now.getUserData());
            }
        });
        HBox copyChoice = new HBox(12, forFactory, own);
        copyChoice.setId("dispute-packet-copy");
        javafx.scene.control.Spinner<Integer> days = new javafx.scene.control.Spinner<>(
                app.dossier.domain.PacketOptions.FEWEST_DAYS, app.dossier.domain.PacketOptions.MOST_DAYS,
                model.replyWithinDaysProperty().get());
        days.setId("dispute-packet-reply-days");
        days.setEditable(true);
        days.setPrefWidth(80);
        days.getValueFactory().valueProperty().bindBidirectional(model.replyWithinDaysProperty());
        Label daysBefore = new Label(context.t("dispute.packet.replyWithin"));
        Label daysAfter = new Label(context.t("dispute.packet.replyDays"));
        days.setAccessibleText(context.t("dispute.packet.replyWithin") + " … " + context.t("dispute.packet.replyDays"));
        HBox replyWithin = new HBox(8, daysBefore, days, daysAfter);
        replyWithin.setAlignment(Pos.CENTER_LEFT);
        Node notChinese = notChinese(context, model.factoryTexts());
        notChinese.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.factoryTexts().items())
                .and(model.copyProperty().isEqualTo(PacketCopy.FACTORY)));
        notChinese.managedProperty().bind(notChinese.visibleProperty());
        Button make = new Button(context.t("dispute.packet.make"), Icons.of("mdi2f-file-pdf-box", 16));
        make.setId("dispute-make-packet");
        make.getStyleClass().add(Styles.ACCENT);
        make.disableProperty().bind(model.busyProperty());
        make.setOnAction(e -> model.make());

        Label warningText = new Label();
        warningText.setId("dispute-packet-warning-text");
        warningText.setWrapText(true);
        warningText.setGraphic(Icons.of(Icons.MISSING, 16));
        warningText.textProperty().bind(model.warningProperty());
        Button anyway = new Button(context.t("dispute.packet.anyway"));
        anyway.setId("dispute-packet-anyway");
        anyway.setOnAction(e -> model.buildAnyway());
        Button cancel = new Button(context.t("common.cancel"));
        cancel.setId("dispute-packet-cancel");
        cancel.setOnAction(e -> model.cancel());
        VBox warning = new VBox(8, warningText, new HBox(8, anyway, cancel));
        warning.setId("dispute-packet-warning");
        warning.getStyleClass().add("warning-box");
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label problem = new Label();
        problem.setId("dispute-packet-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Label result = new Label();
        result.setId("dispute-packet-result");
        result.setWrapText(true);
        result.getStyleClass().add("present");
        result.textProperty().bind(model.resultProperty());
        Button open = small(context.t("common.open"), Icons.OPEN, "dispute-packet-open");
        open.setOnAction(e -> model.open());
        Button print = small(context.t("dispute.packet.print"), "mdi2p-printer", "dispute-packet-print");
        print.setOnAction(e -> model.print());
        Button reveal = small(context.t("common.showInFolder"), Icons.FOLDER, "dispute-packet-show");
        reveal.setOnAction(e -> model.showInFolder());
        FlowPane actions = new FlowPane(6, 6, open, print, reveal);
        actions.setPrefWrapLength(200);
        VBox written = new VBox(6, result, actions);
        written.visibleProperty().bind(model.writtenProperty().isNotNull());
        written.managedProperty().bind(written.visibleProperty());

        Label refundTitle = new Label(context.t("dispute.refund.cardTitle"), Icons.of("mdi2c-cash-refund", 16));
        refundTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label refundAbout = new Label(context.t("dispute.refund.about"));
        refundAbout.setWrapText(true);
        refundAbout.getStyleClass().add("subtle");
        Button refund = new Button(context.t("dispute.refund.prepare"), Icons.of("mdi2i-image-multiple-outline", 16));
        refund.setId("dispute-refund-request");
        refund.setOnAction(e -> RefundRequestDialog.show(context, work.beginRefundRequest()));

        node = new VBox(8, title, about, copyChoice, replyWithin, notChinese, make, warning, problem, written, new Separator(), refundTitle, refundAbout,
                refund);
        node.setAlignment(Pos.TOP_LEFT);
        node.getStyleClass().add("card");
        node.setId("dispute-packet");
    }

    /** The texts the factory reads that are not in Chinese, each with its Chinese caption to use when there is one. */
    private static Node notChinese(UiContext context, FactoryTexts model) {
        Label head = new Label();
        head.setId("dispute-chinese-title");
        head.setWrapText(true);
        head.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        head.setGraphic(Icons.of("mdi2t-translate", 16));
        VBox list = new VBox(8);
        list.setId("dispute-chinese-list");
        Runnable show = () -> {
            head.setText(context.t("dispute.chinese.title", model.items().size()));
            list.getChildren().clear();
            int i = 0;
            for (FactoryTexts.Item item : model.items()) {
                Label what = new Label(item.what());
                what.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
                what.setWrapText(true);
                Label text = new Label(context.t("dispute.chinese.quoted", item.text()));
                text.setId("dispute-chinese-text-" + i);
                text.setWrapText(true);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                VBox row = new VBox(2, what, text);
                if (item.suggestion() != null) {
                    Button use = new Button(context.t("dispute.chinese.use", item.suggestion()),
                            Icons.of("mdi2t-translate", 14));
                    use.setId("dispute-chinese-use-" + i);
                    use.getStyleClass().add(Styles.SMALL);
                    use.setWrapText(true);
                    use.setOnAction(e -> model.useSuggestion(item));
                    row.getChildren().add(use);
                }
                row.getStyleClass().add("chinese-item");
                list.getChildren().add(row);
                i++;
            }
        };
        model.items().addListener((javafx.collections.ListChangeListener<FactoryTexts.Item>) c -> show.run());
        show.run();
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(230);
        scroll.setPrefViewportHeight(230);
        scroll.getStyleClass().add("chinese-list");
        Label after = new Label(context.t("dispute.chinese.anyway"));
        after.setWrapText(true);
        after.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        after.getStyleClass().addAll("subtle", Styles.TEXT_SMALL);
        VBox box = new VBox(8, head, scroll, after);
        box.setId("dispute-packet-chinese");
        box.getStyleClass().add("warning-box");
        return box;
    }

    private static Button small(String text, String icon, String id) {
        Button button = new Button(text, Icons.of(icon, 14));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        return button;
    }

    Node node() {
        return node;
    }
}
