package app.dossier.service;

import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.Evidence;
import java.util.List;

/**
 * A chat brought into an order: the file kept in Chat and agreements, how it was read, and its
 * messages in the file's order, the first {@value #SHOWN} of a longer chat (how many it holds is
 * {@code conversation().messages()}). {@code alreadyImported} is true when the order already held this
 * chat (the same file content): nothing was changed, and these are the messages kept then.
 * {@code stopped} is true when the user stopped the import: nothing was kept, and nothing else is said.
 */
public record ChatImport(Evidence evidence, Conversation conversation, List<ConversationMessage> messages,
        boolean alreadyImported, boolean yearGuessed, boolean stopped) {
    /** The messages an import gives back to be shown; the others are in the order's chat and found by search. */
    public static final int SHOWN = 1_000;

    public ChatImport {
        messages = List.copyOf(messages);
    }

    public ChatImport(Evidence evidence, Conversation conversation, List<ConversationMessage> messages,
            boolean alreadyImported, boolean yearGuessed) {
        this(evidence, conversation, messages, alreadyImported, yearGuessed, false);
    }

    /** An import the user stopped: nothing of it was kept. */
    public static ChatImport stoppedByUser() {
        return new ChatImport(null, null, List.of(), false, false, true);
    }

    /** @param yearGuessed the export gave its times without the year (chatlog), taken from the order's date */
    public ChatImport(Evidence evidence, Conversation conversation, List<ConversationMessage> messages,
            boolean alreadyImported) {
        this(evidence, conversation, messages, alreadyImported, false);
    }
}
