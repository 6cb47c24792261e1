package app.dossier.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the two text formats share: messages as a header line (time and name), content lines and a
 * blank line, and WeChat's placeholders for what is not text.
 */
final class ChatText {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String REPLY_MARK = "引用:";

    /* MemoTrace writes the Chinese ones; WeChat in English shows the others. */
    private static final Map<String, ChatMessage.Kind> PLACEHOLDERS = Map.ofEntries(
            Map.entry("[图片]", ChatMessage.Kind.IMAGE), Map.entry("[Photo]", ChatMessage.Kind.IMAGE),
            Map.entry("[Image]", ChatMessage.Kind.IMAGE),
            Map.entry("[语音]", ChatMessage.Kind.VOICE), Map.entry("[Voice]", ChatMessage.Kind.VOICE),
            Map.entry("[视频]", ChatMessage.Kind.VIDEO), Map.entry("[Video]", ChatMessage.Kind.VIDEO),
            Map.entry("[表情包]", ChatMessage.Kind.STICKER), Map.entry("[动画表情]", ChatMessage.Kind.STICKER),
            Map.entry("[Sticker]", ChatMessage.Kind.STICKER),
            Map.entry("[文件]", ChatMessage.Kind.FILE), Map.entry("[File]", ChatMessage.Kind.FILE),
            Map.entry("[链接]", ChatMessage.Kind.LINK), Map.entry("[Link]", ChatMessage.Kind.LINK),
            Map.entry("[音乐分享]", ChatMessage.Kind.LINK),
            Map.entry("[位置]", ChatMessage.Kind.OTHER), Map.entry("[Location]", ChatMessage.Kind.OTHER),
            Map.entry("[名片]", ChatMessage.Kind.OTHER), Map.entry("[转账]", ChatMessage.Kind.OTHER));

    /** A message as written: its header matched, the line it is on (from 1), its content lines. */
    record Block(Matcher header, int lineNumber, List<String> content) {
        String text() {
            return String.join("\n", content);
        }
    }

    private ChatText() {
    }

    static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(LINE_BREAK.split(body, -1));
    }

    /**
     * Splits text into messages. A line is a header when it matches and starts the text or follows a
     * blank line, so a message whose text holds a blank line stays whole unless the next line looks
     * exactly like a header. Blank lines at the end of a message are not part of it. The text starts
     * with a header ({@link ChatFormat#detect} checked it), blank lines aside.
     */
    static List<Block> blocks(String text, Pattern header) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = lines(text);
        boolean afterBlank = true;
        Block current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher matcher = header.matcher(line.strip());
            if (afterBlank && matcher.matches()) {
                current = new Block(matcher, i + 1, new ArrayList<>());
                blocks.add(current);
            } else if (current != null) {
                current.content().add(line.stripTrailing());
            }
            afterBlank = line.isBlank();
        }
        for (Block block : blocks) {
            List<String> content = block.content();
            while (!content.isEmpty() && content.get(content.size() - 1).isBlank()) {
                content.remove(content.size() - 1);
            }
        }
        return blocks;
    }

    /** The kind of a message from its text: a placeholder, a reply (last line 引用:…), or text. */
    static ChatMessage.Kind kindOf(String text) {
        String stripped = text.strip();
        for (Map.Entry<String, ChatMessage.Kind> placeholder : PLACEHOLDERS.entrySet()) {
            if (stripped.startsWith(placeholder.getKey())) {
                return placeholder.getValue();
            }
        }
        String[] lines = stripped.split("\n");
        if (lines.length > 1 && lines[lines.length - 1].strip().startsWith(REPLY_MARK)) {
            return ChatMessage.Kind.REPLY;
        }
        return ChatMessage.Kind.TEXT;
    }

    static String replyText(String reply, String quotedName, String quotedText) {
        return reply + "\n" + REPLY_MARK + (quotedName == null ? "" : quotedName) + ":"
                + (quotedText == null ? "" : quotedText);
    }
}
