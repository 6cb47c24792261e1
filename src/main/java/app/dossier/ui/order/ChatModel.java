package app.dossier.ui.order;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DossierException;
import app.dossier.domain.Order;
import app.dossier.domain.PastedMessage;
import app.dossier.domain.Text;
import app.dossier.service.ChatImport;
import app.dossier.service.ChatZones;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The WeChat chats kept in the order's Chat and agreements: bringing one in (an export file, or
 * text pasted from WeChat), its messages as a conversation, and pinning the ones where the factory
 * confirmed the spec or the sample, which the dispute packet quotes.
 */
public final class ChatModel {
    /** The importer's own name in WeChat, the same in every chat, offered again next time. */
    static final String MY_NAME = "chat.me";

    private final UiContext context;
    private final Supplier<Order> order;
    private final Runnable reload;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final FilteredList<ChatLine> shown = new FilteredList<>(lines);
    private final ObservableList<ChatLine> shownView = FXCollections.unmodifiableObservableList(shown);
    private final BooleanProperty pinnedOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper pinnedCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private List<Conversation> chats = List.of();

    /**
     * @param order  the order shown, or null
     * @param reload reads the order again after a chat was brought in (its file is one more in the tab)
     */
    ChatModel(UiContext context, Supplier<Order> order, Runnable reload) {
        this.context = context;
        this.order = order;
        this.reload = reload;
        pinnedOnly.addListener((o, was, now) -> shown.setPredicate(now ? ChatLine::pinned : null));
    }

    /** What the order view reads in the background with the rest of the order. */
    record Loaded(List<Conversation> chats, List<ConversationMessage> messages) {
    }

    static Loaded read(Services services, long orderId) {
        return new Loaded(services.chats().chats(orderId), services.chats().messages(orderId));
    }

    void show(Loaded loaded) {
        chats = loaded.chats();
        lines.setAll(ChatLines.of(loaded.chats(), loaded.messages(), context.texts()));
        counted();
    }

    void clear() {
        chats = List.of();
        lines.clear();
        notice.set("");
        counted();
    }

    /** A new order is shown: its own words, and every message again. */
    void leave() {
        notice.set("");
        pinnedOnly.set(false);
    }

    // ---- commands

    /** The chat export files chosen with the system's chooser; none when the user cancels. */
    public List<Path> chooseFiles() {
        return order.get() == null ? List.of() : context.platform().chooseFiles(context.t("order.chat.import.choose"));
    }

    /** Whether there is an order to bring chats into. */
    public boolean canImport() {
        return order.get() != null;
    }

    /**
     * Brings chat export files into the order, chosen or dropped together: the pages PyWxDump wrote for one
     * chat kept together as one conversation, every other file on its own, each with its messages.
     *
     * @param written the zone the chats' times were written in ({@link #rememberedZone()}, or as asked)
     */
    public void importFiles(List<Path> files, ChatParties parties, ZoneId written) {
        Order o = order.get();
        if (o == null || files.isEmpty()) {
            return;
        }
        run(context.t("order.chat.importing"), progress -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (List<Path> group : context.services().chats().together(files)) {
                String name = group.size() == 1 ? String.valueOf(group.get(0).getFileName())
                        : context.t("chat.pages.name", group.get(0).getFileName(), group.size() - 1);
                try {
                    ChatImport imported = context.services().chats().importChat(o.id(), group, parties, written,
                            worded(name, progress));
                    outcomes.add(new Outcome(group.size() == 1 || imported.stopped() ? name
                            : context.t("chat.pages.name", imported.evidence().fileName(), group.size() - 1),
                            imported, null));
                    if (imported.stopped()) {
                        break;
                    }
                } catch (DossierException e) {
                    outcomes.add(new Outcome(name, null, e));
                }
            }
            return outcomes;
        }, parties);
    }

    /** The import's progress with the messages read so far in words, for the status line: "“chat.csv”: 12,000 messages read". */
    private ProgressListener worded(String name, ProgressListener progress) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String messages) {
                progress.progress(done, total, context.t("order.chat.read", name, Long.parseLong(messages)));
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }

    /** The zone the user said chats' times are written in; empty until asked. */
    public Optional<ZoneId> rememberedZone() {
        return ChatZones.remembered(context.services().settings());
    }

    /** This computer's zone, offered first. */
    public ZoneId computerZone() {
        return context.services().chats().computerZone();
    }

    /** Keeps the zone asked for, so the question is not asked again. */
    public void rememberZone(ZoneId zone) {
        try {
            ChatZones.remember(context.services().settings(), zone);
        } catch (DossierException e) {
            // asked again next time; the chat itself is read in the zone given
        }
    }

    /** Keeps chat text copied from WeChat as a .txt file in Chat and agreements, and its messages. */
    public void importPasted(String text, ChatParties parties) {
        Order o = order.get();
        if (o == null) {
            return;
        }
        run(context.t("order.chat.importing"), progress -> {
            try {
                ChatImport imported = context.services().chats().importPastedChat(o.id(), text, parties);
                return List.of(new Outcome(imported.evidence().fileName(), imported, null));
            } catch (DossierException e) {
                return List.of(new Outcome(null, null, e));
            }
        }, parties);
    }

    /**
     * The pasted text read message by message for the user to check ({@link ChatPreviewDialog});
     * empty, with the reason said, when it is no chat Dossier can read. Nothing is changed.
     */
    public Optional<ChatPreviewModel> preview(String text, ChatParties parties) {
        if (order.get() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChatPreviewModel(context, context.services().chats().preview(text), parties));
        } catch (DossierException e) {
            context.navigator().warn(context.t("order.chat.pasteRefused", ErrorText.of(e, context.texts())));
            return Optional.empty();
        }
    }

    /** Keeps the pasted text as a .txt file in Chat and agreements, and the messages as confirmed in the preview. */
    public void importConfirmed(String text, ChatParties parties, ChatPreviewModel preview) {
        Order o = order.get();
        if (o == null) {
            return;
        }
        List<PastedMessage> confirmed = preview.confirmed();
        run(context.t("order.chat.importing"), progress -> {
            try {
                ChatImport imported = context.services().chats().importConfirmedChat(o.id(), text, parties, confirmed);
                return List.of(new Outcome(imported.evidence().fileName(), imported, null));
            } catch (DossierException e) {
                return List.of(new Outcome(null, null, e));
            }
        }, parties);
    }

    /** What became of one file (or, with no name, of the pasted text). */
    private record Outcome(String name, ChatImport imported, DossierException refused) {
    }

    private void run(String title, BackgroundTask.Work<List<Outcome>> work, ChatParties parties) {
        busy.set(true);
        notice.set("");
        BackgroundTask.wrap(title, progress -> {
            List<Outcome> outcomes = work.run(progress);
            if (parties != null && !Text.isBlank(parties.me())
                    && outcomes.stream().anyMatch(outcome -> outcome.imported() != null)) {
                remember(parties.me().strip());
            }
            return outcomes;
        }).onSuccess(outcomes -> {
            busy.set(false);
            List<String> said = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                if (outcome.refused() != null) {
                    String reason = ErrorText.of(outcome.refused(), context.texts());
                    refused.add(outcome.name() == null ? context.t("order.chat.pasteRefused", reason)
                            : context.t("order.chat.refused", outcome.name(), reason));
                } else if (outcome.imported().stopped()) {
                    said.add(context.t("order.chat.stopped", outcome.name()));
                } else if (outcome.imported().alreadyImported()) {
                    said.add(context.t("order.chat.already", outcome.name(),
                            outcome.imported().conversation().messages()));
                } else {
                    said.add(context.t("order.chat.imported", outcome.name(),
                            outcome.imported().conversation().messages()));
                    if (outcome.imported().yearGuessed()) {
                        said.add(context.t("order.chat.yearGuessed", outcome.name()));
                    }
                }
            }
            notice.set(String.join("\n", said));
            if (!said.isEmpty()) {
                context.navigator().say(String.join(" ", said));
            }
            if (!refused.isEmpty()) {
                context.navigator().warn(String.join("\n\n", refused));
            }
            if (outcomes.stream().anyMatch(outcome -> outcome.imported() != null && !outcome.imported().alreadyImported()
                    && !outcome.imported().stopped())) {
                reload.run();
            }
        }).onFailure(error -> {
            busy.set(false);
            context.navigator().warn(ErrorText.of(error, context.texts()));
        }).executeWith(context.runner());
    }

    private void remember(String me) {
        if (!me.equals(context.services().settings().get(MY_NAME).orElse(null))) {
            try {
                context.services().settings().put(MY_NAME, me);
            } catch (DossierException e) {
                // the name is offered again only as a help; the chat itself is kept
            }
        }
    }

    /** Pins the message, or takes its pin off. */
    public void togglePin(ChatLine line) {
        pin(line, !line.pinned());
    }

    public void pin(ChatLine line, boolean pinned) {
        String who = line.sender().isEmpty() ? context.t("order.chat.wechat") : line.sender();
        BackgroundTask.wrap("", progress -> context.services().chats().pin(line.id(), pinned))
                .onSuccess(saved -> {
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).id() == saved.id()) {
                            lines.set(i, lines.get(i).withMessage(saved));
                        }
                    }
                    counted();
                    context.navigator().say(context.t(pinned ? "order.chat.pinned" : "order.chat.unpinned", who,
                            line.time()));
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** The names to offer: the importer's from the last chat brought in, the factory's from this order's chats. */
    public ChatParties suggestedParties() {
        String me = context.services().settings().get(MY_NAME).orElse(null);
        String them = null;
        for (Conversation chat : chats) {
            if (!Text.isBlank(chat.them())) {
                them = chat.them();
            }
            if (me == null && !Text.isBlank(chat.me())) {
                me = chat.me();
            }
        }
        return new ChatParties(me, them);
    }

    /** Text on the clipboard, to offer in "Paste a chat…". */
    public Optional<String> clipboardText() {
        return context.platform().clipboardText().filter(text -> !text.isBlank());
    }

    private void counted() {
        long pinned = lines.stream().filter(ChatLine::pinned).count();
        pinnedCount.set((int) pinned);
        summary.set(lines.isEmpty() ? "" : context.t("order.chat.summary", chats.size(), lines.size(), pinned));
    }

    // ---- state

    /** Every message of the order's chats, by the time it was sent. */
    public ObservableList<ChatLine> lines() {
        return lines;
    }

    /** The messages shown: all, or only the pinned ones. */
    public ObservableList<ChatLine> shown() {
        return shownView;
    }

    /** Whether Chat and agreements shows its chats (true) or its files. */
    public BooleanProperty openProperty() {
        return open;
    }

    public BooleanProperty pinnedOnlyProperty() {
        return pinnedOnly;
    }

    public ReadOnlyIntegerProperty pinnedCountProperty() {
        return pinnedCount.getReadOnlyProperty();
    }

    /** "1 chat · 10 messages · 1 pinned"; empty without chats. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last import did, in words: imported, or already there. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a chat is being brought in. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
