package app.dossier.imports;

import java.util.List;

/**
 * The messages read from a chat export or pasted chat, in the order the export gives them.
 *
 * @param sidesKnown whether {@link ChatMessage#fromMe()} can be trusted: the MemoTrace CSV says who
 *                   sent each message; the text formats only give names, so it is known when the
 *                   importer's own name was given and appears among the senders
 */
public record Chat(ChatFormat format, List<ChatMessage> messages, boolean sidesKnown) {
    public Chat {
        messages = List.copyOf(messages);
    }
}
