package app.dossier.imports;

import java.time.LocalDateTime;

/**
 * One message of a WeChat chat, in the words of the export. For pictures, voice, video, stickers and
 * files {@code text} is WeChat's own placeholder ([图片], [语音], …), with the file's name when the
 * export has it. A reply's text is the reply, then a line {@code 引用:name:quoted text}.
 *
 * @param sender the name shown for the sender; "" for WeChat's own system messages
 * @param fromMe whether the importer sent it; false when the export does not say (see {@link Chat#sidesKnown()})
 */
public record ChatMessage(LocalDateTime sentAt, String sender, boolean fromMe, Kind kind, String text) {

    public enum Kind {
        TEXT,
        IMAGE,
        VOICE,
        VIDEO,
        STICKER,
        FILE,
        /** A reply quoting an earlier message (WeChat's 引用). */
        REPLY,
        /** A shared link or card. */
        LINK,
        /** WeChat's own notice: a message withdrawn, a contact added. */
        SYSTEM,
        /** Anything else: location, call, contact card, transfer. */
        OTHER
    }
}
