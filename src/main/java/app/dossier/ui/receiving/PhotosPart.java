package app.dossier.ui.receiving;

import app.dossier.ui.common.FileDrop;
import app.dossier.ui.common.FileTile;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Step 5: photos dropped in or chosen, shown as thumbnails and removable until the record is saved. */
final class PhotosPart {
    private final VBox node;

    PhotosPart(UiContext context, ReceivingViewModel model) {
        Button add = new Button(context.t("receiving.photos.add"), Icons.of("mdi2c-camera-plus-outline", 20));
        add.setId("rcv-add-photos");
        add.getStyleClass().add("big-button");
        add.setOnAction(e -> model.photos().choose());
        Label hint = new Label(context.t("receiving.photos.drop"));
        hint.setWrapText(true);
        VBox zone = new VBox(10, Icons.of("mdi2t-tray-arrow-down", 36), hint, add);
        zone.setAlignment(Pos.CENTER);
        zone.getStyleClass().add("rcv-drop-zone");
        zone.setId("rcv-drop-zone");
        FileDrop.install(zone, model.photos()::add);

        FlowPane tiles = new FlowPane(10, 10);
        tiles.setId("rcv-photos");
        FileDrop.install(tiles, model.photos()::add);
        Label count = new Label();
        count.getStyleClass().add("subtle");
        Runnable show = () -> {
            tiles.getChildren().clear();
            for (Path photo : model.photos().list()) {
                String name = String.valueOf(photo.getFileName());
                FileTile tile = new FileTile(photo, FileTile.isDrawable(name), name, "", photo.toString())
                        .action(context.t("receiving.photos.remove"), "mdi2d-delete-outline", null,
                                () -> model.photos().remove(photo));
                tile.node().getStyleClass().add("rcv-photo");
                tiles.getChildren().add(tile.node());
            }
            count.setText(model.photos().list().isEmpty() ? "" : context.t("receiving.photos.count", model.photos().list().size()));
        };
        model.photos().list().addListener((ListChangeListener<Path>) c -> show.run());
        show.run();

        Label savedTitle = new Label(context.t("receiving.photos.saved"));
        savedTitle.getStyleClass().add("subtle");
        FlowPane savedTiles = new FlowPane(10, 10);
        savedTiles.setId("rcv-saved-photos");
        VBox saved = new VBox(6, savedTitle, savedTiles);
        Runnable showSaved = () -> {
            savedTiles.getChildren().clear();
            for (PhotoPicks.SavedPhoto photo : model.photos().saved()) {
                FileTile tile = new FileTile(photo.shown() != null ? photo.shown() : photo.path(), photo.shown() != null,
                        photo.title(), "", photo.evidence().fileName())
                        .turned(photo.orientation())
                        .times(photo.taken(), "");
                tile.node().getStyleClass().add("rcv-photo");
                savedTiles.getChildren().add(tile.node());
            }
            saved.setVisible(!model.photos().saved().isEmpty());
            saved.setManaged(saved.isVisible());
        };
        model.photos().saved().addListener((ListChangeListener<PhotoPicks.SavedPhoto>) c -> showSaved.run());
        showSaved.run();
        Label arrival = new Label();
        arrival.setId("rcv-photos-arrival");
        arrival.setWrapText(true);
        arrival.getStyleClass().addAll("subtle", "rcv-hint");
        arrival.textProperty().bind(model.arrival().sourceProperty());
        arrival.visibleProperty().bind(arrival.textProperty().isNotEmpty()
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.photos().list())));
        arrival.managedProperty().bind(arrival.visibleProperty());
        node = new VBox(10, saved, zone, count, arrival, tiles);
    }

    Node node() {
        return node;
    }
}
