package app.dossier.service;

import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.ChangeJournal;
import app.dossier.tree.FactoryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
final class Recovery {
    private final CaseWriter writer;

    Recovery(CaseWriter writer) {
        this.writer = writer;
    }

    /** What was put right, one line each; empty when nothing needed it. */
    List<String> run() {
        List<String> done = new ArrayList<>();
        if (writer.caseFilesGone()) {
            // Undoing now would take what is missing for what was never saved; the notes wait for the folder.
            try {
                if (!writer.journal().pending().isEmpty()) {
                    done.add("The case files folder " + writer.tree().root() + " is not there; the change left"
                            + " unfinished is put right when it is back.");
                }
            } catch (IOException e) {
                done.add("Recovery could not read its notes: " + e.getMessage() + ". Run Verify.");
            }
            return done;
        }
        try {
            // Temp copies first: a folder holding only one is as empty as a folder can be.
            removePartFiles(done);
            for (ChangeJournal.Note note : writer.journal().pending()) {
                recover(note, done);
                note.discard();
            }
        } catch (IOException | SQLException e) {
            done.add("Recovery could not finish: " + e.getMessage() + ". Run Verify.");
        }
        return done;
    }

    private void recover(ChangeJournal.Note note, List<String> done) throws IOException, SQLException {
        CaseFileTree tree = writer.tree();
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
                CaseWriter.deleteTree(tree.resolve(path));
                done.add("Removed the empty folder " + path + ", made by a change that did not finish.");
            }
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

    /** Brings a case.json or factory.json back in line with the database, or removes one it has no record for. */
    private void rewrite(String path, List<String> done) throws IOException, SQLException {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return;
        }
        String folder = path.substring(0, slash);
        String name = path.substring(slash + 1);
        Path file = writer.tree().resolve(path);
        Optional<byte[]> expected = writer.read(db -> expectedContent(db, folder, name));
        if (expected.isPresent()) {
            if (!Files.exists(file) || !writer.json().sameContent(file, expected.get())) {
                writer.tree().writeAtomically(file, expected.get());
                done.add("Rewrote " + path + " from the database.");
            }
        } else if (Files.exists(file)) {
            Files.delete(file);
            done.add("Removed " + path + ", written for a change that did not finish.");
        }
    }

    /** Rewrites from the database each case.json and factory.json in a moved folder that disagrees with it; removes none. */
    private void rewriteWithin(String folder, List<String> done) throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(writer.tree().resolve(folder), 2)) {
            files = walk.filter(p -> p.getFileName().toString().equals(CaseFileTree.CASE_JSON)
                    || p.getFileName().toString().equals(CaseFileTree.FACTORY_JSON)).toList();
        }
        for (Path file : files) {
            String path = writer.tree().relative(file);
            String parent = path.substring(0, path.lastIndexOf('/'));
            Optional<byte[]> expected = writer.read(db -> expectedContent(db, parent, file.getFileName().toString()));
            if (expected.isPresent() && !writer.json().sameContent(file, expected.get())) {
                writer.tree().writeAtomically(file, expected.get());
                done.add("Rewrote " + path + " from the database (its folder was moved by a change that did not finish).");
            }
        }
    }

    private Optional<byte[]> expectedContent(Connection db, String folder, String name) throws SQLException {
        if (name.equals(CaseFileTree.CASE_JSON)) {
            for (Order order : writer.store().orders().all(db)) {
                if (order.folder().equals(folder)) {
                    return Optional.of(writer.json().render(writer.caseOf(db, order.id())));
                }
            }
        } else if (name.equals(CaseFileTree.FACTORY_JSON)) {
            for (Factory factory : writer.store().factories().all(db)) {
                if (factory.folder().equals(folder)) {
                    return Optional.of(writer.json().render(FactoryFile.of(factory)));
                }
            }
        }
        return Optional.empty();
    }

    private boolean isFolderInDatabase(String folder) {
        return writer.read(db -> writer.store().factories().all(db).stream().anyMatch(f -> f.folder().equals(folder))
                || writer.store().orders().all(db).stream().anyMatch(o -> o.folder().equals(folder)));
    }

    private boolean isEvidenceInDatabase(String path) {
        return writer.read(db -> {
            Map<Long, String> folders = new HashMap<>();
            for (Order order : writer.store().orders().all(db)) {
                folders.put(order.id(), order.folder());
            }
            for (Evidence e : writer.store().evidence().all(db)) {
                if ((folders.get(e.orderId()) + "/" + e.file()).equals(path)) {
                    return true;
                }
            }
            return false;
        });
    }

    private boolean exists(String path) {
        try {
            return Files.exists(writer.tree().resolve(path));
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
        Path root = writer.tree().root();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> parts;
        try (Stream<Path> walk = Files.walk(root)) {
            parts = walk.filter(p -> CaseFileTree.isPartFile(p.getFileName().toString())).toList();
        }
        for (Path part : parts) {
            Files.deleteIfExists(part);
            done.add("Removed the unfinished copy " + writer.tree().relative(part) + ".");
        }
    }
}
