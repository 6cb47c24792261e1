package app.dossier.ui.order;

import app.dossier.domain.ChatParties;
import app.dossier.domain.DateInput;
import app.dossier.domain.DossierException;
import app.dossier.domain.PastedMessage;
import app.dossier.domain.Text;
import app.dossier.ui.common.UiContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A pasted chat before it is imported: each message with its sender, time and words as the text gave
 * them, and what the reading is unsure of, for the user to correct, split, merge or drop. Nothing is
 * kept until {@link #confirmed()} is imported; closing the preview leaves the order as it was.
 */
public final class ChatPreviewModel {

    /** One message of the preview, as the user corrects it. */
    public static final class Row {
        private final int line;
        private final StringProperty sender;
        private final StringProperty time;
        private final StringProperty text;
        private final ReadOnlyObjectWrapper<PastedMessage.Doubt> doubt;

        Row(int line, String sender, LocalDateTime sentAt, String text, PastedMessage.Doubt doubt) {
            this.line = line;
            this.sender = new SimpleStringProperty(sender);
            this.time = new SimpleStringProperty(sentAt == null ? "" : DateInput.format(sentAt) + seconds(sentAt));
            this.text = new SimpleStringProperty(text);
            this.doubt = new ReadOnlyObjectWrapper<>(doubt);
        }

        /** The line of the pasted text the message starts on, from 1. */
        public int line() {
            return line;
        }

        public StringProperty senderProperty() {
            return sender;
        }

        /** The time as typed: yyyy-MM-dd HH:mm, as Dossier's forms take it. */
        public StringProperty timeProperty() {
            return time;
        }

        public StringProperty textProperty() {
            return text;
        }

        /** What the reading was unsure of; gone once the user changed the message. */
        public ReadOnlyObjectProperty<PastedMessage.Doubt> doubtProperty() {
            return doubt.getReadOnlyProperty();
        }

        /** The time typed, or null when it cannot be read as a date and time. */
        public LocalDateTime sentAt() {
            try {
                return DateInput.parseDateTime(time.get());
            } catch (DossierException e) {
                return null;
            }
        }

        PastedMessage message() {
            return new PastedMessage(line, sentAt(), Text.clean(sender.get()), text.get(), null);
        }

        private static String seconds(LocalDateTime at) {
            return at.getSecond() == 0 ? "" : String.format(":%02d", at.getSecond());
        }
    }

    private final UiContext context;
    private final ChatParties parties;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> senders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);

    /** @param read the messages as the pasted text gives them ({@code ChatService.preview}) */
    ChatPreviewModel(UiContext context, List<PastedMessage> read, ChatParties parties) {
        this.context = context;
        this.parties = parties;
        Set<String> names = new LinkedHashSet<>();
        if (!Text.isBlank(parties.me())) {
            names.add(parties.me().strip());
        }
        if (!Text.isBlank(parties.them())) {
            names.add(parties.them().strip());
        }
        for (PastedMessage m : read) {
            if (!m.sender().isBlank()) {
                names.add(m.sender());
            }
            rows.add(watched(new Row(m.line(), m.sender(), m.sentAt(), m.text(), m.doubt())));
        }
        senders.setAll(names);
        checked();
    }

    private Row watched(Row row) {
        row.sender.addListener((o, was, now) -> changed(row));
        row.time.addListener((o, was, now) -> changed(row));
        row.text.addListener((o, was, now) -> changed(row));
        return row;
    }

    private void changed(Row row) {
        row.doubt.set(null);
        checked();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The names a message can be given: the importer's, the factory's, and every sender in the text. */
    public ObservableList<String> senders() {
        return senders;
    }

    /** Who the name is: "you" for the importer's name, "factory" for the factory's, "" otherwise. */
    public String roleOf(String name) {
        if (name != null && parties.isMe(name)) {
            return context.t("order.chat.preview.you");
        }
        if (name != null && !Text.isBlank(parties.them()) && parties.them().strip().equals(name)) {
            return context.t("order.chat.preview.factory");
        }
        return "";
    }

    /** Why the messages cannot be imported as they stand, in words; "" when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "5 messages · 2 to check". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The message's words from {@code at} on become a message of their own, with the same sender and time. */
    public void split(Row row, int at) {
        String words = row.text.get();
        int cut = at > 0 && at < words.length() ? at : words.indexOf('\n') + 1;
        if (cut <= 0 || cut >= words.length()) {
            return;
        }
        Row rest = watched(new Row(row.line(), row.sender.get(), row.sentAt(), words.substring(cut).strip(), null));
        rest.time.set(row.time.get());
        row.text.set(words.substring(0, cut).stripTrailing());
        rows.add(rows.indexOf(row) + 1, rest);
        checked();
    }

    /** The message's words go to the end of the message above it; its own sender and time go. */
    public void mergeUp(Row row) {
        int at = rows.indexOf(row);
        if (at <= 0) {
            return;
        }
        Row above = rows.get(at - 1);
        String words = row.text.get();
        if (!words.isBlank()) {
            above.text.set(above.text.get().isEmpty() ? words : above.text.get() + "\n" + words);
        }
        rows.remove(at);
        checked();
    }

    public boolean canMergeUp(Row row) {
        return rows.indexOf(row) > 0;
    }

    public void drop(Row row) {
        rows.remove(row);
        checked();
    }

    /** The messages as corrected, for the service to check again and keep. */
    public List<PastedMessage> confirmed() {
        List<PastedMessage> messages = new ArrayList<>(rows.size());
        for (Row row : rows) {
            messages.add(row.message());
        }
        return messages;
    }

    private void checked() {
        String first = "";
        int doubts = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.doubt.get() != null) {
                doubts++;
            }
            if (first.isEmpty() && row.sentAt() == null) {
                first = context.t("order.chat.preview.noTime", i + 1);
            } else if (first.isEmpty() && Text.isBlank(row.sender.get())) {
                first = context.t("order.chat.preview.noSender", i + 1);
            }
        }
        if (rows.isEmpty()) {
            first = context.t("order.chat.preview.none");
        }
        problem.set(first);
        ready.set(first.isEmpty());
        summary.set(context.t("order.chat.preview.summary", rows.size(), doubts));
    }
}
