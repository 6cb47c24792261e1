package app.dossier.service;

import app.dossier.domain.Correction;
import app.dossier.domain.UndoStep;
import app.dossier.tree.UndoFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The steps the user can undo and redo, the newest last, kept in {@code <data folder>/undo.json}
 * ({@link UndoFile}) after each change, so that {@code dossier undo} undoes what the window did and the
 * other way round. At most {@link #MOST} steps are kept; a new change empties the redo list. A data
 * folder opened for reading only keeps nothing.
 *
 * <p>{@link UnitOfWork} tells it of every change once it is committed, with the step the change noted
 * ({@link Change#undoneBy}); while {@link UndoService} carries a step out, what that change notes is
 * taken as the step that puts it back, not as a new change.
 */
public final class UndoSteps {
    /** How many steps are kept each way. */
    public static final int MOST = 50;

    private final UndoFile undoFile;
    private final Path file;
    private final List<UndoStep> undo = new ArrayList<>();
    private final List<UndoStep> redo = new ArrayList<>();
    private final ThreadLocal<List<UndoStep>> carryingOut = new ThreadLocal<>();

    /** {@code file}: where the steps are kept; null to keep them only while the folder is open. */
    public UndoSteps(UndoFile undoFile, Path file) {
        this.undoFile = undoFile;
        this.file = file;
        if (file != null) {
            undoFile.read(file).ifPresent(steps -> {
                undo.addAll(steps.undo());
                redo.addAll(steps.redo());
                trim(undo);
                trim(redo);
            });
        }
    }

    /** One that keeps its steps in memory only. */
    public static UndoSteps inMemory() {
        return new UndoSteps(new UndoFile(), null);
    }

    /**
     * Forgets the steps kept in a data folder: after a restore or a rebuild its database is another,
     * whose ids the steps may not name.
     */
    public static void forget(Path dataFolder) {
        try {
            Files.deleteIfExists(dataFolder.resolve(UndoFile.FILE));
        } catch (IOException e) {
            // Left behind, its steps refuse one by one when they no longer fit the records.
        }
    }

    public synchronized Optional<UndoStep> lastUndo() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.get(undo.size() - 1));
    }

    public synchronized Optional<UndoStep> lastRedo() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.get(redo.size() - 1));
    }

    /** After a change was committed; {@code step} is what undoes it, or null for a change that cannot be undone. */
    synchronized void changed(UndoStep step) {
        List<UndoStep> noted = carryingOut.get();
        if (noted != null) {
            if (step != null) {
                noted.add(step);
            }
            return;
        }
        boolean redoWasThere = !redo.isEmpty();
        redo.clear();
        if (step != null) {
            undo.add(step);
            trim(undo);
        }
        if (step != null || redoWasThere) {
            save();
        }
    }

    /**
     * Runs {@code correction} (one change through the ordinary use case) and returns the correction the
     * change noted: what puts it back.
     */
    Optional<Correction> carryOut(Supplier<?> correction) {
        List<UndoStep> noted = new ArrayList<>();
        carryingOut.set(noted);
        try {
            correction.get();
        } finally {
            carryingOut.remove();
        }
        return noted.isEmpty() ? Optional.empty() : Optional.of(noted.get(noted.size() - 1).correction());
    }

    /** {@code step}, the last to undo, was undone: what redoes it goes on the redo list. */
    synchronized void undone(UndoStep step, Optional<Correction> redoneBy) {
        moved(undo, redo, step, redoneBy);
    }

    /** {@code step}, the last to redo, was redone: what undoes it goes back on the undo list. */
    synchronized void redone(UndoStep step, Optional<Correction> undoneBy) {
        moved(redo, undo, step, undoneBy);
    }

    /** Drops a step that can no longer be carried out. */
    synchronized void drop(UndoStep step) {
        if (undo.remove(step) || redo.remove(step)) {
            save();
        }
    }

    private void moved(List<UndoStep> from, List<UndoStep> to, UndoStep step, Optional<Correction> back) {
        int at = from.lastIndexOf(step);
        if (at >= 0) {
            from.remove(at);
        }
        back.ifPresent(correction -> {
            to.add(new UndoStep(step.what(), correction));
            trim(to);
        });
        save();
    }

    private static void trim(List<UndoStep> steps) {
        while (steps.size() > MOST) {
            steps.remove(0);
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            undoFile.write(file, new UndoFile.Steps(undo, redo));
        } catch (IOException | RuntimeException e) {
            // The change itself is saved; only undoing it from another session is lost.
        }
    }
}
