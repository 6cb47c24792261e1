package app.dossier.ui.order;

import app.dossier.domain.Action;
import app.dossier.domain.MessageKind;
import app.dossier.ui.common.FileDrop;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The WeChat chats in Chat and agreements: bring one in (an export, or text copied in WeChat), read
 * it as a conversation, pin where the factory confirmed, and show only the pinned messages.
 */
final class ChatPart {
    private final UiContext context;
    private final ChatModel model;
    private final VBox node;
    private final ListView<ChatLine> list;

    ChatPart(UiContext context, ChatModel model) {
        this.context = context;
        this.model = model;
        Button importFile = new Button(context.t("order.chat.import"), Icons.of("mdi2i-import", 16));
        importFile.setId("chat-import");
        importFile.setTooltip(new Tooltip(context.t("order.chat.import.tip")));
        importFile.setOnAction(e -> importFiles());
        importFile.disableProperty().bind(model.busyProperty());
        Button paste = new Button(context.t("order.chat.paste"), Icons.of("mdi2c-content-paste", 16));
        paste.setId("chat-paste");
        context.onlyWhoMay(Action.RECORDS, importFile, paste);
        paste.setTooltip(new Tooltip(context.t("order.chat.paste.tip")));
        paste.setOnAction(e -> paste());
        paste.disableProperty().bind(model.busyProperty());
        ToggleButton pinnedOnly = new ToggleButton();
        pinnedOnly.setId("chat-pinned-only");
        pinnedOnly.setGraphic(Icons.of("mdi2p-pin", 16));
        pinnedOnly.textProperty().bind(Bindings.createStringBinding(
                () -> context.t("order.chat.pinnedOnly", model.pinnedCountProperty().get()), model.pinnedCountProperty()));
        pinnedOnly.selectedProperty().bindBidirectional(model.pinnedOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, importFile, paste, spacer, pinnedOnly);
        top.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("chat-summary");
        summary.getStyleClass().add("subtle");
        summary.textProperty().bind(model.summaryProperty());
        shownWhenText(summary);
        Label notice = new Label();
        notice.setId("chat-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("chat-import-notice");
        notice.textProperty().bind(model.noticeProperty());
        shownWhenText(notice);

        Label empty = new Label(context.t("order.chat.none"));
        empty.setId("chat-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("subtle");
        empty.visibleProperty().bind(Bindings.isEmpty(model.lines()));
        empty.managedProperty().bind(empty.visibleProperty());

        list = new ListView<>(model.shown());
        list.setId("chat-messages");
        list.getStyleClass().add("chat-messages");
        list.setCellFactory(v -> new ChatBubbleCell(v, context, model::togglePin));
        list.setMinHeight(160);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label nonePinned = new Label(context.t("order.chat.nonePinned"));
        nonePinned.setWrapText(true);
        list.setPlaceholder(nonePinned);
        list.visibleProperty().bind(Bindings.isNotEmpty(model.lines()));
        list.managedProperty().bind(list.visibleProperty());

        node = new VBox(8, top, summary, notice, empty, list);
        node.getStyleClass().add("chat-part");
        node.setPadding(new Insets(8, 12, 12, 12));
        node.setId("chat-part");
        // several pages of one PyWxDump chat dropped together are imported as one chat
        FileDrop.install(node, this::importFiles);
    }

    private static void shownWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void importFiles() {
        importFiles(model.chooseFiles());
    }

    /** Files chosen or dropped together: who is who, the zone of their times when not asked before, then import. */
    private void importFiles(List<Path> files) {
        if (files.isEmpty() || !model.canImport() || model.busyProperty().get()) {
            return;
        }
        ChatDialog.forFiles(context, files, model.suggestedParties())
                .ifPresent(request -> zone().ifPresent(zone -> model.importFiles(files, request.parties(), zone)));
    }

    /** The zone remembered, or asked once (this computer's offered first) and remembered. */
    private Optional<ZoneId> zone() {
        return model.rememberedZone().or(() -> {
            Optional<ZoneId> asked = ChatZoneDialog.ask(context, model.computerZone());
            asked.ifPresent(model::rememberZone);
            return asked;
        });
    }

    private void paste() {
        ChatDialog.forPaste(context, model.clipboardText().orElse(""), model.suggestedParties())
                .ifPresent(request -> model.preview(request.text(), request.parties())
                        .filter(preview -> ChatPreviewDialog.confirm(context, preview))
                        .ifPresent(preview -> model.importConfirmed(request.text(), request.parties(), preview)));
    }

    /** The icon standing for what a chat export holds only a placeholder of. */
    static String kindIcon(MessageKind kind) {
        return switch (kind) {
            case IMAGE -> "mdi2i-image-outline";
            case VOICE -> "mdi2m-microphone-outline";
            case VIDEO -> "mdi2v-video-outline";
            case STICKER -> "mdi2e-emoticon-outline";
            case FILE -> "mdi2f-file-outline";
            case LINK -> "mdi2l-link-variant";
            default -> Icons.CHAT;
        };
    }

    Node node() {
        return node;
    }

    /**
     * The conversation is as tall as {@code room} (the order page's visible height, less the switch
     * above it), so a long chat scrolls in a list that fills the window, never in a sliver.
     */
    void fill(javafx.beans.value.ObservableDoubleValue room) {
        list.prefHeightProperty().bind(Bindings.max(list.getMinHeight(), room));
    }
}
