package app.dossier.domain;

import java.util.List;

/**
 * A chat with the factory kept in an order's case file: the file (an evidence in Chat and
 * agreements, kept as it was exported or pasted), how it was read, and the messages the user
 * pinned. The messages themselves are read again from the file when the database is rebuilt, so
 * case.json holds only what the file cannot tell: who is who, and the pins.
 *
 * @param evidenceId the chat's file
 * @param format     how the file was read: MEMOTRACE_CSV, MEMOTRACE_TXT or WECHAT_DESKTOP_PASTE
 * @param me         the importer's name as the chat shows it, when given; tells their messages apart
 * @param them       the factory's side, when given; names it where the export gives no names
 * @param messages   how many messages the file holds
 * @param pinned     the pinned messages, in the file's order
 */
public record Conversation(long evidenceId, String format, String me, String them, int messages,
        List<PinnedMessage> pinned) {

    public Conversation {
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
    }

    public Conversation withEvidenceId(long newEvidenceId) {
        return new Conversation(newEvidenceId, format, me, them, messages, pinned);
    }
}
