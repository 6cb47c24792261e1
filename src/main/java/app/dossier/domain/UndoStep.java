package app.dossier.domain;

import java.util.Objects;

/** One change that can be undone (or redone): what the user did, and what puts it back. */
public record UndoStep(Undoable what, Correction correction) {
    public UndoStep {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(correction, "correction");
    }
}
