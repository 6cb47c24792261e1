package app.dossier.service;

import app.dossier.domain.Action;
import app.dossier.domain.AttachRules;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Conversation;
import app.dossier.domain.Payment;
import app.dossier.tree.CaseFileTree;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import app.dossier.domain.Correction;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.Undoable;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.FileUse;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.imports.PhotoMetadataCache;
import app.dossier.store.EvidenceFiles;
import app.dossier.files.SystemFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Attaching files to an order's case file, and describing them. */
public final class EvidenceService {

    private final UnitOfWork work;
    private final EvidenceFiles evidenceFiles;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Attachments attachments;
    private final PhotoMetadataCache photoMetadata;
    private final Previews previews;

    /**
     * {@code photoMetadata}: the photos' metadata read once per content for this data folder;
     * {@code previews}: where the previews of HEIC and WebP photos are made.
     */
    public EvidenceService(UnitOfWork work, EvidenceFiles evidenceFiles, CaseRecords records, CaseFiles caseFiles,
            Attachments attachments, PhotoMetadataCache photoMetadata, Previews previews) {
        this.work = work;
        this.evidenceFiles = evidenceFiles;
        this.records = records;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
        this.photoMetadata = photoMetadata;
        this.previews = previews;
    }

    /**
     * Copies the files (folders are walked, hidden files skipped) into the order's category folder,
     * all in one change: one transaction, one rewrite of case.json, one commit.
     *
     * <p>A file refused while it is copied (gone, changed while read, not the kind its name says, cut
     * off) is reported and left out; the others are kept. Content already in the order, or twice in
     * the batch, is reported as already there and not copied again. When the change itself fails (the
     * disk, the database), nothing of the batch is kept and every file not refused for its own reason
     * is reported refused with that failure. Stopped by the user before the last file is copied,
     * nothing of the batch is kept either (the report says it was stopped and adds nothing).
     */
    public AttachReport attach(long orderId, EvidenceCategory category, List<EvidenceInput> inputs,
            ProgressListener progress) {
        inputs.forEach(input -> FieldProblem.refuse(AttachRules.problems(category, input.caption())));
        List<EvidenceInput> files = expand(inputs);
        if (files.isEmpty()) {
            return new AttachReport(List.of(), List.of(), List.of(), false);
        }
        String what = files.size() == 1 ? "Could not attach “" + files.get(0).source().getFileName() + "”"
                : "Could not attach the " + files.size() + " files";
        Attachments.Batch batch = new Attachments.Batch();
        try {
            work.change(category == EvidenceCategory.RECEIVING ? Action.RECEIVING : Action.RECORDS, what, change -> {
                Order order = records.order(change.db(), orderId);
                attachments.attachAll(change, order, category, files, progress, false, batch);
                if (!batch.added.isEmpty()) {
                    caseFiles.writeCase(change, orderId);
                    change.undoneBy(Undoable.ATTACH,
                            new Correction.TrashFiles(batch.added.stream().map(Evidence::id).toList()));
                }
                return null;
            });
        } catch (UnitOfWork.Stopped stopped) {
            return new AttachReport(List.of(), List.of(), List.copyOf(batch.refused), true);
        } catch (DossierException e) {
            List<AttachReport.Refused> refused = new ArrayList<>(batch.refused);
            for (EvidenceInput input : files) {
                if (batch.refused.stream().noneMatch(r -> r.source().equals(input.source()))) {
                    refused.add(new AttachReport.Refused(input.source(), e.getMessage(), e.wording()));
                }
            }
            return new AttachReport(List.of(), List.of(), refused, false);
        }
        return new AttachReport(List.copyOf(batch.added), List.copyOf(batch.duplicates), List.copyOf(batch.refused),
                false);
    }

    /**
     * Moves a file attached to the wrong category to another category's folder of the same order, in
     * one change: the file renamed into place (under a name of its own there, as attach gives), the
     * row's category and path, its search entry and case.json. Its id stays, so its defect links and
     * marked defect stay with it. Refused for a payment's proof (it stays in Payments), a chat (it
     * stays in Chat and agreements), a file not on disk, or one already in that category.
     */
    public Evidence move(long evidenceId, EvidenceCategory to) {
        return work.change("Could not move the file", change -> {
            Evidence evidence = evidenceFiles.byId(change.db(), evidenceId)
                    .orElseThrow(() -> new DossierException(Refusal.FILE_NO_LONGER_IN_CASE.with()));
            if (evidence.category() == to) {
                throw new DossierException(Refusal.MOVE_SAME_CATEGORY.with(evidence.fileName(), to.folderName()));
            }
            CaseFile caseFile = records.caseOf(change.db(), evidence.orderId());
            if (to != EvidenceCategory.PAYMENT) {
                for (Payment payment : caseFile.payments()) {
                    if (payment.proofEvidenceId() != null && payment.proofEvidenceId() == evidenceId) {
                        throw new DossierException(Refusal.MOVE_PAYMENT_PROOF.with(evidence.fileName(), payment.amount()));
                    }
                }
            }
            if (to != EvidenceCategory.AGREEMENT) {
                for (Conversation chat : caseFile.conversations()) {
                    if (chat.holds(evidenceId)) {
                        throw new DossierException(Refusal.MOVE_CHAT.with(evidence.fileName(), chat.messages()));
                    }
                }
            }
            Order order = caseFile.order();
            CaseFileTree tree = caseFiles.tree();
            Path source = tree.resolve(order.folder() + "/" + evidence.file());
            if (!Files.isRegularFile(source)) {
                throw new DossierException(Refusal.FILE_NOT_ON_DISK.with(evidence.file()));
            }
            relocate(change, evidence, source, order, to);
            caseFiles.writeCase(change, order.id());
            change.undoneBy(Undoable.MOVE_FILE, new Correction.MoveFileBack(evidenceId, evidence.category()));
            return evidenceFiles.byId(change.db(), evidenceId).orElseThrow();
        });
    }

    /**
     * Moves a file attached to the wrong order to another order's category folder ({@code to}, or the
     * category it has when null), in one change: the file renamed into place under a name of its own
     * there, the row's order, category and path, its search entry, and both orders' case.json. Its id,
     * caption and marked defect stay with it. Refused, saying what uses it, for a payment's proof, a chat,
     * a photo that shows a defect of the receiving record or a file of a dispute step; refused too when
     * the other order has the same content already.
     */
    public Evidence moveToOrder(long evidenceId, long orderId, EvidenceCategory to) {
        return work.change("Could not move the file to the other order", change -> {
            Evidence evidence = evidenceFiles.byId(change.db(), evidenceId)
                    .orElseThrow(() -> new DossierException(Refusal.FILE_NO_LONGER_IN_CASE.with()));
            EvidenceCategory category = to == null ? evidence.category() : to;
            Order target = records.order(change.db(), orderId);
            CaseFile caseFile = records.caseOf(change.db(), evidence.orderId());
            if (orderId == evidence.orderId()) {
                throw new DossierException(Refusal.MOVE_SAME_ORDER.with(evidence.fileName(), target.label()));
            }
            refuseIfUsed(caseFile, evidence);
            var same = evidenceFiles.byHash(change.db(), orderId, evidence.sha256());
            if (same.isPresent()) {
                throw new DossierException(Refusal.MOVE_TO_ORDER_SAME_CONTENT.with(target.label(),
                        evidence.fileName(), same.get().file()));
            }
            Path source = caseFiles.tree().resolve(caseFile.order().folder() + "/" + evidence.file());
            if (!Files.isRegularFile(source)) {
                throw new DossierException(Refusal.FILE_NOT_ON_DISK.with(evidence.file()));
            }
            relocate(change, evidence, source, target, category);
            // The order it goes to first: a rebuild after a crash between the two then finds the file
            // listed twice (the recovery keeps the one on disk), never in neither.
            caseFiles.writeCase(change, orderId);
            caseFiles.writeCase(change, evidence.orderId());
            return evidenceFiles.byId(change.db(), evidenceId).orElseThrow();
        });
    }

    /** Renames the file into {@code order}'s category folder under a free name, and its row with it. */
    private void relocate(Change change, Evidence evidence, Path source, Order order, EvidenceCategory to)
            throws IOException {
        CaseFileTree tree = caseFiles.tree();
        Path folder = tree.resolve(order.folder()).resolve(to.folderName());
        caseFiles.createFolders(change, folder);
        Set<String> taken = evidenceFiles.ofOrder(change.db(), order.id()).stream()
                .filter(e -> e.category() == to)
                .map(e -> e.fileName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(HashSet::new));
        String name = tree.freeName(folder, evidence.fileName(), null, taken);
        Path target = folder.resolve(name);
        evidenceFiles.updatePlace(change.db(), evidence.id(), order.id(), to, to.folderName() + "/" + name);

        change.step("move");
        change.journal().relocated(tree.relative(source), tree.relative(target));
        TrashService.moveFile(source, target);
        change.onUndo(() -> TrashService.moveFile(target, source));
    }

    /** Refuses to take a file from its order while a record of the order points to it, saying which. */
    private static void refuseIfUsed(CaseFile caseFile, Evidence evidence) {
        FileUse.of(caseFile, evidence.id()).ifPresent(use -> {
            Refusal refusal = switch (use.kind()) {
                case PAYMENT_PROOF -> Refusal.MOVE_TO_ORDER_PAYMENT_PROOF;
                case CHAT -> Refusal.MOVE_TO_ORDER_CHAT;
                case DEFECT_PHOTO -> Refusal.MOVE_TO_ORDER_DEFECT_PHOTO;
                case DISPUTE_STEP -> Refusal.MOVE_TO_ORDER_DISPUTE_STEP;
            };
            throw new DossierException(refusal.with(evidence.fileName(), use.what()));
        });
    }

    /** Sets or clears the caption of one file. */
    public Evidence setCaption(long evidenceId, String caption) {
        String clean = TextLimit.CAPTION.checked(caption);
        return work.change("Could not save the caption", change -> {
            Evidence evidence = evidenceFiles.byId(change.db(), evidenceId)
                    .orElseThrow(() -> new DossierException(Refusal.FILE_NO_LONGER_IN_CASE.with()));
            evidenceFiles.updateCaption(change.db(), evidenceId, clean);
            caseFiles.writeCase(change, evidence.orderId());
            change.undoneBy(Undoable.CAPTION, new Correction.PutCaptionBack(evidenceId, evidence.caption()));
            return evidence.withCaption(clean);
        });
    }

    /**
     * Marks where on a photo the defect is (fractions of the photo seen upright), or with null
     * clears the mark: the row and the order's case.json, all or nothing. Only pictures can be marked.
     */
    public Evidence markDefect(long evidenceId, DefectRegion region) {
        return work.change(region == null ? "Could not clear the marked defect" : "Could not mark the defect",
                change -> {
                    Evidence evidence = evidenceFiles.byId(change.db(), evidenceId)
                            .orElseThrow(() -> new DossierException(Refusal.FILE_NO_LONGER_IN_CASE.with()));
                    if (!DisputeFacts.isImage(evidence)) {
                        throw new DossierException(Refusal.DEFECT_MARK_NOT_A_PICTURE.with(evidence.fileName()));
                    }
                    evidenceFiles.updateDefectRegion(change.db(), evidenceId, region);
                    caseFiles.writeCase(change, evidence.orderId());
                    return evidence.withDefectRegion(region);
                });
    }

    /**
     * The region given by its left and top edges, width and height (fractions of the photo seen
     * upright), or a refusal in English saying what is wrong: for the command line, which takes
     * numbers as typed.
     */
    public static DefectRegion region(double left, double top, double width, double height) {
        DefectRegion.Problem problem = DefectRegion.problem(left, top, width, height).orElse(null);
        if (problem == null) {
            return new DefectRegion(left, top, width, height);
        }
        throw new DossierException(switch (problem) {
            case NOT_A_NUMBER -> "Give the region as four numbers: left, top, width and height.";
            case OUTSIDE_THE_PICTURE -> "The region goes outside the photo: left and top start at 0, and left + width"
                    + " and top + height end at 1 (100%) at most.";
            case TOO_SMALL -> "The region is too small: its width and height must be at least 1% of the photo's.";
        });
    }

    /** The file with this id, when the records still hold it. */
    public java.util.Optional<Evidence> find(long evidenceId) {
        return work.read(db -> evidenceFiles.byId(db, evidenceId));
    }

    public List<Evidence> ofOrder(long orderId) {
        return work.read(db -> evidenceFiles.ofOrder(db, orderId));
    }

    /** Where the file is on disk, to open it or show it in the file manager. */
    public Path pathOf(Evidence evidence) {
        Order order = work.read(db -> records.order(db, evidence.orderId()));
        return caseFiles.tree().resolve(order.folder() + "/" + evidence.file());
    }

    /**
     * Where the window draws this file's picture from: the file itself for JPEG, PNG, GIF and BMP, a
     * preview made once for an iPhone's HEIC or a WebP; null when it is no picture or cannot be read.
     * Decodes the photo the first time, so off the window's thread.
     */
    public Path shown(Evidence evidence) {
        return previews.of(evidence, pathOf(evidence));
    }

    /**
     * Which way up a photo is to be shown, for thumbnails and the dispute packet: its EXIF
     * Orientation, 1 (upright) to 8; 6 is a phone held upright, to be turned a quarter clockwise.
     * 1 for a file without it, or missing.
     */
    public int orientation(Evidence evidence) {
        if (evidence.mediaType() == null || !evidence.mediaType().startsWith("image/")) {
            return 1;
        }
        return photoMetadata.of(evidence.sha256(), pathOf(evidence)).orientation();
    }

    /** The files to attach: each file as given, each folder's files in name order, hidden ones left out. */
    /**
     * The files that files and folders given to attach stand for, as attach takes them: a folder is
     * the files in it, hidden and system files left out.
     */
    public static List<Path> filesIn(List<Path> given) {
        return expand(given.stream().map(EvidenceInput::of).toList()).stream().map(EvidenceInput::source).toList();
    }

    static List<EvidenceInput> expand(List<EvidenceInput> inputs) {
        List<EvidenceInput> files = new ArrayList<>();
        for (EvidenceInput input : inputs) {
            if (Files.isDirectory(input.source())) {
                try (Stream<Path> walk = Files.walk(input.source())) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(input.source(), p))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(p -> files.add(new EvidenceInput(p, input.caption(), input.capturedAt())));
                } catch (IOException e) {
                    throw new DossierException(Refusal.FOLDER_UNREADABLE.with(input.source(), e.getMessage()), e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static boolean isHidden(Path base, Path file) {
        for (Path part : base.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || SystemFiles.isSystemFile(name)) {
                return true;
            }
        }
        return false;
    }
}
