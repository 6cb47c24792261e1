package app.dossier.service;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Text;
import java.util.List;

/** Opening disputes on orders and listing them. */
public final class DisputeService {
    private final CaseWriter writer;

    public DisputeService(CaseWriter writer) {
        this.writer = writer;
    }

    /** Opens a dispute as a draft, dated today. */
    public Dispute open(long orderId, String summary) {
        return writer.change("Could not open the dispute", change -> {
            writer.order(change.db(), orderId);
            Dispute saved = writer.store().disputes().insert(change.db(), new Dispute(0, orderId,
                    java.time.LocalDate.now(writer.clock()), DisputeStatus.DRAFT, Text.clean(summary)));
            writer.writeCase(change, orderId);
            return saved;
        });
    }

    public List<Dispute> all() {
        return writer.read(db -> writer.store().disputes().all(db));
    }

    public List<Dispute> ofOrder(long orderId) {
        return writer.read(db -> writer.store().disputes().ofOrder(db, orderId));
    }
}
