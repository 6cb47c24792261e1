package app.dossier.ui.receiving;

import app.dossier.ui.common.FieldBox;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Arrived at", with where its proposal comes from, the photos taken before it (and the deliberate
 * "keep it anyway"), and that the record is late when it is.
 */
final class ArrivalPart {
    private final VBox node;

    ArrivalPart(UiContext context, ReceivingViewModel model) {
        ArrivalCheck arrival = model.arrival();
        TextField field = FieldBox.bound(model.arrivedAt(), "rcv-arrived", context.t("receiving.dateTime.prompt"));
        field.setMaxWidth(280);
        Label source = new Label();
        source.setId("rcv-arrival-source");
        source.setWrapText(true);
        source.getStyleClass().addAll("subtle", "rcv-hint");
        source.textProperty().bind(arrival.sourceProperty());
        shownWhenText(source);
        Hyperlink use = new Hyperlink(context.t("receiving.arrival.use"));
        use.setId("rcv-arrival-use");
        use.setOnAction(e -> arrival.useProposal());
        use.visibleProperty().bind(arrival.canUseProposalProperty());
        use.managedProperty().bind(use.visibleProperty());
        HBox from = new HBox(8, source, use);
        from.setAlignment(Pos.CENTER_LEFT);

        VBox flags = new VBox(4);
        flags.setId("rcv-arrival-flags");
        Runnable showFlags = () -> flags.getChildren().setAll(arrival.flags().stream().map(words -> {
            Label flag = new Label(words, Icons.of("mdi2c-camera-timer", 18));
            flag.setWrapText(true);
            flag.getStyleClass().addAll("rcv-arrival-flag");
            return (Node) flag;
        }).toList());
        arrival.flags().addListener((ListChangeListener<String>) c -> showFlags.run());
        showFlags.run();
        CheckBox keep = new CheckBox(context.t("receiving.arrival.keep"));
        keep.setId("rcv-arrival-keep");
        keep.setWrapText(true);
        keep.selectedProperty().bindBidirectional(arrival.keepAnywayProperty());
        keep.visibleProperty().bind(arrival.takenBeforeProperty());
        keep.managedProperty().bind(keep.visibleProperty());

        Label late = new Label();
        late.setId("rcv-arrival-late");
        late.setWrapText(true);
        late.setGraphic(Icons.of("mdi2c-clock-alert-outline", 20));
        late.getStyleClass().add("rcv-arrival-late");
        late.textProperty().bind(arrival.lateProperty());
        shownWhenText(late);

        node = new VBox(6, FieldBox.of(context.t("receiving.arrivedAt"), field, model.arrivedAt().errorProperty()),
                from, flags, keep, late);
    }

    private static void shownWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    Node node() {
        return node;
    }
}
