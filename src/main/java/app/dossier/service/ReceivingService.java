package app.dossier.service;

import app.dossier.domain.Action;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Correction;
import app.dossier.domain.DefectKind;
import app.dossier.domain.Dispute;
import app.dossier.domain.Undoable;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.PhotoTaken;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.ReceivingRules;
import app.dossier.domain.Refusal;
import app.dossier.domain.TextLimit;
import app.dossier.imports.PhotoMetadata;
import app.dossier.store.EvidenceFiles;
import app.dossier.store.ReceivingRecords;
import app.dossier.store.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The warehouse's record of a delivery: counts, cartons, sample check, defects by kind, photos. */
public final class ReceivingService {
    private final UnitOfWork work;
    private final ReceivingRecords receiving;
    private final EvidenceFiles evidence;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Attachments attachments;
    private final Clock clock;

    /** {@code clock}: its zone is the computer's, on which photos' capture times are read. */
    public ReceivingService(UnitOfWork work, ReceivingRecords receiving, EvidenceFiles evidence, CaseRecords records,
            CaseFiles caseFiles, Attachments attachments, Clock clock) {
        this.work = work;
        this.receiving = receiving;
        this.evidence = evidence;
        this.records = records;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * Saves the order's receiving record (replacing an earlier one) together with its photos,
     * in one step: either all of it is kept or none of it. The draft's defects keep the files they
     * name; no new photo is said to show one.
     */
    public ReceivingRecord save(ReceivingRecord draft, List<EvidenceInput> photos) {
        return save(draft, photos, Map.of());
    }

    /**
     * As {@link #save(ReceivingRecord, List)}; each defect of {@code draft} shows the files it names
     * (already kept for the order) and, for its kind in {@code newPhotosShowing}, the photos among
     * {@code photos} given there by their source path (a folder given stands for the photos in it).
     * A kind named there needs its defect in the draft, with a count.
     */
    public ReceivingRecord save(ReceivingRecord draft, List<EvidenceInput> photos,
            Map<DefectKind, List<Path>> newPhotosShowing) {
        ReceivingRecord clean = cleaned(draft);
        List<EvidenceInput> files = EvidenceService.expand(photos);
        Map<DefectKind, Set<Path>> showing = showing(clean, files, newPhotosShowing);
        return work.change(Action.RECEIVING, "Could not save the receiving record", change -> {
            Order order = records.order(change.db(), clean.orderId());
            filesOfOrder(change.db(), order.id(), clean.defects());
            Map<Path, Long> ids = new LinkedHashMap<>();
            for (EvidenceInput photo : files) {
                ids.put(key(photo.source()), attachments.attach(change, order, EvidenceCategory.RECEIVING, photo)
                        .evidence().id());
            }
            change.step("database");
            ReceivingRecord saved = receiving.save(change.db(), clean.withDefects(linked(clean.defects(), showing, ids)));
            caseFiles.writeCase(change, order.id());
            return saved;
        });
    }

    /**
     * Replaces the defects of the order's receiving record, to correct them without entering the
     * rest again; refused when the order has no receiving record yet, or a defect names a file that
     * is not the order's.
     */
    public ReceivingRecord nameDefects(long orderId, List<ReceivingDefect> defects) {
        return work.change(Action.RECEIVING, "Could not save the defects", change -> {
            Order order = records.order(change.db(), orderId);
            ReceivingRecord before = receiving.ofOrder(change.db(), orderId)
                    .orElseThrow(() -> new DossierException(Refusal.NOT_RECEIVED_YET.with(order.label())));
            ReceivingRecord named = before.withDefects(defects);
            FieldProblem.refuse(ReceivingRules.problems(named));
            filesOfOrder(change.db(), orderId, named.defects());
            change.step("database");
            ReceivingRecord saved = receiving.save(change.db(), named);
            caseFiles.writeCase(change, orderId);
            change.undoneBy(Undoable.NAME_DEFECTS, new Correction.NameDefectsAgain(orderId, before.defects()));
            return saved;
        });
    }

    /**
     * Removes the order's receiving record, entered for the wrong order or by mistake: its counts and its
     * defects go; its photos stay among the order's Receiving and QC files. Refused while a dispute on
     * the order is open, since the claim rests on the record's counts: correct the record instead.
     */
    public ReceivingRecord remove(long orderId) {
        return work.change(Action.RECEIVING, "Could not remove the receiving record", change -> {
            CaseFile caseFile = records.caseOf(change.db(), orderId);
            String label = caseFile.order().label();
            ReceivingRecord before = receiving.ofOrder(change.db(), orderId)
                    .orElseThrow(() -> new DossierException(Refusal.NO_RECEIVING_RECORD.with(label)));
            if (caseFile.disputes().stream().anyMatch(Dispute::open)) {
                throw new DossierException(Refusal.RECEIVING_IN_OPEN_DISPUTE.with(label));
            }
            change.step("database");
            receiving.delete(change.db(), orderId);
            caseFiles.writeCase(change, orderId);
            return before;
        });
    }

    /**
     * When the photos of a delivery say they were taken, to propose its arrival time and to flag a
     * photo taken before it ({@link app.dossier.domain.ArrivalTime}): the order's files already in
     * Receiving and QC, then {@code adding} (a folder stands for its files), each on this computer's
     * clock as attaching records it. Reads the files, so off the window's thread.
     */
    public List<PhotoTaken> photosTaken(long orderId, List<Path> adding) {
        List<PhotoTaken> out = new ArrayList<>();
        for (Evidence e : work.read(db -> evidence.ofOrder(db, orderId))) {
            if (e.category() == EvidenceCategory.RECEIVING) {
                out.add(new PhotoTaken(e.fileName(), e.capturedAt()));
            }
        }
        for (EvidenceInput input : EvidenceService.expand(adding.stream().map(EvidenceInput::of).toList())) {
            Path name = input.source().getFileName();
            out.add(new PhotoTaken(name == null ? input.source().toString() : name.toString(),
                    PhotoMetadata.read(input.source(), clock.getZone()).capturedAt().orElse(null)));
        }
        return out;
    }

    public Optional<ReceivingRecord> ofOrder(long orderId) {
        return work.read(db -> receiving.ofOrder(db, orderId));
    }

    private static ReceivingRecord cleaned(ReceivingRecord r) {
        FieldProblem.refuse(ReceivingRules.problems(r));
        return new ReceivingRecord(r.id(), r.orderId(), r.arrivedAt(), r.parcelsExpected(), r.parcelsReceived(),
                r.unitsExpected(), r.unitsReceived(), r.packagingCondition(),
                TextLimit.PACKAGING_NOTES.checked(r.packagingNotes()), r.unitsSampled(), r.defectiveUnits(),
                TextLimit.DEFECT_NOTES.checked(r.defectNotes()), TextLimit.INSPECTOR.checked(r.inspectedBy()),
                r.inspectedAt(), r.factoryNotifiedAt(), r.defects());
    }

    /**
     * The photos (their source paths, as attached) showing each kind; refused before anything is copied
     * when a kind has no defect in the draft or a path is not among the photos.
     */
    private static Map<DefectKind, Set<Path>> showing(ReceivingRecord draft, List<EvidenceInput> files,
            Map<DefectKind, List<Path>> newPhotosShowing) {
        Map<DefectKind, Set<Path>> out = new LinkedHashMap<>();
        List<Path> given = files.stream().map(f -> key(f.source())).toList();
        for (Map.Entry<DefectKind, List<Path>> entry : newPhotosShowing.entrySet()) {
            DefectKind kind = entry.getKey();
            if (entry.getValue().isEmpty()) {
                continue;
            }
            if (draft.defect(kind).isEmpty()) {
                FieldProblem.refuse(List.of(FieldProblem.of(app.dossier.domain.Field.DEFECTS,
                        Refusal.DEFECT_COUNT_ZERO, kind)));
            }
            Set<Path> paths = new LinkedHashSet<>();
            for (Path path : entry.getValue()) {
                Path wanted = key(path);
                List<Path> matched = given.stream().filter(p -> p.startsWith(wanted)).toList();
                if (matched.isEmpty()) {
                    throw new DossierException(Refusal.DEFECT_PHOTO_NOT_GIVEN.with(
                            path.getFileName() == null ? path : path.getFileName(), kind));
                }
                paths.addAll(matched);
            }
            out.put(kind, paths);
        }
        return out;
    }

    /** Each defect with the ids of the new photos that show it added after the files it already named. */
    private static List<ReceivingDefect> linked(List<ReceivingDefect> defects, Map<DefectKind, Set<Path>> showing,
            Map<Path, Long> ids) {
        List<ReceivingDefect> out = new ArrayList<>();
        for (ReceivingDefect d : defects) {
            Set<Long> shown = new LinkedHashSet<>(d.evidenceIds());
            for (Path path : showing.getOrDefault(d.kind(), Set.of())) {
                shown.add(ids.get(path));
            }
            out.add(new ReceivingDefect(d.kind(), d.count(), List.copyOf(shown)));
        }
        return out;
    }

    /** Refuses a defect that names a file the order does not hold. */
    private void filesOfOrder(Session db, long orderId, List<ReceivingDefect> defects) {
        Set<Long> held = evidence.ofOrder(db, orderId).stream().map(Evidence::id).collect(Collectors.toSet());
        for (ReceivingDefect d : defects) {
            for (long id : d.evidenceIds()) {
                if (!held.contains(id)) {
                    throw new DossierException(Refusal.DEFECT_FILE_NOT_IN_ORDER.with(d.kind(), id));
                }
            }
        }
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
