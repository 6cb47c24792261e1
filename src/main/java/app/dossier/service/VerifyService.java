package app.dossier.service;

import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.HistoryChain;
import app.dossier.domain.HistoryEntry;
import app.dossier.store.BusinessProfiles;
import app.dossier.store.Histories;
import app.dossier.tree.HistoryFile;
import app.dossier.store.EvidenceFiles;
import app.dossier.store.Factories;
import app.dossier.store.Orders;
import app.dossier.tree.BusinessProfileFile;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.FileCopier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the tree with the database: re-hashes every evidence file and reports each missing,
 * modified and orphan file, and each case.json, factory.json or business-profile.json that disagrees
 * with the database.
 */
public final class VerifyService {
    private final UnitOfWork work;
    private final Factories factories;
    private final Orders orders;
    private final EvidenceFiles evidence;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final FileCopier copier;
    private final BusinessProfiles profiles;
    private final TrashService trash;
    private final Histories histories;

    /** {@code trash}: the files removed to the trash, each checked against the SHA-256 it was removed with. */
    public VerifyService(UnitOfWork work, Factories factories, Orders orders, EvidenceFiles evidence,
            CaseRecords records, CaseFiles caseFiles, FileCopier copier, BusinessProfiles profiles, TrashService trash,
            Histories histories) {
        this.trash = trash;
        this.histories = histories;
        this.work = work;
        this.factories = factories;
        this.orders = orders;
        this.evidence = evidence;
        this.records = records;
        this.caseFiles = caseFiles;
        this.copier = copier;
        this.profiles = profiles;
    }

    public VerifyReport verify(ProgressListener progress) {
        CaseFileTree tree = caseFiles.tree();
        List<Problem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Map<String, byte[]> expectedJson = new HashMap<>();
        List<Located> files = new ArrayList<>();
        Map<Order, List<String>> recordedHistories = new java.util.LinkedHashMap<>();

        work.read(db -> {
            profiles.find(db).ifPresent(profile -> expectedJson.put(CaseFileTree.BUSINESS_PROFILE_JSON,
                    caseFiles.json().render(BusinessProfileFile.of(profile))));
            for (Factory factory : factories.all(db)) {
                String path = factory.folder() + "/" + CaseFileTree.FACTORY_JSON;
                expectedJson.put(path, caseFiles.json().render(records.factoryFile(db, factory)));
            }
            for (Order order : orders.all(db)) {
                expectedJson.put(order.folder() + "/" + CaseFileTree.CASE_JSON,
                        caseFiles.json().render(records.caseOf(db, order.id())));
                recordedHistories.put(order, histories.lines(db, order.id()));
                for (Evidence e : evidence.ofOrder(db, order.id())) {
                    files.add(new Located(order.folder() + "/" + e.file(), e));
                }
            }
            return null;
        });
        known.addAll(expectedJson.keySet());

        for (Map.Entry<String, byte[]> entry : expectedJson.entrySet()) {
            Path file = tree.resolve(entry.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(Problem.Kind.DRIFT, entry.getKey(), "missing"));
            } else if (!caseFiles.json().sameContent(file, entry.getValue())) {
                problems.add(new Problem(Problem.Kind.DRIFT, entry.getKey(), "differs from the database"));
            }
        }

        recordedHistories.forEach((order, recorded) -> {
            String path = order.folder() + "/" + HistoryFile.NAME;
            known.add(path);
            checkHistory(tree, order, path, recorded).ifPresent(problems::add);
        });

        int checked = 0;
        for (Located located : files) {
            if (progress.cancelled()) {
                return new VerifyReport(sorted(problems), checked, true);
            }
            progress.progress(checked, files.size(), located.path());
            known.add(located.path());
            checkFile(tree, located, problems);
            checked++;
        }
        progress.progress(checked, files.size(), "");
        problems.addAll(orphans(tree, known, trash.folder()));
        checkTrash(problems);
        return new VerifyReport(sorted(problems), checked, false);
    }

    /**
     * An order's history: the database's copy must be a whole chain, and history.jsonl must be that
     * chain, line for line. Names the first entry that is not, and why.
     */
    private static java.util.Optional<Problem> checkHistory(CaseFileTree tree, Order order, String path,
            List<String> recorded) {
        java.util.Optional<HistoryChain.Break> inDatabase = HistoryChain.firstBreak(recorded, entries(recorded));
        if (inDatabase.isPresent()) {
            return java.util.Optional.of(new Problem(Problem.Kind.HISTORY, path, "order " + order.label()
                    + ", in the database: " + said(inDatabase.get())));
        }
        Path file = tree.resolve(path);
        if (!Files.isRegularFile(file)) {
            return recorded.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(new Problem(Problem.Kind.HISTORY, path, "order " + order.label()
                            + ": the file is missing; the database records " + recorded.size() + " entries"));
        }
        List<String> lines;
        try {
            lines = HistoryFile.lines(file);
        } catch (IOException e) {
            return java.util.Optional.of(new Problem(Problem.Kind.HISTORY, path, "order " + order.label()
                    + ": cannot be read: " + e.getMessage()));
        }
        java.util.Optional<HistoryChain.Break> differs = HistoryChain.firstDifference(recorded, lines);
        java.util.Optional<HistoryChain.Break> broken = HistoryChain.firstBreak(lines, entries(lines));
        if (differs.isEmpty() && broken.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Problem(Problem.Kind.HISTORY, path, "order " + order.label() + ": "
                + said(differs.orElse(null), broken.orElse(null))));
    }

    /** Which entry breaks the history, said from where the file parts from the database and where its chain breaks. */
    private static String said(HistoryChain.Break differs, HistoryChain.Break broken) {
        if (differs != null && broken != null && differs.reason() == HistoryChain.Reason.DIFFERS_FROM_RECORD) {
            int n = differs.entry();
            if (broken.entry() == n + 1) {
                return "entry " + n + " was changed: it differs from the entry the database recorded, and entry "
                        + (n + 1) + " no longer carries its SHA-256";
            }
            if (broken.entry() == n) {
                return "entry " + n + " was removed or replaced: the line in its place does not follow "
                        + (n == 1 ? "the start of the chain" : "entry " + (n - 1));
            }
        }
        List<String> parts = new ArrayList<>();
        if (differs != null) {
            parts.add(said(differs));
        }
        if (broken != null) {
            parts.add(said(broken));
        }
        return String.join("; ", parts);
    }

    private static List<HistoryEntry> entries(List<String> lines) {
        List<HistoryEntry> entries = new ArrayList<>();
        lines.forEach(line -> entries.add(HistoryFile.read(line)));
        return entries;
    }

    private static String said(HistoryChain.Break b) {
        int n = b.entry();
        return switch (b.reason()) {
            case UNREADABLE -> "entry " + n + " cannot be read as an entry (changed by hand)";
            case WRONG_PREVIOUS -> "entry " + n + " does not carry the SHA-256 of the entry before it (that entry"
                    + " was changed, or one was removed)";
            case WRONG_NUMBER -> "entry " + n + " carries another number (an entry was removed or moved)";
            case DIFFERS_FROM_RECORD -> "entry " + n + " differs from the entry the database recorded (changed)";
            case MISSING -> "entry " + n + " and after, which the database recorded, are not in the file (removed)";
            case NOT_RECORDED -> "entry " + n + " is not in the database (added by hand)";
        };
    }

    /** Each file in the trash against its record: still there, and the content it was removed with. */
    private void checkTrash(List<Problem> problems) {
        for (TrashedFile trashed : trash.list()) {
            String path = TrashService.FOLDER + "/" + trashed.id() + "/" + trashed.location().getFileName();
            if (!trashed.fileThere()) {
                problems.add(new Problem(Problem.Kind.MISSING, path, "in the trash, not on disk"));
                continue;
            }
            try {
                long size = Files.size(trashed.location());
                if (size != trashed.evidence().size()) {
                    problems.add(new Problem(Problem.Kind.MODIFIED, path, "in the trash: size " + size
                            + " bytes, recorded " + trashed.evidence().size() + " when it was removed"));
                } else if (!copier.hash(trashed.location()).equals(trashed.evidence().sha256())) {
                    problems.add(new Problem(Problem.Kind.MODIFIED, path,
                            "in the trash: content differs from the SHA-256 recorded when it was removed"));
                }
            } catch (IOException e) {
                problems.add(new Problem(Problem.Kind.MODIFIED, path, "cannot be read: " + e.getMessage()));
            }
        }
    }

    private void checkFile(CaseFileTree tree, Located located, List<Problem> problems) {
        Path file;
        try {
            file = tree.resolve(located.path());
        } catch (RuntimeException e) {
            problems.add(new Problem(Problem.Kind.MISSING, located.path(), e.getMessage()));
            return;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(Problem.Kind.MISSING, located.path(), "not on disk"));
            return;
        }
        try {
            long size = Files.size(file);
            if (size != located.evidence().size()) {
                problems.add(new Problem(Problem.Kind.MODIFIED, located.path(),
                        "size " + size + " bytes, recorded " + located.evidence().size()));
            } else if (!copier.hash(file).equals(located.evidence().sha256())) {
                problems.add(new Problem(Problem.Kind.MODIFIED, located.path(), "content differs from the SHA-256 recorded"));
            }
        } catch (IOException e) {
            problems.add(new Problem(Problem.Kind.MODIFIED, located.path(), "cannot be read: " + e.getMessage()));
        }
    }

    /** Files on disk the database does not know; the trash is left out when it lies inside the root. */
    private static List<Problem> orphans(CaseFileTree tree, Set<String> known, Path trashFolder) {
        List<Problem> orphans = new ArrayList<>();
        if (!Files.isDirectory(tree.root())) {
            return orphans;
        }
        try {
            Files.walkFileTree(tree.root(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(tree.root()) && (TreeEntries.ignored(dir.getFileName().toString())
                            || dir.toAbsolutePath().normalize().equals(trashFolder.toAbsolutePath().normalize()));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String relative = tree.relative(file);
                    if (!TreeEntries.ignored(file.getFileName().toString()) && !known.contains(relative)) {
                        orphans.add(new Problem(Problem.Kind.ORPHAN, relative, "not in the database"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    orphans.add(new Problem(Problem.Kind.ORPHAN, tree.relative(file), "cannot be read: " + exc.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return orphans;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(Problem::path).thenComparing(Problem::kind));
        return copy;
    }

    private record Located(String path, Evidence evidence) {
    }
}
