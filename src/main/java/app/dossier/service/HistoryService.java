package app.dossier.service;

import app.dossier.domain.HistoryChain;
import app.dossier.domain.HistoryEntry;
import app.dossier.store.Histories;
import app.dossier.tree.HistoryFile;
import java.util.List;
import java.util.Optional;

/**
 * The history of each order as the database records it: every change saved, in order, with the head of
 * its hash chain; and who works at this computer, the name each new entry is recorded under.
 */
public final class HistoryService {
    private final UnitOfWork work;
    private final Histories histories;
    private final CaseRecords records;
    private final Workstation workstation;

    public HistoryService(UnitOfWork work, Histories histories, CaseRecords records, Workstation workstation) {
        this.work = work;
        this.histories = histories;
        this.records = records;
        this.workstation = workstation;
    }

    /** The order's history, first entry first, and the head of its chain. */
    public ChangeHistory of(long orderId) {
        return work.read(db -> {
            records.order(db, orderId);
            return ChangeHistory.of(histories.lines(db, orderId));
        });
    }

    /** Who works at this computer. */
    public Workstation workstation() {
        return workstation;
    }

    /**
     * An order's history: its entries (an entry whose line cannot be read is left out; {@code verify}
     * names it) and the chain's head, the SHA-256 of the last line (empty before the first change).
     */
    public record ChangeHistory(List<HistoryEntry> entries, Optional<String> head) {
        static ChangeHistory of(List<String> lines) {
            return new ChangeHistory(lines.stream().map(HistoryFile::read).filter(e -> e != null).toList(),
                    HistoryChain.head(lines));
        }
    }
}
