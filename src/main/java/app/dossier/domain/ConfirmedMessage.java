package app.dossier.domain;

import java.time.LocalDateTime;

/**
 * A message of a pasted chat as the user confirmed it in the preview, in the chat's order: when, who
 * and the words. Whether the importer sent it follows from the name ({@link ChatParties#isMe}).
 */
public record ConfirmedMessage(LocalDateTime sentAt, String sender, String text) {
}
