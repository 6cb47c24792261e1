package app.dossier.service;

import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.Evidence;
import java.util.List;

/**
 * A chat brought into an order: the file kept in Chat and agreements, how it was read, and its
 * messages in the file's order. {@code alreadyImported} is true when the order already held this
 * chat (the same file content): nothing was changed, and these are the messages kept then.
 */
public record ChatImport(Evidence evidence, Conversation conversation, List<ConversationMessage> messages,
        boolean alreadyImported, boolean yearGuessed) {

    public ChatImport {
        messages = List.copyOf(messages);
    }

    /** @param yearGuessed the export gave its times without the year (chatlog), taken from the order's date */
    public ChatImport(Evidence evidence, Conversation conversation, List<ConversationMessage> messages,
            boolean alreadyImported) {
        this(evidence, conversation, messages, alreadyImported, false);
    }
}
