package app.dossier.ui.receiving;

import app.dossier.domain.DateInput;
import app.dossier.domain.Evidence;
import app.dossier.service.Services;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 5: the photos picked for this delivery, each once, removable until the record is saved; and
 * the photos already saved with the chosen order's record, shown upright.
 */
public final class PhotoPicks {
    private final UiContext context;
    private final ObservableList<Path> photos = FXCollections.observableArrayList();
    private final ObservableList<SavedPhoto> saved = FXCollections.observableArrayList();

    /**
     * A photo saved with the order's receiving record.
     *
     * @param path        the file in the case
     * @param shown       where its picture is drawn from (a preview for a HEIC or WebP photo); null when
     *                    it cannot be shown
     * @param orientation EXIF orientation, 1 upright to 8
     * @param taken       "Taken 2026-10-03 10:31", or that it is not known
     */
    public record SavedPhoto(Evidence evidence, Path path, Path shown, int orientation, String title, String taken) {
    }

    PhotoPicks(UiContext context) {
        this.context = context;
    }

    /** Reads where the saved photos are and which way up; reads the files, so off the window's thread. */
    static List<SavedPhoto> read(Services services, List<Evidence> photos, Texts t) {
        List<SavedPhoto> read = new ArrayList<>();
        for (Evidence e : photos) {
            String taken = e.capturedAt() != null ? t.get("receiving.photos.taken", DateInput.format(e.capturedAt()))
                    : t.get("receiving.photos.takenUnknown");
            read.add(new SavedPhoto(e, services.evidence().pathOf(e), services.evidence().shown(e),
                    services.evidence().orientation(e),
                    e.caption() == null ? e.fileName() : e.caption(), taken));
        }
        return read;
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
        saved.clear();
    }

    void showSaved(List<SavedPhoto> photosSaved) {
        saved.setAll(photosSaved);
    }

    public ObservableList<Path> list() {
        return photos;
    }

    /** The photos already saved with the chosen order's record. */
    public ObservableList<SavedPhoto> saved() {
        return saved;
    }
}
