package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain's rules: each entry carries the hash of the line before it; the first break is named. */
class HistoryChainTest {
    /** Lines standing in for entries: "number|previous|what". */
    private static List<String> chain(int n) {
        List<String> lines = new ArrayList<>();
        String previous = HistoryChain.START;
        for (int i = 1; i <= n; i++) {
            String line = i + "|" + previous + "|Khoản thanh toán " + i;
            lines.add(line);
            previous = HistoryChain.hash(line);
        }
        return lines;
    }

    private static List<HistoryEntry> entries(List<String> lines) {
        return lines.stream().map(l -> {
            String[] parts = l.split("\\|");
            return parts.length != 3 ? null : new HistoryEntry(Integer.parseInt(parts[0]), Instant.EPOCH, "Mai",
                    List.of(), parts[1]);
        }).toList();
    }

    @Test
    void aWholeChainHasNoBreakAndItsHeadIsTheHashOfItsLastLine() {
        List<String> lines = chain(5);
        assertThat(HistoryChain.firstBreak(lines, entries(lines))).isEmpty();
        assertThat(HistoryChain.head(lines)).contains(HistoryChain.hash(lines.get(4)));
        assertThat(HistoryChain.head(List.of())).isEmpty();
        assertThat(HistoryChain.hash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aLineChangedBreaksTheChainAtTheEntryAfterIt() {
        List<String> lines = new ArrayList<>(chain(5));
        lines.set(2, lines.get(2).replace("Khoản", "Khoan"));
        assertThat(HistoryChain.firstBreak(lines, entries(lines)))
                .contains(new HistoryChain.Break(4, HistoryChain.Reason.WRONG_PREVIOUS));
        assertThat(HistoryChain.firstDifference(chain(5), lines))
                .contains(new HistoryChain.Break(3, HistoryChain.Reason.DIFFERS_FROM_RECORD));
    }

    @Test
    void aLineRemovedBreaksTheChainWhereItWas() {
        List<String> lines = new ArrayList<>(chain(5));
        lines.remove(1);
        assertThat(HistoryChain.firstBreak(lines, entries(lines)))
                .contains(new HistoryChain.Break(2, HistoryChain.Reason.WRONG_PREVIOUS));
    }

    @Test
    void theLastLineRemovedIsSeenOnlyAgainstTheRecord() {
        List<String> recorded = chain(5);
        List<String> cut = recorded.subList(0, 4);
        assertThat(HistoryChain.firstBreak(cut, entries(cut))).isEmpty();
        assertThat(HistoryChain.firstDifference(recorded, cut))
                .contains(new HistoryChain.Break(5, HistoryChain.Reason.MISSING));
        assertThat(HistoryChain.firstDifference(cut, recorded))
                .contains(new HistoryChain.Break(5, HistoryChain.Reason.NOT_RECORDED));
    }

    @Test
    void anUnreadableLineIsNamed() {
        List<String> lines = new ArrayList<>(chain(3));
        lines.set(1, "garbled");
        assertThat(HistoryChain.firstBreak(lines, entries(lines)))
                .contains(new HistoryChain.Break(2, HistoryChain.Reason.UNREADABLE));
    }
}
