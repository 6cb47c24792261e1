package app.dossier.imports;

import app.dossier.domain.DefectKind;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.ReceivingRecord;
import java.time.LocalDateTime;
import app.dossier.domain.BusinessProfile;
import java.util.List;
import java.util.Map;

/**
 * The sample business as described in {@code sample-data/sample.json}: factories and orders as
 * drafts (no ids, no folders yet), and the files that go with them, named within {@code images/}.
 */
public record SampleBusiness(BusinessProfile profile, List<SampleFactory> factories, List<SampleOrder> orders) {

    public record SampleFactory(String key, Factory draft) {
    }

    public record SampleOrder(String factoryKey, Order draft, List<SampleFile> evidence,
            List<SamplePayment> payments, SampleReceiving receiving, List<String> disputes, List<SampleChat> chats) {
    }

    /** A chat export (under {@code chats/}) and the words of the messages to pin in it. */
    public record SampleChat(String file, String me, String them, List<String> pin) {
    }

    public record SampleFile(EvidenceCategory category, String file, String caption, LocalDateTime capturedAt) {
    }

    public record SamplePayment(Payment draft, SampleFile proof) {
    }

    /**
     * A receiving record with its defects by kind (their counts, no files yet), its photos, and for
     * each kind the names of the photos that show it.
     */
    public record SampleReceiving(ReceivingRecord draft, List<SampleFile> photos,
            Map<DefectKind, List<String>> photosShowing) {
        public SampleReceiving {
            photosShowing = Map.copyOf(photosShowing);
        }
    }
}
