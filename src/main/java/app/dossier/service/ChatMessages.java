package app.dossier.service;

import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DateInput;
import app.dossier.domain.MessageKind;
import app.dossier.imports.Chat;
import app.dossier.imports.ChatMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
            ChatMessage m = chat.messages().get(i);
            messages.add(new ConversationMessage(0, orderId, evidenceId, i, m.sentAt(), m.sender(), m.fromMe(),
                    MessageKind.valueOf(m.kind().name()), m.text(), pinned.contains(i)));
        }
        return messages;
    }

    /** "WeChat chat with 李丽, 10 messages, from 2026-08-27 09:00 to 2026-09-02 10:40". */
    static String caption(Chat chat, String them) {
        List<ChatMessage> messages = chat.messages();
        StringBuilder caption = new StringBuilder("WeChat chat");
        String with = them != null && !them.isBlank() ? them.strip() : otherSide(chat);
        if (!with.isEmpty()) {
            caption.append(" with ").append(with);
        }
        caption.append(", ").append(messages.size()).append(messages.size() == 1 ? " message" : " messages");
        caption.append(", from ").append(DateInput.format(messages.get(0).sentAt()))
                .append(" to ").append(DateInput.format(messages.get(messages.size() - 1).sentAt()));
        return caption.toString();
    }

    /** The names of those who wrote and are not the importer, most messages first, at most three. */
    private static String otherSide(Chat chat) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ChatMessage m : chat.messages()) {
            if (!m.fromMe() && m.kind() != ChatMessage.Kind.SYSTEM && !m.sender().isBlank()) {
                counts.merge(m.sender(), 1, Integer::sum);
            }
        }
        List<String> names = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        if (names.size() > 3) {
            return String.join(", ", names.subList(0, 3)) + " and others";
        }
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
