package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.tree.Bag;
import app.dossier.tree.BagProblem;
import app.dossier.tree.BagWriter;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.FileCopier;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exports one order's case file for archiving, as a BagIt bag (RFC 8493): its folder's files under
 * {@code data/} (the four category folders and case.json), each with its SHA-256, and bag-info.txt
 * naming the order. A case file that verify would flag (a recorded file missing or changed,
 * case.json not saying what the database says) is not exported: an archive must not preserve a
 * damaged record as if it were sound.
 */
public final class ExportService {
    private final UnitOfWork work;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Clock clock;

    public ExportService(UnitOfWork work, CaseRecords records, CaseFiles caseFiles, Clock clock) {
        this.work = work;
        this.records = records;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /**
     * Writes the bag to {@code out}, a folder or (with {@code zip}) a zip file, which must not exist.
     * {@code organization} (may be null) goes into bag-info.txt as Source-Organization.
     */
    public ExportReport export(long orderId, Path out, boolean zip, String organization, ProgressListener progress) {
        try {
            // No change may run while the case file is copied, so the bag is one moment's record.
            return work.whileNoChange(() -> write(orderId, out, zip, organization, progress));
        } catch (DossierException e) {
            throw e;
        } catch (IOException e) {
            throw new DossierException(Refusal.EXPORT_NOT_WRITTEN.with(out, FileCopier.describe(e)), e);
        } catch (Exception e) {
            throw new DossierException(Refusal.EXPORT_FAILED.with(e.getMessage()), e);
        }
    }

    private ExportReport write(long orderId, Path out, boolean zip, String organization, ProgressListener progress)
            throws IOException {
        CaseFile caseFile = work.read(db -> records.caseOf(db, orderId));
        Order order = caseFile.order();
        Path folder = caseFiles.tree().resolve(order.folder());
        if (!Files.isDirectory(folder)) {
            throw new DossierException(Refusal.EXPORT_ORDER_FOLDER_MISSING.with(order.label(), folder));
        }
        Path caseJson = folder.resolve(CaseFileTree.CASE_JSON);
        if (!Files.isRegularFile(caseJson) || !caseFiles.json().sameContent(caseJson, caseFiles.json().render(caseFile))) {
            throw new DossierException(Refusal.EXPORT_CASE_JSON_DIFFERS.with(order.label()));
        }
        Map<String, Evidence> recorded = new HashMap<>();
        for (Evidence e : caseFile.evidence()) {
            recorded.put(e.file(), e);
            if (!Files.isRegularFile(caseFiles.tree().resolve(order.folder() + "/" + e.file()))) {
                throw new DossierException(Refusal.EXPORT_FILE_MISSING.with(e.file(), order.label()));
            }
        }
        List<String> folders = new ArrayList<>();
        Map<String, Path> files = new TreeMap<>();
        long total = list(folder, folders, files);
        long done = 0;
        int unrecorded = 0;
        try (BagWriter bag = zip ? BagWriter.toZip(out) : BagWriter.toFolder(out)) {
            for (String sub : folders) {
                bag.addFolder(sub);
            }
            for (Map.Entry<String, Path> file : files.entrySet()) {
                if (progress.cancelled()) {
                    throw new DossierException(Refusal.EXPORT_STOPPED.with());
                }
                progress.progress(done, total, file.getKey());
                String sha256 = bag.addFile(file.getKey(), file.getValue());
                Evidence evidence = recorded.get(file.getKey());
                if (evidence != null && !evidence.sha256().equals(sha256)) {
                    throw new DossierException(Refusal.EXPORT_FILE_CHANGED.with(file.getKey(), order.label()));
                }
                if (evidence == null && !file.getKey().equals(CaseFileTree.CASE_JSON)
                        && !file.getKey().equals(app.dossier.tree.HistoryFile.NAME)) {
                    unrecorded++;
                }
                done += Files.size(file.getValue());
            }
            int count = bag.payloadFiles();
            long bytes = bag.payloadBytes();
            Path written = bag.finish(info(caseFile, organization));
            progress.progress(total, total, "");
            return new ExportReport(written, count, bytes, unrecorded);
        }
    }

    private Map<String, String> info(CaseFile caseFile, String organization) {
        Order order = caseFile.order();
        Map<String, String> info = new LinkedHashMap<>();
        if (organization != null && !organization.isBlank()) {
            info.put("Source-Organization", organization);
        }
        info.put("Bagging-Date", LocalDate.now(clock).toString());
        info.put("External-Identifier", order.orderNumber() != null ? order.orderNumber() : Long.toString(order.id()));
        info.put("External-Description", "Case file of the order " + order.label() + " (" + order.product()
                + ") placed with " + caseFile.factory().name() + " on " + order.orderedOn()
                + ": agreement, confirmation, payments, receiving");
        info.put("Bag-Software-Agent", "Dossier");
        return info;
    }

    /** The order folder's sub-folders and files (relative, "/"-separated), without system and temp files. */
    private static long list(Path folder, List<String> folders, Map<String, Path> files) throws IOException {
        long[] bytes = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(folder)) {
                    return FileVisitResult.CONTINUE;
                }
                if (TreeEntries.ignored(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.add(relative(folder, dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !TreeEntries.ignored(file.getFileName().toString())) {
                    files.put(relative(folder, file), file);
                    bytes[0] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                throw exc;
            }
        });
        return bytes[0];
    }

    private static String relative(Path base, Path path) {
        StringBuilder text = new StringBuilder();
        for (Path part : base.relativize(path)) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(part);
        }
        return app.dossier.tree.BagPaths.nfc(text.toString());
    }

    /**
     * Checks a BagIt bag, a folder or a zip: complete, every checksum verifies, Payload-Oxum matches.
     * Works on any bag, not only Dossier's, and on backups too.
     */
    public static BagReport checkBag(Path bag, ProgressListener progress) {
        try (Bag opened = Bag.open(bag)) {
            Bag.Progress listener = new Bag.Progress() {
                @Override
                public void at(String path, long bytesDone, long bytesTotal) {
                    progress.progress(bytesDone, bytesTotal, path);
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            };
            List<BagProblem> problems = opened.check(listener);
            return new BagReport(opened.source(), opened.payloadFiles().size(),
                    problems.stream().map(BagProblem::line).toList(), progress.cancelled());
        }
    }
}
