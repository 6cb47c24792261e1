package app.dossier.ui.dispute;

import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DisputeMessage;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Language;
import app.dossier.domain.MessageDrafter;
import app.dossier.domain.Text;
import app.dossier.service.DisputeDraft;
import app.dossier.ui.common.Texts;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The message: in Chinese for the factory (to copy into WeChat or the 1688 chat) and in the
 * buyer's language for the file, as drafted from the records or as the user edited it. When no
 * message can be drafted yet, it says why.
 */
public final class MessageForm {
    private final DisputeWorkViewModel work;
    private final Texts texts;
    private final StringProperty factoryText = new SimpleStringProperty("");
    private final StringProperty buyerText = new SimpleStringProperty("");
    /** The texts as stored (edited) or drafted, to tell typing from what is saved. */
    private final ReadOnlyStringWrapper storedFactory = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storedBuyer = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(Language.VIETNAMESE);
    private final ReadOnlyStringWrapper buyerTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper receivingOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding changed = Bindings.createBooleanBinding(
            () -> !same(factoryText.get(), storedFactory.get()) || !same(buyerText.get(), storedBuyer.get()),
            factoryText, buyerText, storedFactory, storedBuyer);
    private final BooleanBinding hasEdits = edited.getReadOnlyProperty().or(changed);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    /** What Dossier drafts for the dispute as it stands; null when it cannot. */
    private String draftedFactory;
    private String draftedBuyer;

    MessageForm(DisputeWorkViewModel work) {
        this.work = work;
        this.texts = work.texts();
        state.bind(Bindings.createStringBinding(() -> texts.get(changed.get() ? "dispute.message.state.typed"
                : edited.get() ? "dispute.message.state.edited" : "dispute.message.state.drafted"), changed, edited));
    }

    // ---- what the view binds to

    /** The Chinese text, for the factory. */
    public StringProperty factoryTextProperty() {
        return factoryText;
    }

    /** The same message in the buyer's language, for the file. */
    public StringProperty buyerTextProperty() {
        return buyerText;
    }

    /** The buyer's language: Vietnamese or English. */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /** "Tiếng Việt — for your file". */
    public ReadOnlyStringProperty buyerTitleProperty() {
        return buyerTitle.getReadOnlyProperty();
    }

    /** True when there is a message to show; false when it cannot be drafted yet (see {@link #whyProperty()}). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Why no message can be drafted yet, or empty. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** True when the receiving screen is where the missing counts are entered. */
    public ReadOnlyBooleanProperty receivingOfferedProperty() {
        return receivingOffered.getReadOnlyProperty();
    }

    /** True when the stored message holds the user's edits rather than the drafted text. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** "Drafted from the records", "Your edits, saved", or "Edited — not saved yet". */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while typing in either text is not saved. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** True when the message differs from the drafted text, saved or not: redrafting would drop it. */
    public BooleanBinding hasEditsProperty() {
        return hasEdits;
    }

    /** A refusal from the last save, in words; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---- commands

    /** Puts the Chinese text, as it stands in the box, on the clipboard for WeChat or 1688. */
    public void copyChinese() {
        String text = Text.clean(factoryText.get());
        if (text == null) {
            return;
        }
        work.context().platform().copy(factoryText.get().strip());
        work.context().navigator().say(texts.get("dispute.message.copied"));
    }

    /** Keeps both texts as typed; a text left as drafted stays "drafted", so a new resolution can redraft it. */
    public void saveEdits() {
        if (!available.get()) {
            return;
        }
        String forFactory = same(factoryText.get(), draftedFactory) ? null : factoryText.get();
        String forBuyer = same(buyerText.get(), draftedBuyer) ? null : buyerText.get();
        long id = work.disputeId();
        problem.set("");
        work.run("", progress -> work.context().services().disputes().saveMessages(id, forFactory, forBuyer),
                saved -> work.changed(texts.get("dispute.message.saved")), problem::set);
    }

    /** Drops the edits, saved or typed, and shows the drafted text again. */
    public void backToDrafted() {
        problem.set("");
        if (!edited.get()) {
            factoryText.set(storedFactory.get());
            buyerText.set(storedBuyer.get());
            work.context().navigator().say(texts.get("dispute.message.backToDrafted.done"));
            return;
        }
        long id = work.disputeId();
        work.run("", progress -> work.context().services().disputes().saveMessages(id, null, null), saved -> {
            factoryText.set(storedFactory.get());
            buyerText.set(storedBuyer.get());
            work.changed(texts.get("dispute.message.backToDrafted.done"));
        }, problem::set);
    }

    /** True when switching the buyer's language would drop edits made to the buyer's copy. */
    public boolean languageSwitchDropsEdits() {
        boolean storedEdits = draftedBuyer == null ? edited.get() : !same(storedBuyer.get(), draftedBuyer);
        return storedEdits || !same(buyerText.get(), storedBuyer.get());
    }

    /** Writes the buyer's copy (and the packet's second language) in Vietnamese or English. */
    public void chooseLanguage(Language chosen) {
        if (chosen == null || chosen == language.get() || work.current() == null) {
            return;
        }
        long id = work.disputeId();
        problem.set("");
        work.run("", progress -> work.context().services().disputes().setBuyerLanguage(id, chosen),
                saved -> work.changed(texts.get("dispute.message.languageChanged",
                        texts.get("dispute.language." + chosen.name()))), problem::set);
    }

    /** Goes to the warehouse screen, where the counts the message needs are recorded. */
    public void goToReceiving() {
        if (work.current() != null) {
            work.context().navigator().showReceiving(work.orderId());
        }
    }

    // ---- loading

    void load(DisputeDraft draft, boolean sameDispute) {
        String factory = Objects.requireNonNullElse(draft.factoryMessage(), "");
        String buyer = Objects.requireNonNullElse(draft.buyerMessage(), "");
        // Typing survives a reload unless the stored text changed underneath it (a new resolution or language).
        boolean keepFactory = sameDispute && factory.equals(storedFactory.get());
        boolean keepBuyer = sameDispute && buyer.equals(storedBuyer.get());
        storedFactory.set(factory);
        storedBuyer.set(buyer);
        if (!keepFactory) {
            factoryText.set(factory);
        }
        if (!keepBuyer) {
            buyerText.set(buyer);
        }
        Language buyerLanguage = draft.dispute().buyerLanguage();
        language.set(buyerLanguage);
        buyerTitle.set(texts.get("dispute.message.buyerTitle", texts.get("dispute.language." + buyerLanguage.name())));
        available.set(draft.factoryMessage() != null);
        edited.set(draft.edited());
        why.set(available.get() ? "" : reason(draft));
        DisputeFacts facts = draft.facts();
        receivingOffered.set(!available.get() && (!facts.hasReceivingRecord() || !facts.hasClaim()));
        problem.set("");
        drafted(draft);
    }

    /** Why there is no message, in the window's language where the cause is known. */
    private String reason(DisputeDraft draft) {
        DisputeFacts facts = draft.facts();
        if (!facts.hasReceivingRecord()) {
            return texts.get("dispute.message.why.notCounted");
        }
        if (!facts.hasClaim()) {
            return texts.get("dispute.message.why.nothingToClaim");
        }
        if (draft.dispute().resolution() == null) {
            return texts.get("dispute.message.why.noResolution");
        }
        return Objects.requireNonNullElse(draft.whyNoMessage(), "");
    }

    private void drafted(DisputeDraft draft) {
        draftedFactory = null;
        draftedBuyer = null;
        if (draft.dispute().resolution() == null) {
            return;
        }
        try {
            List<DisputeMessage> messages = MessageDrafter.draftForFactoryAndBuyer(draft.facts(),
                    draft.dispute().resolution(), draft.dispute().buyerLanguage());
            draftedFactory = messages.get(0).text();
            draftedBuyer = messages.get(messages.size() - 1).text();
        } catch (InvalidInputException e) {
            // Nothing to claim: there is no drafted text to compare with.
        }
    }

    private static boolean same(String a, String b) {
        return Objects.equals(Text.clean(a), Text.clean(b));
    }
}
