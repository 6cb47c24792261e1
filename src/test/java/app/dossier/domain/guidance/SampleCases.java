package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.ReceivingRecord;
import app.dossier.imports.SampleBusiness;
import app.dossier.imports.SampleBusinessReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample business of {@code sample-data/sample.json} as case files, with ids given in file
 * order (factories 1–3, orders 1–5), as the sample loader would store them: payment proofs in
 * Payments, receiving photos in Receiving and QC, disputes opened as drafts.
 */
final class SampleCases {
    private SampleCases() {
    }

    static List<CaseFile> load() {
        SampleBusiness business;
        try (InputStream json = SampleCases.class.getResourceAsStream("/sample-data/sample.json")) {
            if (json == null) {
                throw new IllegalStateException("sample-data/sample.json is not on the test class path");
            }
            business = new SampleBusinessReader().read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Factory> factories = new HashMap<>();
        long factoryId = 0;
        for (SampleBusiness.SampleFactory f : business.factories()) {
            factories.put(f.key(), f.draft().withId(++factoryId));
        }
        List<CaseFile> cases = new ArrayList<>();
        long orderId = 0;
        long evidenceId = 0;
        for (SampleBusiness.SampleOrder o : business.orders()) {
            Factory factory = factories.get(o.factoryKey());
            Order d = o.draft();
            long id = ++orderId;
            Order order = new Order(id, factory.id(), d.orderNumber(), d.channel(), d.kind(), d.product(), d.specs(),
                    d.quantity(), d.unit(), d.unitPrice(), d.orderedOn(), d.deliveryDeadline(), d.agreedOn(), d.notes(),
                    factory.name() + "/" + d.orderedOn());
            List<Evidence> evidence = new ArrayList<>();
            for (SampleBusiness.SampleFile file : o.evidence()) {
                evidence.add(evidence(++evidenceId, id, file));
            }
            List<Payment> payments = new ArrayList<>();
            long paymentId = 0;
            for (SampleBusiness.SamplePayment p : o.payments()) {
                Long proof = null;
                if (p.proof() != null) {
                    Evidence e = evidence(++evidenceId, id, p.proof());
                    evidence.add(e);
                    proof = e.id();
                }
                Payment draft = p.draft();
                payments.add(new Payment(++paymentId, id, draft.paidOn(), draft.amount(), draft.rateToVnd(),
                        draft.covers(), draft.method(), draft.receivingAccount(), draft.reference(),
                        draft.acknowledgedAt(), proof));
            }
            ReceivingRecord receiving = null;
            if (o.receiving() != null) {
                ReceivingRecord r = o.receiving().draft();
                receiving = new ReceivingRecord(id, id, r.arrivedAt(), r.parcelsExpected(), r.parcelsReceived(),
                        r.unitsExpected(), r.unitsReceived(), r.packagingCondition(), r.packagingNotes(),
                        r.unitsSampled(), r.defectiveUnits(), r.defectNotes(), r.inspectedBy(), r.inspectedAt(),
                        r.factoryNotifiedAt());
                for (SampleBusiness.SampleFile photo : o.receiving().photos()) {
                    evidence.add(evidence(++evidenceId, id, photo));
                }
            }
            List<Dispute> disputes = new ArrayList<>();
            for (String summary : o.disputes()) {
                disputes.add(new Dispute(disputes.size() + 1, id, LocalDate.parse("2026-10-04"), DisputeStatus.DRAFT,
                        summary));
            }
            cases.add(CaseFile.of(factory, order, evidence, payments, receiving, disputes));
        }
        return cases;
    }

    private static Evidence evidence(long id, long orderId, SampleBusiness.SampleFile file) {
        EvidenceCategory category = file.category();
        return new Evidence(id, orderId, category, category.folderName() + "/" + file.file(), file.file(),
                "0".repeat(64), 1000, CaseBuilder.mediaType(file.file()), file.capturedAt(),
                Instant.parse("2026-11-26T02:00:00Z"), file.caption(), null);
    }
}
