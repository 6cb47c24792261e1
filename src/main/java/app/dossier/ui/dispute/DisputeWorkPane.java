package app.dossier.ui.dispute;

import app.dossier.ui.common.UiContext;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The work area of the chosen dispute: the message across the top (it is what gets sent), and below
 * it the resolution, the dated steps, and the packet and refund request side by side.
 */
final class DisputeWorkPane {
    private final VBox node;

    DisputeWorkPane(UiContext context, DisputeWorkViewModel model) {
        Node message = new MessageCard(context, model.message()).node();
        Region resolution = (Region) new ResolutionCard(context, model.resolution()).node();
        Region steps = (Region) new StepsCard(context, model).node();
        Region packet = (Region) new PacketCard(context, model).node();
        HBox row = new HBox(16);
        for (Region card : new Region[] {resolution, steps, packet}) {
            // Equal thirds: each grows from nothing rather than from its widest line.
            card.setPrefWidth(0);
            card.setMinWidth(240);
            card.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(card, Priority.ALWAYS);
            row.getChildren().add(card);
        }
        node = new VBox(16, message, row);
        node.setId("dispute-work");
    }

    Node node() {
        return node;
    }
}
