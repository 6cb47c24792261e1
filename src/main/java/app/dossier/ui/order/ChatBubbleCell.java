package app.dossier.ui.order;

import app.dossier.ui.common.Icons;
import app.dossier.domain.MessageKind;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One message as a bubble: on the left (the factory, or everyone when the chat does not tell the
 * sides apart) or the right (the importer), the sender and time above the words, a placeholder for
 * a photo, voice note or file, and the pin. The nodes are made once per cell and reused as the list
 * scrolls, so a chat of thousands of messages stays smooth.
 */
final class ChatBubbleCell extends ListCell<ChatLine> {
    private static final double BUBBLE_SHARE = 0.7;

    private final UiContext context;
    private final Consumer<ChatLine> togglePin;
    private final HBox row = new HBox(6);
    private final Region gap = new Region();
    private final Region otherGap = new Region();
    private final VBox bubble = new VBox(3);
    private final Label head = new Label();
    private final Label body = new Label();
    private final Label detail = new Label();
    private final Label notice = new Label();
    private final Button pin = new Button();
    private final Tooltip pinTip = new Tooltip();
    private final javafx.scene.Node pinned = Icons.of("mdi2p-pin", 18);
    private final javafx.scene.Node notPinned = Icons.of("mdi2p-pin-outline", 18);

    ChatBubbleCell(ListView<ChatLine> list, UiContext context, Consumer<ChatLine> togglePin) {
        this.context = context;
        this.togglePin = togglePin;
        getStyleClass().add("chat-cell");
        head.getStyleClass().add("chat-head");
        body.getStyleClass().add("chat-body");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("chat-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add("chat-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.maxWidthProperty().bind(list.widthProperty().multiply(BUBBLE_SHARE));
        bubble.getStyleClass().add("chat-bubble");
        bubble.getChildren().addAll(head, body, detail);
        bubble.setFillWidth(true);
        bubble.maxWidthProperty().bind(list.widthProperty().multiply(BUBBLE_SHARE));
        pin.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "chat-pin");
        pin.setTooltip(pinTip);
        pin.setOnAction(e -> {
            if (getItem() != null) {
                togglePin.accept(getItem());
            }
        });
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(otherGap, Priority.ALWAYS);
        row.setAlignment(Pos.TOP_LEFT);
        // As wide as the list and no wider: the bubbles wrap their words instead of scrolling sideways.
        setPrefWidth(0);
        setText(null);
    }

    @Override
    protected void updateItem(ChatLine line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        if (line.side() == ChatLine.Side.CENTER) {
            notice.setText(line.time() + " · " + line.body());
            row.getChildren().setAll(gap, notice, otherGap);
            row.setAlignment(Pos.CENTER);
            setGraphic(row);
            return;
        }
        head.setText(line.sender().isEmpty() ? line.time() : line.sender() + " · " + line.time());
        body.setText(line.body());
        body.setGraphic(line.placeholder() ? Icons.of(ChatPart.kindIcon(line.kind()), 16) : null);
        body.getStyleClass().remove("chat-placeholder");
        if (line.placeholder()) {
            body.getStyleClass().add("chat-placeholder");
        }
        detail.setText(line.detail());
        detail.setVisible(!line.detail().isEmpty());
        detail.setManaged(detail.isVisible());
        detail.getStyleClass().removeAll("chat-quote");
        if (line.kind() == MessageKind.REPLY) {
            detail.getStyleClass().add("chat-quote");
        }
        bubble.getStyleClass().removeAll("chat-mine", "chat-theirs", "chat-pinned");
        bubble.getStyleClass().add(line.side() == ChatLine.Side.RIGHT ? "chat-mine" : "chat-theirs");
        pin.setGraphic(line.pinned() ? pinned : notPinned);
        pin.getStyleClass().remove("chat-pin-on");
        if (line.pinned()) {
            bubble.getStyleClass().add("chat-pinned");
            pin.getStyleClass().add("chat-pin-on");
        }
        String tip = context.t(line.pinned() ? "order.chat.unpin.tip" : "order.chat.pin.tip");
        pinTip.setText(tip);
        pin.setAccessibleText(tip);
        if (line.side() == ChatLine.Side.RIGHT) {
            row.getChildren().setAll(gap, pin, bubble);
            row.setAlignment(Pos.TOP_RIGHT);
        } else {
            row.getChildren().setAll(bubble, pin, gap);
            row.setAlignment(Pos.TOP_LEFT);
        }
        setGraphic(row);
    }
}
