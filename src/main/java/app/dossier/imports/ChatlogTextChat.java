package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Refusal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * chatlog's plain text (its HTTP API and MCP answers): "李丽(wxid_li) 09-01 14:30:02" — the sender's name
 * and id, in a group chat "[群名(id@chatroom)]", and the time, which has no year unless the chat spans
 * years — then the message's lines and a blank line. The importer's id is written "我"; WeChat's notices
 * come from "系统消息". Pictures and files are links ("![图片](http://…)", "[文件|报价单.xlsx](http://…)"),
 * a reply quotes its message on lines starting "> ", a transfer reads "[转账|发送 ￥100.00](note)".
 *
 * <p>A time without its year takes, for the first message, the year that puts it nearest the day the
 * reader was given (the order's date: the talk before an order is as likely as after it), or, without
 * such a day, on or after the floor given (a year before today); each later message is on or after the
 * one above it. The chat says its years were guessed.
 */
final class ChatlogTextChat {
    private static final String TIME = "((?:\\d{4}-)?\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})";
    static final Pattern HEADER = Pattern.compile("(.+?)(?:\\(([^()]*)\\))? (?:\\[([^\\]]*)] )?" + TIME);
    private static final Pattern YEARLESS = Pattern.compile("(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})");
    private static final Pattern LINKED = Pattern.compile("!?\\[([^|\\]]+)(?:\\|([^|\\]]*))?(?:\\|[^\\]]*)?]\\((.*)\\)");
    private static final String SYSTEM = "系统消息";
    private static final String ME = "我";

    private ChatlogTextChat() {
    }

    /** A first line "name(id) [chat] 09-01 14:30:02", or a notice's "系统消息 09-01 14:30:02". */
    static boolean startsIt(String first) {
        Matcher m = HEADER.matcher(first);
        if (!m.matches()) {
            return false;
        }
        boolean yearless = YEARLESS.matcher(m.group(4)).matches();
        return m.group(2) != null && !m.group(2).isBlank() && !m.group(2).contains(" ")
                || yearless && (m.group(1).equals(SYSTEM) || !m.group(1).contains(" "));
    }

    /**
     * @param near  the day the first message is nearest, on either side; null when not known
     * @param floor without {@code near}, the day the first message is on or after
     */
    static Chat read(String text, ChatParties parties, LocalDate near, LocalDate floor) {
        List<ChatMessage> messages = new ArrayList<>();
        boolean meSeen = false;
        boolean yearGuessed = false;
        LocalDateTime previous = null;
        for (ChatText.Block block : ChatText.blocks(text, HEADER)) {
            String when = block.header().group(4);
            boolean yearless = YEARLESS.matcher(when).matches();
            yearGuessed |= yearless;
            LocalDateTime sentAt = yearless ? guessYear(when, near, floor, previous, block.lineNumber())
                    : ChatTimes.parse(when, MemoTraceTxtChat.STR_TIME, block.lineNumber());
            previous = sentAt;
            String name = block.header().group(1).strip();
            String id = block.header().group(2);
            String words = block.text();
            if (id == null && name.equals(SYSTEM)) {
                messages.add(new ChatMessage(sentAt, "", false, ChatMessage.Kind.SYSTEM, words.strip()));
                continue;
            }
            boolean fromMe = ME.equals(id) || ME.equals(name) || parties.isMe(name);
            meSeen |= fromMe;
            String sender = ME.equals(name) ? parties.meOrDefault() : name;
            messages.add(ChatText.message(sentAt, sender, fromMe, content(words)));
        }
        return new Chat(ChatFormat.CHATLOG_TXT, ChatText.withTransfers(messages), meSeen, yearGuessed);
    }

    /** chatlog's links as WeChat's placeholders; a reply's "> " lines as its quote. */
    private static String content(String words) {
        List<String> lines = List.of(words.split("\n", -1));
        if (lines.size() > 1 && lines.get(0).startsWith("> ")) {
            int end = 0;
            while (end < lines.size() && lines.get(end).startsWith("> ")) {
                end++;
            }
            Matcher quoted = HEADER.matcher(lines.get(0).substring(2).strip());
            String quotedName = quoted.matches() ? quoted.group(1).strip() : "";
            List<String> quotedWords = lines.subList(quoted.matches() ? 1 : 0, end).stream()
                    .map(l -> placeholder(l.substring(2).strip())).toList();
            return ChatText.replyText(String.join("\n", lines.subList(end, lines.size())).strip(), quotedName,
                    String.join("\n", quotedWords));
        }
        return placeholder(words);
    }

    private static String placeholder(String words) {
        Matcher link = LINKED.matcher(words.strip());
        if (!link.matches() || link.group(1).startsWith("转账")) {
            return words;
        }
        String what = link.group(1);
        String name = link.group(2) == null ? "" : link.group(2).strip();
        return name.isEmpty() ? "[" + what + "]" : "[" + what + "] " + name;
    }

    /**
     * The time in the year that puts it nearest {@code near} (or on or after {@code floor}) and, when a
     * message came before, on or after that one: a chat from December into January crosses into the
     * next year.
     */
    static LocalDateTime guessYear(String when, LocalDate near, LocalDate floor, LocalDateTime previous, int line) {
        Matcher m = YEARLESS.matcher(when);
        m.matches();
        LocalDateTime from = previous != null ? previous : (near != null ? near : floor).atStartOfDay();
        LocalDateTime best = null;
        for (int year = from.getYear() - 1; year <= from.getYear() + 4; year++) {
            LocalDateTime at = at(year, m);
            if (at == null) {
                continue;
            }
            if (previous == null && near != null) {
                long distance = Math.abs(Duration.between(from, at).toMinutes());
                if (best == null || distance < Math.abs(Duration.between(from, best).toMinutes())) {
                    best = at;
                }
            } else if (!at.isBefore(from)) {
                return at;
            }
        }
        if (best == null) {
            throw new UnreadableFileException(Refusal.CHAT_TIME_DOES_NOT_EXIST.with(line, when));
        }
        return best;
    }

    /** The time in the year, or null when that day does not exist then (02-29) or ever (02-30). */
    private static LocalDateTime at(int year, Matcher m) {
        try {
            return LocalDateTime.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
