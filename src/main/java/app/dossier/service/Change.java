package app.dossier.service;

import app.dossier.domain.Correction;
import app.dossier.domain.UndoStep;
import app.dossier.domain.Undoable;
import app.dossier.store.Session;
import app.dossier.store.Transaction;
import app.dossier.tree.ChangeJournal;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One change to a case file: a database transaction plus the file operations done for it, each
 * with its undo. Committed as a whole; otherwise rolled back and undone in reverse order.
 */
final class Change {
    private final Transaction transaction;
    private final Checkpoint checkpoint;
    private final Deque<Undo> undos = new ArrayDeque<>();
    private final java.util.Map<Object, Undo> lastSteps = new java.util.LinkedHashMap<>();
    private final ChangeJournal.Entry journal;
    private UndoStep undoneBy;

    Change(Transaction transaction, Checkpoint checkpoint, ChangeJournal.Entry journal) {
        this.transaction = transaction;
        this.checkpoint = checkpoint;
        this.journal = journal;
    }

    /** The note of this change's steps on the tree, for recovery after a crash. */
    ChangeJournal.Entry journal() {
        return journal;
    }

    /** What the repositories are given to read and write inside this change's transaction. */
    Session db() {
        return transaction.session();
    }

    void step(String name) throws IOException {
        checkpoint.reached(name);
    }

    /**
     * Notes what undoes this change once it is saved, for the user's Undo ({@link UndoSteps}); a
     * change that notes nothing cannot be undone from there, and empties the Redo list.
     */
    void undoneBy(Undoable what, Correction correction) {
        undoneBy = new UndoStep(what, correction);
    }

    /** What undoes this change, or null. */
    UndoStep undoneBy() {
        return undoneBy;
    }

    void onUndo(Undo undo) {
        undos.push(undo);
    }

    /**
     * Runs {@code last} just before the commit, once for each {@code key} however often it is asked
     * for (the history of an order changed twice in one change gets one entry).
     */
    void beforeCommit(Object key, Undo last) {
        lastSteps.putIfAbsent(key, last);
    }

    /** Whether a step to run before the commit is already noted under {@code key}. */
    boolean hasBeforeCommit(Object key) {
        return lastSteps.containsKey(key);
    }

    void commit() throws IOException {
        for (Undo last : lastSteps.values()) {
            try {
                last.run();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        step("commit");
        transaction.commit();
    }

    boolean committed() {
        return transaction.committed();
    }

    /** Rolls back and undoes the file steps; returns what could not be undone, in words. */
    List<String> undo() {
        List<String> left = new ArrayList<>();
        try {
            transaction.close();
        } catch (RuntimeException e) {
            left.add(e.getMessage());
        }
        while (!undos.isEmpty()) {
            try {
                undos.pop().run();
            } catch (Exception e) {
                left.add(e.getMessage());
            }
        }
        try {
            if (left.isEmpty()) {
                journal.done();
            } else {
                journal.keep();
            }
        } catch (java.io.IOException e) {
            left.add("the note of the change could not be removed: " + e.getMessage());
        }
        return left;
    }

    /** Ends the change after a commit. */
    void finish() {
        transaction.close();
        try {
            journal.done();
        } catch (java.io.IOException e) {
            // A note left behind describes a committed change; the next start finds nothing to undo.
        }
    }

    @FunctionalInterface
    interface Undo {
        void run() throws Exception;
    }
}
