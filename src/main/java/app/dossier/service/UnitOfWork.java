package app.dossier.service;

import app.dossier.domain.Action;
import app.dossier.domain.DossierException;
import app.dossier.domain.Person;
import app.dossier.domain.Refusal;
import app.dossier.domain.RoleRules;
import app.dossier.store.Factories;
import app.dossier.store.Storage;
import app.dossier.store.StoreException;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.ChangeJournal;
import app.dossier.tree.FileCopier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs each change all or nothing: one transaction plus the steps on the tree, each noted for the
 * recovery and each with its undo; the commit comes last. Reads take their turn here too, so a read
 * never sees a change half done.
 *
 * <p>Order of steps for one change: files are staged (copied, hashed, fsynced under a temp name);
 * rows are written; files are renamed into place; case.json is rewritten; the transaction commits.
 * The commit is last, so until it succeeds everything before it can still be undone.
 */
public final class UnitOfWork {
    private final Storage storage;
    private final Factories factories;
    private final CaseFileTree tree;
    private final Checkpoint checkpoint;
    private final ChangeJournal journal;
    private final boolean readOnly;
    private final UndoSteps undoSteps;
    private final Person person;

    /**
     * @param factories to tell a case-files root that went away from a new, empty one
     * @param readOnly the data folder was opened for reading only (read-only media, or no permission
     *     to write): every change is refused before it touches anything
     * @param undoSteps told of every change once it is saved, with what undoes it
     */
    public UnitOfWork(Storage storage, Factories factories, CaseFileTree tree, Checkpoint checkpoint,
            ChangeJournal journal, boolean readOnly, UndoSteps undoSteps) {
        this(storage, factories, tree, checkpoint, journal, readOnly, undoSteps, Person.AT_THIS_PC);
    }

    /** As above, for {@code person} signed in: a change their role may not make is refused before it begins. */
    public UnitOfWork(Storage storage, Factories factories, CaseFileTree tree, Checkpoint checkpoint,
            ChangeJournal journal, boolean readOnly, UndoSteps undoSteps, Person person) {
        this.person = person;
        this.storage = storage;
        this.factories = factories;
        this.tree = tree;
        this.checkpoint = checkpoint;
        this.journal = journal;
        this.readOnly = readOnly;
        this.undoSteps = undoSteps;
    }

    /** Whether the data folder was opened for reading only, so that every change is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    ChangeJournal journal() {
        return journal;
    }

    /** Who is signed in, whose role says which changes are made. */
    public Person person() {
        return person;
    }

    /** Runs {@code work} as one change that only the desk may make ({@link Action#RECORDS}). */
    <T> T change(String what, Work<T> work) {
        return change(Action.RECORDS, what, work);
    }

    /**
     * Runs {@code work} as one change, refused before it touches anything when the person signed in
     * may not do {@code action}. {@code what} starts the message if it fails ("Could not …").
     */
    <T> T change(Action action, String what, Work<T> work) {
        allow(action);
        if (readOnly) {
            throw new DossierException(Refusal.DATA_FOLDER_READ_ONLY.with(journal.folder().getParent()));
        }
        if (caseFilesGone()) {
            throw new DossierException(Refusal.CASE_FILES_GONE.with(tree.root()));
        }
        Change change = new Change(storage.begin(), checkpoint, journal.begin());
        boolean saved = false;
        T result;
        try {
            result = work.run(change);
            change.commit();
            saved = true;
        } catch (Exception e) {
            List<String> notUndone = change.undo();
            if (e instanceof Stopped stopped && notUndone.isEmpty()) {
                throw stopped;
            }
            if (caseFilesGone()) {
                // Whatever failed failed because the folder went; what could not be undone waits in
                // the change's note for the next start with the folder back.
                throw new DossierException(Refusal.CASE_FILES_GONE.with(tree.root()), e);
            }
            throw failure(what, e, notUndone);
        } finally {
            if (saved) {
                change.finish();
            }
        }
        undoSteps.changed(change.undoneBy());
        return result;
    }

    /**
     * Refuses, in the words of {@link RoleRules}, what the person signed in may not do; for a change
     * whose action is known only once it has read a record (a caption of a receiving photo).
     */
    void allow(Action action) {
        person.refusal(action).ifPresent(refusal -> {
            throw new DossierException(refusal);
        });
    }

    /** Reads committed records; a refusal of the store is said in words. */
    <T> T read(Storage.Reading<T> work) {
        return storage.read(work);
    }

    /** Runs {@code work} while no change can start (an export reads the tree and the records as one). */
    <T> T whileNoChange(java.util.concurrent.Callable<T> work) throws Exception {
        return storage.whileNoChange(work);
    }

    /** Runs {@code work} while no change runs here nor in another Dossier writing to the same records. */
    <T> T alone(java.util.concurrent.Callable<T> work) throws Exception {
        return storage.alone(work);
    }

    /** Whether another Dossier writes to the same records now (a team's, on a server). */
    boolean othersWriting() {
        return storage.othersWriting();
    }

    /** Whether the Dossier that noted changes as {@code writer} has gone. */
    boolean writerGone(String writer) {
        return storage.writerGone(writer);
    }

    /**
     * Whether the case-files root has gone: not there or empty while the database knows factories
     * (an unplugged drive leaves its mount point behind, empty). A change then writes nothing, so
     * that nothing lands on the disk that held the mount point.
     */
    boolean caseFilesGone() {
        Path root = tree.root();
        if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    return false;
                }
            } catch (IOException e) {
                return true;
            }
        }
        // Missing or empty: gone when there is something it should hold; a new data folder has nothing yet.
        return storage.read(session -> !factories.all(session).isEmpty());
    }

    private static DossierException failure(String what, Exception e, List<String> notUndone) {
        if (e instanceof DossierException d && notUndone.isEmpty()) {
            // Already said in full (and perhaps as a refusal the window words in its language).
            return d;
        }
        String reason;
        boolean tellNothingChanged = true;
        if (e instanceof DossierException d) {
            reason = d.getMessage();
            tellNothingChanged = false;
        } else if (e instanceof IOException io) {
            reason = what + ": " + FileCopier.describe(io) + ".";
        } else if (e instanceof StoreException refused) {
            reason = what + ": " + StoreErrors.describe(refused);
        } else {
            reason = what + ": " + e;
        }
        StringBuilder message = new StringBuilder(reason);
        if (!notUndone.isEmpty()) {
            message.append(" Some of it could not be undone (").append(String.join("; ", notUndone))
                    .append("); run Verify to see what is left.");
        } else if (tellNothingChanged) {
            message.append(" Nothing was changed.");
        }
        return new DossierException(message.toString(), e);
    }

    /** Thrown out of a change when the user stops it; the change is undone and nothing of it stays. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped by the user", null, false, false);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Change change) throws Exception;
    }
}
