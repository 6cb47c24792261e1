package app.dossier.domain;

import java.util.List;

/**
 * A chat with the factory kept in an order's case file: the file (an evidence in Chat and
 * agreements, kept as it was exported or pasted), how it was read, and the messages the user
 * pinned. The messages themselves are read again from the file when the database is rebuilt, so
 * case.json holds only what the file cannot tell: who is who, and the pins; and, for a chat pasted
 * and checked in the preview, the messages as the user confirmed them, which no later reading of the
 * pasted text could give back (a sender reassigned, a message split or dropped, "昨天" read on the day
 * it was pasted).
 *
 * @param evidenceId the chat's file
 * @param format     how the file was read: MEMOTRACE_CSV, MEMOTRACE_TXT or WECHAT_DESKTOP_PASTE
 * @param me         the importer's name as the chat shows it, when given; tells their messages apart
 * @param them       the factory's side, when given; names it where the export gives no names
 * @param messages   how many messages the file holds
 * @param pinned     the pinned messages, in the file's order
 * @param confirmed  the messages as confirmed in the preview of a pasted chat ({@link #CONFIRMED}),
 *                   which stand for the file's reading; empty for every other chat
 * @param pages      for a chat exported in several files (PyWxDump's pages), the files after the first
 *                   ({@code evidenceId}), in the order they are read; the messages are numbered through
 *                   them all, under the first. Empty for a chat in one file
 * @param zone       the time zone the chat's times were written in (an id such as "Asia/Shanghai"), as
 *                   the user said when importing it; the times are kept on the computer's clock. Null for
 *                   a chat kept before Dossier asked, whose times are kept as written
 */
public record Conversation(long evidenceId, String format, String me, String them, int messages,
        List<PinnedMessage> pinned, List<ConfirmedMessage> confirmed, List<Long> pages, String zone) {

    /** How a pasted chat checked in the preview was read: by the user, its messages in case.json. */
    public static final String CONFIRMED = "WECHAT_PASTE_CONFIRMED";

    public Conversation {
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
        confirmed = confirmed == null ? List.of() : List.copyOf(confirmed);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public Conversation(long evidenceId, String format, String me, String them, int messages,
            List<PinnedMessage> pinned, List<ConfirmedMessage> confirmed) {
        this(evidenceId, format, me, them, messages, pinned, confirmed, List.of(), null);
    }

    public Conversation(long evidenceId, String format, String me, String them, int messages,
            List<PinnedMessage> pinned) {
        this(evidenceId, format, me, them, messages, pinned, List.of());
    }

    public Conversation withEvidenceId(long newEvidenceId) {
        return withFiles(newEvidenceId, pages);
    }

    /** The same chat with its files' ids as a rebuild gives them: the first page, then the others. */
    public Conversation withFiles(long newEvidenceId, List<Long> newPages) {
        return new Conversation(newEvidenceId, format, me, them, messages, pinned, confirmed, newPages, zone);
    }

    /** Every file of the chat: the first, then its other pages. */
    public List<Long> files() {
        List<Long> files = new java.util.ArrayList<>(pages.size() + 1);
        files.add(evidenceId);
        files.addAll(pages);
        return files;
    }

    /** Whether the file is the chat's, or one of its pages. */
    public boolean holds(long fileId) {
        return evidenceId == fileId || pages.contains(fileId);
    }

    /** Whether its messages are the ones the user confirmed in the preview, kept in case.json. */
    public boolean checkedInPreview() {
        return CONFIRMED.equals(format);
    }
}
