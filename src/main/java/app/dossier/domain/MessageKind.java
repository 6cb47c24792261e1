package app.dossier.domain;

/** What a chat message is, as WeChat shows it: words, or a picture, voice note, file… */
public enum MessageKind {
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
    /** Money sent through WeChat (微信转账), or its receipt (已收款). */
    TRANSFER,
    /** Anything else: location, call, contact card, red packet. */
    OTHER
}
