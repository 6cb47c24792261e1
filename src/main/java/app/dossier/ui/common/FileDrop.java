package app.dossier.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Lets files and folders be dropped on a node; the node is outlined while something is held over it. */
public final class FileDrop {
    private static final String HOVER = "drop-target";

    private FileDrop() {
    }

    public static void install(Node target, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles() && !target.getStyleClass().contains(HOVER)) {
                target.getStyleClass().add(HOVER);
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove(HOVER));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            target.getStyleClass().remove(HOVER);
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            onDrop.accept(files);
        });
    }
}
