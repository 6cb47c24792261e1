package app.dossier.ui.dispute;

import app.dossier.domain.Evidence;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** One of the order's images, offered for the 1688 refund request: ticked or not, and whether it may be ticked. */
public final class RefundImage {
    private final Evidence evidence;
    private final String caption;
    private final BooleanProperty chosen = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper selectable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private int orientation = 1;

    RefundImage(Evidence evidence, String caption) {
        this.evidence = evidence;
        this.caption = caption;
    }

    public Evidence evidence() {
        return evidence;
    }

    public String fileName() {
        return evidence.fileName();
    }

    public String caption() {
        return caption;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** False once five others are ticked: the platform takes no more. */
    public ReadOnlyBooleanProperty selectableProperty() {
        return selectable.getReadOnlyProperty();
    }

    /** Where its thumbnail is drawn from (a preview for an iPhone's HEIC); null until known or when it cannot be drawn. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Which way up the image is (EXIF orientation, 1 upright to 8); known with its file. */
    public int orientation() {
        return orientation;
    }

    ReadOnlyBooleanWrapper selectable() {
        return selectable;
    }

    void file(Path path, int turned) {
        orientation = turned;
        file.set(path);
    }
}
