package app.dossier.service;

import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DateInput;
import app.dossier.domain.MessageKind;
import app.dossier.imports.Chat;
import app.dossier.imports.ChatMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A chat as read from its file, turned into the messages Dossier keeps, for import and rebuild alike. */
final class ChatMessages {
    private ChatMessages() {
    }

    /** The chat's messages, ids not yet given; those at {@code pinned} places are pinned. */
    static List<ConversationMessage> of(Chat chat, long orderId, long evidenceId, Set<Integer> pinned) {
        List<ConversationMessage> messages = new ArrayList<>(chat.messages().size());
        for (int i = 0; i < chat.messages().size(); i++) {
            messages.add(of(chat.messages().get(i), orderId, evidenceId, i, pinned.contains(i)));
        }
        return messages;
    }

    /** One message as kept, at its place {@code index} in the file; its id not yet given. */
    static ConversationMessage of(ChatMessage m, long orderId, long evidenceId, int index, boolean pinned) {
        return new ConversationMessage(0, orderId, evidenceId, index, m.sentAt(), m.sender(), m.fromMe(),
                MessageKind.valueOf(m.kind().name()), m.text(), pinned);
    }

    /** "WeChat chat with 李丽, 10 messages, from 2026-08-27 09:00 to 2026-09-02 10:40". */
    static String caption(Chat chat, String them) {
        Caption caption = new Caption(them);
        chat.messages().forEach(caption::count);
        return caption.toString();
    }

    /**
     * A chat's caption worked out as its messages go by, one at a time: how many, the first and last
     * time, and who wrote most on the other side (a count per name, not the messages).
     */
    static final class Caption {
        private final String them;
        private final Map<String, Integer> senders = new HashMap<>();
        /** The order names were first seen in: of two names with as many messages, the first seen comes first. */
        private final Map<String, Integer> seen = new HashMap<>();
        private int messages;
        private LocalDateTime first;
        private LocalDateTime last;

        Caption(String them) {
            this.them = them;
        }

        void count(ChatMessage m) {
            if (messages++ == 0) {
                first = m.sentAt();
            }
            last = m.sentAt();
            if (!m.fromMe() && m.kind() != ChatMessage.Kind.SYSTEM && !m.sender().isBlank()) {
                senders.merge(m.sender(), 1, Integer::sum);
                seen.putIfAbsent(m.sender(), seen.size());
            }
        }

        int messages() {
            return messages;
        }

        @Override
        public String toString() {
            StringBuilder caption = new StringBuilder("WeChat chat");
            String with = them != null && !them.isBlank() ? them.strip() : otherSide();
            if (!with.isEmpty()) {
                caption.append(" with ").append(with);
            }
            caption.append(", ").append(messages).append(messages == 1 ? " message" : " messages");
            caption.append(", from ").append(DateInput.format(first)).append(" to ").append(DateInput.format(last));
            return caption.toString();
        }

        /** The names of those who wrote and are not the importer, most messages first, at most three. */
        private String otherSide() {
            List<String> names = senders.keySet().stream()
                    .sorted((a, b) -> senders.get(a).equals(senders.get(b)) ? seen.get(a) - seen.get(b)
                            : senders.get(b) - senders.get(a))
                    .toList();
            if (names.size() > 3) {
                return String.join(", ", names.subList(0, 3)) + " and others";
            }
            return names.size() <= 1 ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
    }
}
