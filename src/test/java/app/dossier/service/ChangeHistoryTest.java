package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.HistoryChain;
import app.dossier.domain.HistoryEntry;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.tree.HistoryFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change to an order appends an entry to its history, in the database and in the order's
 * history.jsonl, as a hash chain: a line changed or removed by hand is named by {@code verify}; a
 * rebuild and a backup restored elsewhere keep the same chain.
 */
class ChangeHistoryTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;

    @BeforeEach
    void sample() {
        workspace = Workspace.withSample(temp.resolve("data"));
        order = workspace.services().orders().find(ORDER);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path historyFile() {
        return workspace.root().resolve(order.folder()).resolve(HistoryFile.NAME);
    }

    private HistoryService.ChangeHistory history() {
        return workspace.services().history().of(order.id());
    }

    private List<Problem> problems() {
        return workspace.services().verify().verify(ProgressListener.NONE).problems();
    }

    @Test
    void aCorrectedPaymentIsOneEntryNamingWhoChangedWhatFromWhatToWhat() throws Exception {
        workspace.services().history().workstation().name("Nguyễn Thị Mai");
        int before = history().entries().size();
        Payment paid = workspace.services().payments().ofOrder(order.id()).get(0);

        workspace.services().payments().update(new Payment(paid.id(), paid.orderId(), paid.paidOn(),
                Money.of("3750.00", Money.CNY), paid.rateToVnd(), paid.covers(), paid.method(),
                paid.receivingAccount(), paid.reference(), paid.acknowledgedAt(), paid.proofEvidenceId()));

        HistoryService.ChangeHistory after = history();
        assertThat(after.entries()).hasSize(before + 1);
        HistoryEntry last = after.entries().get(after.entries().size() - 1);
        assertThat(last.number()).isEqualTo(before + 1);
        // on a server the history names the login, whatever name this PC was given (decision 32)
        assertThat(last.by()).isEqualTo(workspace.location().onPostgres() ? workspace.location().login()
                : "Nguyễn Thị Mai");
        assertThat(last.at()).isEqualTo(Workspace.CLOCK.instant());
        assertThat(last.changes()).containsExactly(
                new HistoryEntry.Change("payment " + paid.id(), "amount.amount", "3700.00", "3750.00"));
        List<String> lines = HistoryFile.lines(historyFile());
        assertThat(lines).hasSize(before + 1);
        assertThat(last.previous()).isEqualTo(HistoryChain.hash(lines.get(before - 1)));
        assertThat(after.head()).contains(HistoryChain.hash(lines.get(before)));
        assertThat(problems()).isEmpty();
    }

    @Test
    void aMovedFileAndACaptionInVietnameseAndChineseAreSaidFieldByField() throws Exception {
        var photo = workspace.services().evidence().ofOrder(order.id()).stream()
                .filter(e -> e.file().endsWith("o1-pallet.jpg")).findFirst().orElseThrow();
        workspace.services().evidence().move(photo.id(), EvidenceCategory.AGREEMENT);
        workspace.services().evidence().setCaption(photo.id(), "Thùng bị móp méo, 3 chiếc vỡ — 纸箱压坏");

        List<HistoryEntry> entries = history().entries();
        HistoryEntry moved = entries.get(entries.size() - 2);
        assertThat(moved.changes()).contains(new HistoryEntry.Change("file " + photo.id(), "category", "RECEIVING",
                "AGREEMENT"));
        HistoryEntry captioned = entries.get(entries.size() - 1);
        assertThat(captioned.changes()).containsExactly(new HistoryEntry.Change("file " + photo.id(), "caption",
                photo.caption(), "Thùng bị móp méo, 3 chiếc vỡ — 纸箱压坏"));
        assertThat(Files.readString(historyFile(), StandardCharsets.UTF_8)).contains("Thùng bị móp méo, 3 chiếc vỡ — 纸箱压坏");
        assertThat(problems()).isEmpty();
    }

    @Test
    void aChangeThatChangesNothingAddsNoEntry() {
        int before = history().entries().size();
        workspace.services().orders().update(order);
        assertThat(history().entries()).hasSize(before);
    }

    @Test
    void oneByteChangedInAnEntryIsNamedByVerify() throws Exception {
        List<String> lines = HistoryFile.lines(historyFile());
        List<String> changed = new ArrayList<>(lines);
        changed.set(2, changed.get(2).replace("\"by\":\"", "\"by\":\"X"));
        Files.write(historyFile(), HistoryFile.content(changed));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.HISTORY);
            assertThat(p.path()).isEqualTo(order.folder() + "/history.jsonl");
            assertThat(p.line()).contains("order " + ORDER).contains("entry 3 was changed");
        });
    }

    @Test
    void aLineRemovedFromTheMiddleOrTheEndIsNamedByVerify() throws Exception {
        List<String> lines = HistoryFile.lines(historyFile());
        List<String> removed = new ArrayList<>(lines);
        removed.remove(4);
        Files.write(historyFile(), HistoryFile.content(removed));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.line()).contains("order " + ORDER)
                .contains("entry 5 was removed"));

        List<String> cut = new ArrayList<>(lines.subList(0, lines.size() - 1));
        Files.write(historyFile(), HistoryFile.content(cut));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.line())
                .contains("entry " + lines.size() + " and after").contains("not in the file"));

        Files.delete(historyFile());
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.line()).contains("the file is missing"));
    }

    @Test
    void aHistoryRewrittenWholeWithNewHashesStillDiffersFromTheDatabase() throws Exception {
        // Someone edits an entry and recomputes every hash after it: the chain is whole, but not the one recorded.
        List<String> lines = HistoryFile.lines(historyFile());
        List<String> forged = new ArrayList<>();
        String previous = HistoryChain.START;
        for (String line : lines) {
            HistoryEntry e = HistoryFile.read(line);
            String by = e.number() == 2 ? "someone else" : e.by();
            String again = HistoryFile.line(new HistoryEntry(e.number(), e.at(), by, e.changes(), previous));
            forged.add(again);
            previous = HistoryChain.hash(again);
        }
        Files.write(historyFile(), HistoryFile.content(forged));

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.line()).contains("entry 2 differs"));
    }

    @Test
    void aRebuildRestoresTheHistoryFromTheFoldersWithTheSameHead() throws Exception {
        HistoryService.ChangeHistory before = history();
        workspace.closeServices();
        RebuildReport report = workspace.composition().rebuild(workspace.location(), ProgressListener.NONE);
        assertThat(report.problems()).isEmpty();
        workspace.reopen();

        assertThat(history()).isEqualTo(before);
        assertThat(problems()).isEmpty();
    }

    @Test
    void aBackupRestoredElsewhereHasTheSameChainHead() throws Exception {
        String head = history().head().orElseThrow();
        Path backup = workspace.services().backups().backup(temp.resolve("out/backup.zip"), ProgressListener.NONE).file();
        DataLocation elsewhere = new DataLocation(temp.resolve("elsewhere"), temp.resolve("elsewhere/Case files"));

        workspace.composition().restore(backup, elsewhere, false, ProgressListener.NONE);

        try (Services restored = workspace.composition().open(elsewhere)) {
            Order there = restored.orders().find(ORDER);
            assertThat(restored.history().of(there.id()).head()).contains(head);
            assertThat(restored.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }
}
