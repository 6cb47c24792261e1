package app.dossier.imports;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One message of a WeChat chat, in the words of the export. For pictures, voice, video, stickers and
 * files {@code text} is WeChat's own placeholder ([图片], [语音], …), with the file's name when the
 * export has it ("[文件] 报价单.xlsx"). A reply's text is the reply, then a line {@code 引用:name:quoted text}.
 * A transfer of money keeps the export's words ("微信转账 ￥100.00 - 转账") and the amount read from them.
 *
 * @param sender    the name shown for the sender; "" for WeChat's own system messages
 * @param fromMe    whether the importer sent it; false when the export does not say (see {@link Chat#sidesKnown()})
 * @param messageId WeChat's id of the message when the export gives one (often 19 digits, kept as written); "" otherwise
 * @param transfer  the money a {@link Kind#TRANSFER} message moves; empty for every other kind
 */
public record ChatMessage(LocalDateTime sentAt, String sender, boolean fromMe, Kind kind, String text, String messageId,
        Optional<Transfer> transfer) {

    private static final Pattern REVOKED = Pattern.compile(
            ".*(撤回了一条消息|recalled a message|withdrew a message|đã thu hồi một tin nhắn).*", Pattern.DOTALL);

    public ChatMessage {
        messageId = messageId == null ? "" : messageId;
        transfer = transfer == null ? Optional.empty() : transfer;
    }

    public ChatMessage(LocalDateTime sentAt, String sender, boolean fromMe, Kind kind, String text) {
        this(sentAt, sender, fromMe, kind, text, "", Optional.empty());
    }

    /** WeChat's notice that a message was withdrawn ("李丽撤回了一条消息"): the message itself is gone. */
    public boolean revoked() {
        return kind == Kind.SYSTEM && REVOKED.matcher(text).matches();
    }

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
        /** WeChat's own notice: a message withdrawn ({@link #revoked()}), a contact added. */
        SYSTEM,
        /** Money sent through WeChat, or its receipt (已收款): see {@link ChatMessage#transfer()}. */
        TRANSFER,
        /** Anything else: location, call, contact card, red packet. */
        OTHER
    }
}
