package app.dossier.service;

import app.dossier.domain.Action;
import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.store.BusinessProfiles;
import app.dossier.store.Histories;
import app.dossier.tree.HistoryFile;
import app.dossier.store.EvidenceFiles;
import app.dossier.store.Factories;
import app.dossier.store.Orders;
import app.dossier.store.Session;
import app.dossier.store.StoreException;
import app.dossier.tree.BusinessProfileFile;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.ChangeJournal;
import app.dossier.tree.FileCopier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finishes what a crash cut off, at the next start. The database is the record of what was saved:
 * a change it does not hold was never reported saved, so what that change did to the tree is undone
 * (files placed removed, folders moved back, new folders removed when empty, case.json and
 * factory.json rewritten from the database). Leftover temp copies are deleted.
 */
public final class Recovery {
    private final UnitOfWork work;
    private final Factories factories;
    private final Orders orders;
    private final EvidenceFiles evidence;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final BusinessProfiles profiles;
    private final Path trash;
    private final Histories histories;

    /** {@code trash}: the trash folder, where a removal moves files out of the tree. */
    public Recovery(UnitOfWork work, Factories factories, Orders orders, EvidenceFiles evidence, CaseRecords records,
            CaseFiles caseFiles, BusinessProfiles profiles, Path trash, Histories histories) {
        this.trash = trash;
        this.histories = histories;
        this.work = work;
        this.factories = factories;
        this.orders = orders;
        this.evidence = evidence;
        this.records = records;
        this.caseFiles = caseFiles;
        this.profiles = profiles;
    }

    /**
     * Puts right what a crash cut off; the composition root runs it when a data folder is opened for
     * writing. Returns what was put right, one line each; empty when nothing needed it.
     */
    public List<String> run() {
        List<String> done = new ArrayList<>();
        if (!Files.exists(caseFiles.tree().root()) && !work.caseFilesGone()) {
            // A new data folder: its root is made here, once, so that no change ever has to create it.
            try {
                Files.createDirectories(caseFiles.tree().root());
            } catch (IOException e) {
                return List.of("The case files folder " + caseFiles.tree().root() + " could not be created: "
                        + FileCopier.describe(e) + ".");
            }
        }
        if (work.caseFilesGone()) {
            // Undoing now would take what is missing for what was never saved; the notes wait for the folder.
            try {
                if (!work.journal().pending().isEmpty()) {
                    done.add("The case files folder " + caseFiles.tree().root() + " is not there; the change left"
                            + " unfinished is put right when it is back.");
                }
            } catch (IOException e) {
                done.add("Recovery could not read its notes: " + e.getMessage() + ". Run Verify.");
            }
            return done;
        }
        try {
            // No change runs meanwhile, here or in another Dossier on the same server: what is put right stays right.
            work.alone(() -> {
                putRight(done);
                return null;
            });
        } catch (IOException | StoreException e) {
            done.add("Recovery could not finish: " + e.getMessage() + ". Run Verify.");
        } catch (Exception e) {
            done.add("Recovery could not finish: " + e + ". Run Verify.");
        }
        return done;
    }

    /**
     * Undoes the changes cut off. With other Dossiers writing to the same case files, only those of
     * a Dossier that has gone: temp copies and an emptying of the trash may be another's at work.
     */
    private void putRight(List<String> done) throws IOException {
        boolean alone = !work.othersWriting();
        if (alone) {
            // Temp copies first: a folder holding only one is as empty as a folder can be.
            removePartFiles(done);
            unfinishedEmptying(done);
        }
        for (ChangeJournal.Note note : work.journal().pending()) {
            if (!note.writer().isEmpty() && !work.writerGone(note.writer())) {
                continue; // a change under way in another Dossier
            }
            recover(note, done);
            note.discard();
        }
    }

    private void recover(ChangeJournal.Note note, List<String> done) throws IOException {
        CaseFileTree tree = caseFiles.tree();
        Map<String, String> movedBack = new LinkedHashMap<>();
        List<ChangeJournal.Step> reversed = new ArrayList<>(note.steps());
        Collections.reverse(reversed);
        for (ChangeJournal.Step step : reversed) {
            if (step.kind() == ChangeJournal.Step.Kind.MOVED && !isFolderInDatabase(step.to())
                    && exists(step.to()) && !exists(step.path())) {
                tree.moveFolder(tree.resolve(step.to()), tree.resolve(step.path()));
                movedBack.put(step.to(), step.path());
                done.add("Moved " + step.to() + " back to " + step.path() + " (a rename that did not finish).");
            }
        }
        for (ChangeJournal.Step step : reversed) {
            if (step.kind() == ChangeJournal.Step.Kind.MOVED && !movedBack.containsKey(step.to()) && exists(step.to())) {
                // The move stands (the database has the folder where it now is: the change was saved, or a
                // rebuild read the tree as the crash left it). Every record file inside must say so too.
                rewriteWithin(step.to(), done);
            }
        }
        for (ChangeJournal.Step step : reversed) {
            if (step.kind() == ChangeJournal.Step.Kind.DISCARDED) {
                undiscarded(step.path(), step.to(), done);
            }
        }
        for (ChangeJournal.Step step : reversed) {
            if (step.kind() == ChangeJournal.Step.Kind.RELOCATED) {
                relocated(step.path(), step.to(), done);
            }
        }
        for (ChangeJournal.Step step : reversed) {
            if (step.kind() == ChangeJournal.Step.Kind.TRASHED) {
                backFromTrash(step.path(), step.to(), done);
            } else if (step.kind() == ChangeJournal.Step.Kind.UNTRASHED) {
                backToTrash(step.path(), step.to(), done);
            }
        }
        for (ChangeJournal.Step step : reversed) {
            String path = through(movedBack, step.path());
            switch (step.kind()) {
                case PLACED -> {
                    if (exists(path) && !isEvidenceInDatabase(path)) {
                        Files.delete(tree.resolve(path));
                        done.add("Removed " + path + ", copied in by an attach that did not finish.");
                    }
                }
                case WROTE -> rewrite(path, done);
                default -> {
                }
            }
        }
        for (ChangeJournal.Step step : reversed) {
            String path = through(movedBack, step.path());
            if (step.kind() == ChangeJournal.Step.Kind.CREATED && exists(path) && !isFolderInDatabase(path)
                    && holdsNoFiles(tree.resolve(path))) {
                CaseFiles.deleteTree(tree.resolve(path));
                done.add("Removed the empty folder " + path + ", made by a change that did not finish.");
            }
        }
    }

    /**
     * A removal that did not finish: the file goes back where it was. When the database has its row
     * (the transaction was rolled back) only the file moves; when it has not (the crash came after the
     * commit but before the change was reported done, or a rebuild read the rewritten case.json), the
     * row is written again from the trash record too, so that nothing the user was not told is gone.
     */
    private void backFromTrash(String path, String trashFolder, List<String> done) throws IOException {
        Path entry = trash.resolve(trashFolder);
        Path kept = entry.resolve(TrashService.storedName(path.substring(path.lastIndexOf('/') + 1)));
        Path recordFile = entry.resolve(app.dossier.tree.TrashRecord.FILE);
        if (!isEvidenceInDatabase(path)) {
            if (exists(path) || !Files.isRegularFile(kept) || !Files.isRegularFile(recordFile)) {
                return;
            }
            Evidence trashed = caseFiles.json().readTrash(recordFile).evidence();
            boolean sameOrder = work.read(db -> orders.byId(db, trashed.orderId())
                    .map(o -> (o.folder() + "/" + trashed.file()).equals(path)).orElse(false));
            if (!sameOrder) {
                return;
            }
            Path target = caseFiles.tree().resolve(path);
            work.change(Action.FINISH_CUT_OFF, "Could not put " + path + " back", change -> {
                boolean idFree = evidence.byId(change.db(), trashed.id()).isEmpty();
                evidence.insert(change.db(), idFree ? trashed : trashed.withId(0));
                TrashService.moveFile(kept, target);
                change.onUndo(() -> TrashService.moveFile(target, kept));
                caseFiles.writeCase(change, trashed.orderId());
                return null;
            });
            CaseFiles.deleteTree(entry);
            done.add("Put " + path + " back from the trash (a removal that did not finish).");
            return;
        }
        if (!exists(path) && Files.isRegularFile(kept)) {
            TrashService.moveFile(kept, caseFiles.tree().resolve(path));
            done.add("Moved " + path + " back from the trash (a removal that did not finish).");
        }
        if (exists(path) && Files.exists(entry)) {
            CaseFiles.deleteTree(entry);
        }
    }

    /**
     * A deletion of an order or a factory that did not finish: while the database still has it (the
     * change was rolled back) its folder comes back from the trash; once deleted, the folder stays there.
     */
    private void undiscarded(String folder, String trashFolder, List<String> done) throws IOException {
        Path entry = trash.resolve(trashFolder);
        Path kept = entry.resolve(folder.substring(folder.lastIndexOf('/') + 1));
        if (!isFolderInDatabase(folder)) {
            return;
        }
        if (!exists(folder) && Files.isDirectory(kept)) {
            caseFiles.tree().moveFolder(kept, caseFiles.tree().resolve(folder));
            done.add("Moved " + folder + " back from the trash (a deletion that did not finish).");
        }
        if (exists(folder) && Files.isDirectory(entry) && holdsNoFiles(entry)) {
            CaseFiles.deleteTree(entry);
        }
    }

    /**
     * A move to another category that did not finish: the file goes where the database has it, back
     * when the change was rolled back, on when it was saved (case.json is rewritten by its own step).
     */
    private void relocated(String from, String to, List<String> done) throws IOException {
        Optional<Evidence> left = evidenceAt(from);
        if (left.isPresent() && isEvidenceInDatabase(to) && !exists(from) && exists(to)) {
            // A move to another order, cut off between its two case.json files and then rebuilt: the
            // file was read in both orders; the record of the order that has it stands.
            work.change(Action.FINISH_CUT_OFF, "Could not finish moving " + from, change -> {
                evidence.delete(change.db(), left.get().id());
                return null;
            });
            // Its order's case.json was not rewritten yet (the crash came before): it is now.
            String category = from.substring(0, from.lastIndexOf('/'));
            rewrite(category.substring(0, category.lastIndexOf('/')) + "/" + CaseFileTree.CASE_JSON, done);
            done.add("Kept " + to + " where it was moved (a move to another order that did not finish).");
            return;
        }
        if (isEvidenceInDatabase(from) && !exists(from) && exists(to)) {
            TrashService.moveFile(caseFiles.tree().resolve(to), caseFiles.tree().resolve(from));
            done.add("Moved " + to + " back to " + from + " (a move that did not finish).");
        } else if (isEvidenceInDatabase(to) && !exists(to) && exists(from)) {
            TrashService.moveFile(caseFiles.tree().resolve(from), caseFiles.tree().resolve(to));
            done.add("Moved " + from + " to " + to + " (a move that did not finish).");
        }
    }

    /** An emptying of the trash that did not finish: what it had moved aside goes back. */
    private void unfinishedEmptying(List<String> done) throws IOException {
        if (!Files.isDirectory(trash)) {
            return;
        }
        List<Path> aside;
        try (Stream<Path> list = Files.list(trash)) {
            aside = list.filter(p -> p.getFileName().toString().startsWith(TrashService.EMPTYING)).toList();
        }
        for (Path folder : aside) {
            List<Path> entries;
            try (Stream<Path> list = Files.list(folder)) {
                entries = list.toList();
            }
            for (Path entry : entries) {
                Path back = trash.resolve(entry.getFileName());
                if (!Files.exists(back)) {
                    Files.move(entry, back, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            CaseFiles.deleteTree(folder);
            if (!entries.isEmpty()) {
                done.add("Put back " + entries.size() + " files in the trash (emptying the trash did not finish).");
            }
        }
    }

    /** Putting a file back, cut off before it was saved: the file returns to its trash folder. */
    private void backToTrash(String path, String trashFolder, List<String> done) throws IOException {
        Path entry = trash.resolve(trashFolder);
        Path kept = entry.resolve(TrashService.storedName(path.substring(path.lastIndexOf('/') + 1)));
        if (isEvidenceInDatabase(path)) {
            if (Files.exists(entry) && !Files.exists(kept)) {
                CaseFiles.deleteTree(entry); // saved: only the record was left
            }
            return;
        }
        if (exists(path) && !Files.exists(kept) && Files.isDirectory(entry)) {
            TrashService.moveFile(caseFiles.tree().resolve(path), kept);
            done.add("Moved " + path + " back to the trash (putting it back did not finish).");
        }
    }

    private static String through(Map<String, String> movedBack, String path) {
        for (Map.Entry<String, String> move : movedBack.entrySet()) {
            if (path.equals(move.getKey()) || path.startsWith(move.getKey() + "/")) {
                return move.getValue() + path.substring(move.getKey().length());
            }
        }
        return path;
    }

    /**
     * Brings a case.json, factory.json or business-profile.json back in line with the database, or
     * removes one it has no record for.
     */
    private void rewrite(String path, List<String> done) throws IOException {
        int slash = path.lastIndexOf('/');
        if (slash < 0 && !path.equals(CaseFileTree.BUSINESS_PROFILE_JSON)) {
            return;
        }
        String folder = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        Path file = caseFiles.tree().resolve(path);
        Optional<byte[]> expected = work.read(db -> expectedContent(db, folder, name));
        if (expected.isPresent()) {
            if (!Files.exists(file) || !same(file, expected.get())) {
                caseFiles.tree().writeAtomically(file, expected.get());
                done.add("Rewrote " + path + " from the database.");
            }
        } else if (Files.exists(file)) {
            Files.delete(file);
            done.add("Removed " + path + ", written for a change that did not finish.");
        }
    }

    /** Rewrites from the database each case.json and factory.json in a moved folder that disagrees with it; removes none. */
    private void rewriteWithin(String folder, List<String> done) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(caseFiles.tree().resolve(folder), 2)) {
            files = walk.filter(p -> p.getFileName().toString().equals(CaseFileTree.CASE_JSON)
                    || p.getFileName().toString().equals(CaseFileTree.FACTORY_JSON)
                    || p.getFileName().toString().equals(HistoryFile.NAME)).toList();
        }
        for (Path file : files) {
            String path = caseFiles.tree().relative(file);
            String parent = path.substring(0, path.lastIndexOf('/'));
            Optional<byte[]> expected = work.read(db -> expectedContent(db, parent, file.getFileName().toString()));
            if (expected.isPresent() && !same(file, expected.get())) {
                caseFiles.tree().writeAtomically(file, expected.get());
                done.add("Rewrote " + path + " from the database (its folder was moved by a change that did not finish).");
            }
        }
    }

    private Optional<byte[]> expectedContent(Session db, String folder, String name) {
        if (folder.isEmpty()) {
            return profiles.find(db).map(profile -> caseFiles.json().render(BusinessProfileFile.of(profile)));
        }
        if (name.equals(CaseFileTree.CASE_JSON)) {
            for (Order order : orders.all(db)) {
                if (order.folder().equals(folder)) {
                    return Optional.of(caseFiles.json().render(records.caseOf(db, order.id())));
                }
            }
        } else if (name.equals(HistoryFile.NAME)) {
            // The database's entries, as the change that was cut off found them; none: no file.
            for (Order order : orders.all(db)) {
                if (order.folder().equals(folder)) {
                    List<String> lines = histories.lines(db, order.id());
                    return lines.isEmpty() ? Optional.empty() : Optional.of(HistoryFile.content(lines));
                }
            }
        } else if (name.equals(CaseFileTree.FACTORY_JSON)) {
            for (Factory factory : factories.all(db)) {
                if (factory.folder().equals(folder)) {
                    return Optional.of(caseFiles.json().render(records.factoryFile(db, factory)));
                }
            }
        }
        return Optional.empty();
    }

    /** A history is compared byte for byte (its lines are hashed); a JSON file by what it says. */
    private boolean same(Path file, byte[] expected) throws IOException {
        if (file.getFileName().toString().equals(HistoryFile.NAME)) {
            return java.util.Arrays.equals(Files.readAllBytes(file), expected);
        }
        return caseFiles.json().sameContent(file, expected);
    }

    private boolean isFolderInDatabase(String folder) {
        return work.read(db -> factories.all(db).stream().anyMatch(f -> f.folder().equals(folder))
                || orders.all(db).stream().anyMatch(o -> o.folder().equals(folder)));
    }

    private boolean isEvidenceInDatabase(String path) {
        return evidenceAt(path).isPresent();
    }

    /** The file recorded at this path of the tree. */
    private Optional<Evidence> evidenceAt(String path) {
        return work.read(db -> {
            Map<Long, String> folders = new HashMap<>();
            for (Order order : orders.all(db)) {
                folders.put(order.id(), order.folder());
            }
            for (Evidence e : evidence.all(db)) {
                if ((folders.get(e.orderId()) + "/" + e.file()).equals(path)) {
                    return Optional.of(e);
                }
            }
            return Optional.<Evidence>empty();
        });
    }

    private boolean exists(String path) {
        try {
            return Files.exists(caseFiles.tree().resolve(path));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean holdsNoFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.noneMatch(Files::isRegularFile);
        }
    }

    private void removePartFiles(List<String> done) throws IOException {
        Path root = caseFiles.tree().root();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> parts;
        try (Stream<Path> walk = Files.walk(root)) {
            parts = walk.filter(p -> CaseFileTree.isPartFile(p.getFileName().toString())).toList();
        }
        for (Path part : parts) {
            Files.deleteIfExists(part);
            done.add("Removed the unfinished copy " + caseFiles.tree().relative(part) + ".");
        }
    }
}
