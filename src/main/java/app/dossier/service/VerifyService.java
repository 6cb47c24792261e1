package app.dossier.service;

import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.store.BusinessProfiles;
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

    /** {@code trash}: the files removed to the trash, each checked against the SHA-256 it was removed with. */
    public VerifyService(UnitOfWork work, Factories factories, Orders orders, EvidenceFiles evidence,
            CaseRecords records, CaseFiles caseFiles, FileCopier copier, BusinessProfiles profiles, TrashService trash) {
        this.trash = trash;
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
