package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.Text;
import app.dossier.imports.PhotoMetadata;
import app.dossier.store.EvidenceFiles;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.FileCopier;
import app.dossier.files.SafeNames;
import app.dossier.tree.StagedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Files attached to an order as part of a change: staged under a temp name, their rows written,
 * placed under their final name; content the order already holds is found by its SHA-256 and not
 * copied again.
 */
public final class Attachments {
    private final CaseFiles caseFiles;
    private final EvidenceFiles evidence;
    private final FileCopier copier;
    private final Clock clock;

    public Attachments(CaseFiles caseFiles, EvidenceFiles evidence, FileCopier copier, Clock clock) {
        this.caseFiles = caseFiles;
        this.evidence = evidence;
        this.copier = copier;
        this.clock = clock;
    }

    /** The result of attaching one file: the evidence row, and whether the same content was already there. */
    record Attached(Evidence evidence, boolean duplicate) {
    }

    /**
     * Copies one file into the order's category folder as part of {@code change}; a file that is
     * refused throws. When the order already holds a file with the same content, nothing is copied
     * and that file is returned.
     */
    Attached attach(Change change, Order order, EvidenceCategory category, EvidenceInput input)
            throws IOException {
        Batch batch = new Batch();
        attachAll(change, order, category, List.of(input), ProgressListener.NONE, true, batch);
        return batch.added.isEmpty() ? new Attached(batch.duplicates.get(0).existing(), true)
                : new Attached(batch.added.get(0), false);
    }

    /** What became of the files of one batch; filled in as it goes, so the refusals are known even when the change then fails. */
    static final class Batch {
        final List<Evidence> added = new ArrayList<>();
        final List<AttachReport.Duplicate> duplicates = new ArrayList<>();
        final List<AttachReport.Refused> refused = new ArrayList<>();
    }

    /**
     * Copies several files into the order's category folder as part of {@code change}, in these
     * steps: every file is staged (copied and hashed under a temp name; a file refused then,
     * such as a cut-off photo, goes into {@code batch.refused}, or is thrown when
     * {@code throwRefusals}); the copies are fsynced, one after the other once all are written, so
     * the disk takes them together; the rows of all new files are inserted; the note of every file about to
     * be placed is written with one fsync; the files are renamed into place and their folder fsynced
     * once. Content already in the order, or twice in the batch, is not copied again. Stopping
     * between two files throws {@link UnitOfWork.Stopped}. case.json is left to the caller.
     */
    void attachAll(Change change, Order order, EvidenceCategory category, List<EvidenceInput> inputs,
            ProgressListener progress, boolean throwRefusals, Batch batch) throws IOException {
        Path folder = caseFiles.tree().resolve(order.folder()).resolve(category.folderName());
        caseFiles.createFolders(change, folder);
        // The staged copies by content, in the order given; a second copy of the same content points to the first.
        Map<String, Staged> byContent = new LinkedHashMap<>();
        List<Staged> sameAsEarlier = new ArrayList<>();
        int done = 0;
        for (EvidenceInput input : inputs) {
            if (progress.cancelled()) {
                throw new UnitOfWork.Stopped();
            }
            String original = Text.clean(input.source().getFileName().toString());
            progress.progress(done, inputs.size(), original);
            change.step("copy");
            if (!Files.isDirectory(folder)) {
                // Made above in this change: gone means the case files were taken away, and copying would make it again.
                throw new java.nio.file.NoSuchFileException(folder.toString());
            }
            StagedFile staged;
            try {
                // fsynced below, all together once every file is copied
                staged = copier.stage(input.source(), folder, original, false);
            } catch (DossierException e) {
                if (throwRefusals || e.wording().filter(w -> w.refusal() == Refusal.DISK_FULL).isPresent()) {
                    // A full disk refuses every file after this one too: the whole batch stops and is undone.
                    throw e;
                }
                batch.refused.add(new AttachReport.Refused(input.source(), e.getMessage(), e.wording()));
                progress.progress(++done, inputs.size(), original);
                continue;
            }
            change.onUndo(staged::discard);
            Staged s = new Staged(input, original, staged);
            var existing = evidence.byHash(change.db(), order.id(), staged.sha256());
            if (existing.isPresent()) {
                staged.discard();
                batch.duplicates.add(new AttachReport.Duplicate(input.source(), existing.get()));
            } else if (byContent.containsKey(staged.sha256())) {
                staged.discard();
                sameAsEarlier.add(s);
            } else {
                byContent.put(staged.sha256(), s);
            }
            progress.progress(++done, inputs.size(), original);
        }
        if (byContent.isEmpty()) {
            return;
        }
        for (Staged s : byContent.values()) {
            s.staged.sync();
        }
        change.step("database");
        Set<String> taken = evidence.ofOrder(change.db(), order.id()).stream()
                .filter(e -> e.category() == category)
                .map(e -> e.fileName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(HashSet::new));
        for (Staged s : byContent.values()) {
            String name = caseFiles.tree().freeName(folder, SafeNames.fileName(s.original), null, taken);
            taken.add(name.toLowerCase(Locale.ROOT));
            s.target = folder.resolve(name);
            LocalDateTime capturedAt = s.input.capturedAt();
            if (capturedAt == null && s.staged.kind().dated()) {
                // The camera's own record of when the photo or video was taken, when it kept one.
                capturedAt = PhotoMetadata.read(s.staged.temp(), clock.getZone()).capturedAt().orElse(null);
            }
            s.evidence = evidence.insert(change.db(), new Evidence(0, order.id(), category,
                    category.folderName() + "/" + name, s.original, s.staged.sha256(), s.staged.size(),
                    s.staged.kind().mediaType(), capturedAt, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                    Text.clean(s.input.caption()), null));
            batch.added.add(s.evidence);
        }
        for (Staged s : sameAsEarlier) {
            batch.duplicates.add(new AttachReport.Duplicate(s.input.source(),
                    byContent.get(s.staged.sha256()).evidence));
        }
        change.step("place");
        change.journal().placed(byContent.values().stream().map(s -> caseFiles.tree().relative(s.target)).toList());
        for (Staged s : byContent.values()) {
            Path target = s.target;
            s.staged.placeUnsynced(target);
            change.onUndo(() -> Files.deleteIfExists(target));
        }
        // One fsync of the folder makes every rename above durable; the commit comes after it.
        CaseFileTree.syncFolder(folder);
    }

    /** A file of a batch, staged, and once its row is written, where it goes. */
    private static final class Staged {
        final EvidenceInput input;
        final String original;
        final StagedFile staged;
        Path target;
        Evidence evidence;

        Staged(EvidenceInput input, String original, StagedFile staged) {
            this.input = input;
            this.original = original;
            this.staged = staged;
        }
    }

}
