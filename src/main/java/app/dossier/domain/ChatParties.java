package app.dossier.domain;

/**
 * Who is who in a chat, when known. {@code me} is the importer's name as the chat shows it, which
 * tells their messages apart in exports that only give names. {@code them} names the factory's side
 * where the export gives no names (a MemoTrace CSV of a one-to-one chat). Either may be null.
 */
public record ChatParties(String me, String them) {
    public static final ChatParties UNKNOWN = new ChatParties(null, null);

    public static final String DEFAULT_ME = "我";
    public static final String DEFAULT_THEM = "对方";

    public String meOrDefault() {
        return me == null || me.isBlank() ? DEFAULT_ME : me.strip();
    }

    public String themOrDefault() {
        return them == null || them.isBlank() ? DEFAULT_THEM : them.strip();
    }

    public boolean isMe(String sender) {
        return me != null && !me.isBlank() && me.strip().equals(sender);
    }
}
