package app.dossier.ui.order;

import app.dossier.domain.HistoryEntry;
import app.dossier.domain.words.HistoryWords;
import app.dossier.service.HistoryService;
import app.dossier.ui.common.Texts;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order's history in the window: every change saved, newest first, when (this computer's time),
 * by whom and what it changed in words, and the head of its chain, the code a packet carries.
 */
public final class HistoryModel {
    /** How much of the head is shown at first: enough to compare by eye with a packet's. */
    static final int SHORT_HEAD = 16;

    private final Texts texts;
    private final ZoneId zone;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shortHead = new ReadOnlyStringWrapper("");

    /** One entry as shown: its number, when and by whom, and each change in words. */
    public record Line(int number, String when, String who, List<String> changes) {
    }

    public HistoryModel(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    /** Shows a history read by {@code services.history().of(order)}. */
    public void show(HistoryService.ChangeHistory history) {
        HistoryWords words = HistoryWords.of(texts.words());
        List<Line> shown = new ArrayList<>();
        for (HistoryEntry e : history.entries()) {
            shown.add(0, new Line(e.number(), texts.words().time(LocalDateTime.ofInstant(e.at(), zone)), e.by(),
                    e.changes().stream().map(words::change).toList()));
        }
        lines.setAll(shown);
        head.set(history.head().orElse(""));
        shortHead.set(history.head().map(h -> h.substring(0, Math.min(SHORT_HEAD, h.length())) + "…").orElse(""));
    }

    public void clear() {
        lines.clear();
        head.set("");
        shortHead.set("");
    }

    /** The entries, newest first. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** The SHA-256 of the last entry, in full; empty before the first change. */
    public ReadOnlyStringProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    /** The head's first characters, as the factory's copy of a packet prints them. */
    public ReadOnlyStringProperty shortHeadProperty() {
        return shortHead.getReadOnlyProperty();
    }
}
