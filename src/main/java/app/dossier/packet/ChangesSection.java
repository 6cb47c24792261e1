package app.dossier.packet;

import app.dossier.domain.HistoryEntry;
import app.dossier.domain.words.HistoryWords;
import app.dossier.packet.PageFlow.Style;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The order's history of changes, in the buyer's own copy: every change saved (number, when in UTC, by
 * whom, what changed in the buyer's words), then the head of its chain in full, the code a later copy
 * is checked against. Every page of either copy cites the head's first characters in its footer.
 */
final class ChangesSection {
    /** How much of the head every page's footer prints: 64 bits, enough to tell two histories apart by eye. */
    static final int FOOTER_HEX = 16;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PageFlow flow;
    private final Labels labels;
    private final PacketContent content;

    ChangesSection(PageFlow flow, Labels labels, PacketContent content) {
        this.flow = flow;
        this.labels = labels;
        this.content = content;
    }

    /** Writes the section; an order with no history recorded (kept before histories were) has none. */
    void write() throws IOException {
        if (content.history().isEmpty()) {
            return;
        }
        flow.section(labels.both(Label.CHANGES), labels.both(Label.CHANGES));
        HistoryWords words = HistoryWords.in(labels.buyer());
        List<List<String>> rows = new ArrayList<>();
        for (HistoryEntry e : content.history()) {
            rows.add(List.of(Integer.toString(e.number()), WHEN.format(e.at()) + " UTC", e.by(),
                    String.join("\n", e.changes().stream().map(words::change).toList())));
        }
        flow.table(new float[] {30, 62, 80, 323}, List.of(labels.stacked(Label.CHANGE_NUMBER),
                labels.stacked(Label.WHEN), labels.stacked(Label.CHANGED_BY), labels.stacked(Label.CHANGED)), rows);
        if (content.historyHead() != null) {
            flow.space(8);
            flow.field(labels.both(Label.HISTORY) + " SHA-256", content.historyHead(), 140, Style.BODY);
            flow.text(labels.zh(Label.HISTORY_NOTE), Style.SMALL, 0);
            if (labels.bilingual()) {
                flow.text(labels.mine(Label.HISTORY_NOTE), Style.SMALL, 0);
            }
        }
    }

    /** "历史记录 / History SHA-256: 3a15b80fc499604a…", in every page's footer; empty before the first change. */
    static String footer(Labels labels, PacketContent content) {
        String head = content.historyHead();
        if (head == null) {
            return "";
        }
        return labels.both(Label.HISTORY) + " SHA-256: " + head.substring(0, Math.min(FOOTER_HEX, head.length())) + "…";
    }
}
