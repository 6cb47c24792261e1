package app.dossier.ui.receiving;

import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Step 5: the photos picked for this delivery, each once, removable until the record is saved. */
public final class PhotoPicks {
    private final UiContext context;
    private final ObservableList<Path> photos = FXCollections.observableArrayList();

    PhotoPicks(UiContext context) {
        this.context = context;
    }

    /** Adds dropped or chosen files (folders too: their files are added when saving). */
    public void add(List<Path> files) {
        for (Path file : files) {
            if (!photos.contains(file)) {
                photos.add(file);
            }
        }
    }

    /** Asks for photos with the system's chooser. */
    public void choose() {
        add(context.platform().chooseFiles(context.t("receiving.photos.choose")));
    }

    public void remove(Path file) {
        photos.remove(file);
    }

    void clear() {
        photos.clear();
    }

    public ObservableList<Path> list() {
        return photos;
    }
}
