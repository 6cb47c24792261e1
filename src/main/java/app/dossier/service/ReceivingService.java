package app.dossier.service;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.ReceivingRules;
import app.dossier.domain.TextLimit;
import app.dossier.store.ReceivingRecords;
import java.util.List;
import java.util.Optional;

/** The warehouse's record of a delivery: counts, cartons, sample check, photos. */
public final class ReceivingService {
    private final UnitOfWork work;
    private final ReceivingRecords receiving;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Attachments attachments;

    public ReceivingService(UnitOfWork work, ReceivingRecords receiving, CaseRecords records, CaseFiles caseFiles,
            Attachments attachments) {
        this.work = work;
        this.receiving = receiving;
        this.records = records;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
    }

    /**
     * Saves the order's receiving record (replacing an earlier one) together with its photos,
     * in one step: either all of it is kept or none of it.
     */
    public ReceivingRecord save(ReceivingRecord draft, List<EvidenceInput> photos) {
        ReceivingRecord clean = cleaned(draft);
        return work.change("Could not save the receiving record", change -> {
            Order order = records.order(change.db(), clean.orderId());
            for (EvidenceInput photo : EvidenceService.expand(photos)) {
                attachments.attach(change, order, EvidenceCategory.RECEIVING, photo);
            }
            change.step("database");
            ReceivingRecord saved = receiving.save(change.db(), clean);
            caseFiles.writeCase(change, order.id());
            return saved;
        });
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
                r.inspectedAt(), r.factoryNotifiedAt());
    }

    // ---- Defects by kind: the window's entry points. Their storage comes with the receiving
    // records' defects table; until then the record is saved as before and returned with its defects.

    /**
     * Saves the record with {@code draft.defects()} (naming files already kept) and links each kind to
     * the new photos (by {@link EvidenceInput#source()}) that show it.
     */
    public ReceivingRecord save(ReceivingRecord draft, List<EvidenceInput> photos,
            java.util.Map<app.dossier.domain.DefectKind, List<java.nio.file.Path>> newPhotosShowing) {
        return save(draft, photos).withDefects(draft.defects());
    }

    /** Replaces the defects of the order's existing record. */
    public ReceivingRecord nameDefects(long orderId, List<app.dossier.domain.ReceivingDefect> defects) {
        ReceivingRecord record = ofOrder(orderId).orElseThrow().withDefects(defects);
        FieldProblem.refuse(ReceivingRules.problems(record));
        return record;
    }
}
