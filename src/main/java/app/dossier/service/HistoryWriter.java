package app.dossier.service;

import app.dossier.domain.HistoryChain;
import app.dossier.domain.HistoryEntry;
import app.dossier.domain.Order;
import app.dossier.store.Histories;
import app.dossier.store.Orders;
import app.dossier.tree.CaseDiff;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.HistoryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds to an order's history what a change did to it: the order's case.json before the change is
 * kept when the change first rewrites it, and just before the commit it is compared with case.json as
 * the change leaves it. What differs becomes one entry, appended to the database and written to the
 * order's history.jsonl, as one more step of the same change: both or neither.
 */
final class HistoryWriter {
    private final Histories histories;
    private final Orders orders;
    private final Supplier<String> user;
    private final Clock clock;

    /** {@code user}: who works at this computer, asked at each change (it can be set while the app runs). */
    HistoryWriter(Histories histories, Orders orders, Supplier<String> user, Clock clock) {
        this.histories = histories;
        this.orders = orders;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Called before the order's case.json is rewritten in {@code change} (the file there now, or none,
     * is what the order was before); the entry is made once, just before the commit.
     */
    void beforeRewrite(Change change, CaseFiles files, long orderId, Path caseJson) throws IOException {
        Key key = new Key(orderId);
        if (change.hasBeforeCommit(key)) {
            return; // case.json as it was before this change is read once, at its first rewrite
        }
        byte[] before = Files.exists(caseJson) ? Files.readAllBytes(caseJson) : null;
        change.beforeCommit(key, () -> append(change, files, orderId, before));
    }

    private void append(Change change, CaseFiles files, long orderId, byte[] before) throws IOException {
        Optional<Order> order = orders.byId(change.db(), orderId);
        if (order.isEmpty()) {
            return; // removed by this change, with its folder
        }
        Path folder = files.tree().resolve(order.get().folder());
        Path caseJson = folder.resolve(CaseFileTree.CASE_JSON);
        List<HistoryEntry.Change> changes = CaseDiff.between(before, Files.readAllBytes(caseJson));
        if (changes.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(histories.lines(change.db(), orderId));
        String previous = HistoryChain.head(lines).orElse(HistoryChain.START);
        HistoryEntry entry = new HistoryEntry(lines.size() + 1, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                user.get(), changes, previous);
        String line = HistoryFile.line(entry);
        histories.append(change.db(), orderId, entry.number(), line, HistoryChain.hash(line));
        lines.add(line);
        files.writeHistory(change, folder.resolve(HistoryFile.NAME), HistoryFile.content(lines));
    }

    private record Key(long orderId) {
    }
}
