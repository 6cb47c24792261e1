package app.dossier.imports;

import app.dossier.domain.PastedMessage;
import app.dossier.domain.PastedMessage.Doubt;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads chat text copied from WeChat into messages, line by line, for the user to check before it is
 * imported. Three shapes of text are known, and the first message decides which one the text is:
 * <ul>
 * <li>the computer's copy: a line "Name 2024/1/5 2:03 PM" (or "昵称 2024-01-05 14:03:00", "Lisa 昨天 下午2:03",
 * "Lisa 14:03"), then the message's lines, with or without a blank line before the next;</li>
 * <li>one line per message with the time in brackets: "[2024/1/5 14:03] Name: words";</li>
 * <li>the phone's copy of forwarded messages ("Chat History", "聊天记录"): "Name: words", under
 * date lines such as "—————  2024-01-05  —————".</li>
 * </ul>
 * A line shaped like the start of a message starts one when it is the first, follows a blank line or
 * a date line, names someone who already wrote, or while fewer than two people have written. Past
 * that, a line with a full date ("Tâm 2024/1/5 14:03") still starts one, saying {@link Doubt#NEW_SENDER},
 * and any other ("Tâm 14:03", "Giá: 4,60") stays in the words, the message saying
 * {@link Doubt#HEADER_IN_TEXT}: a message quoting a name and a time is not cut in two, nor are two
 * messages made one without the preview showing it.
 */
public final class PastedChat {
    private static final String DECORATION = "[-—–=_·•\\s]";
    private static final Pattern DATE_LINE = Pattern.compile(DECORATION + "*(" + WeChatTimes.DAY + ")?\\s*("
            + WeChatTimes.TIME + ")?" + DECORATION + "*");
    private static final Pattern TITLE = Pattern.compile(".*(聊天记录|Chat History|Chat history).*");
    private static final Pattern DESKTOP = Pattern.compile(
            "(.+?)\\s+(?:(" + WeChatTimes.DAY + ")\\s*)?(" + WeChatTimes.TIME + ")");
    private static final Pattern BRACKETED = Pattern.compile(
            "\\[(?:(" + WeChatTimes.DAY + ")\\s*)?(" + WeChatTimes.TIME + ")]\\s*([^:：]{1,60}?)\\s*[:：]\\s?(.*)");
    private static final Pattern PHONE = Pattern.compile("([^:：\\[\\]。，,.!?！？\\d][^:：\\[\\]。，,.!?！？]{0,39}?)\\s*[:：]\\s?(.*)");

    private enum Shape { DESKTOP, BRACKETED, PHONE }

    /** A line read as the start of a message: who, when (as written), the words on the same line. */
    private record Start(Shape shape, String sender, String day, String time, String words) {
        /** A start with its full date is told from words far more surely than "Name 14:03" or "Name: …". */
        boolean dated() {
            return WeChatTimes.isFullDate(day);
        }
    }

    private final LocalDate pastedOn;
    private final List<PastedMessage> messages = new ArrayList<>();
    private final Set<String> senders = new HashSet<>();
    private Shape shape;
    private LocalDate carriedDay;
    private String carriedTime;
    private boolean dayGuessed;
    private boolean titled;
    private int startLine;
    private LocalDateTime startAt;
    /** The time of the last message that had one, to see a day carried on past midnight. */
    private LocalDateTime lastAt;
    private String startSender;
    private Doubt startDoubt;
    private List<String> words;

    private PastedChat(LocalDate pastedOn) {
        this.pastedOn = pastedOn;
    }

    /** Whether the text starts (blank lines and a title aside) the way one of the known shapes does. */
    public static boolean looksLikeAPastedChat(String text) {
        boolean titled = false;
        for (String line : ChatText.lines(text)) {
            String s = line.strip();
            if (s.isEmpty() || (!titled && TITLE.matcher(s).matches())) {
                titled |= !s.isEmpty();
                continue;
            }
            return isDateLine(s) || DESKTOP.matcher(s).matches() || BRACKETED.matcher(s).matches()
                    || (titled && PHONE.matcher(s).matches());
        }
        return false;
    }

    /**
     * The messages of the pasted text in its order, each with what the reading is unsure of.
     * Nothing is left out: every line that is not a date line or a title is in some message's words.
     *
     * @param pastedOn the day the text was copied, from which "昨天" and "Yesterday" count back
     */
    public static List<PastedMessage> read(String text, LocalDate pastedOn) {
        PastedChat reading = new PastedChat(pastedOn);
        reading.readAll(ChatText.lines(text == null ? "" : text));
        return List.copyOf(reading.messages);
    }

    private void readAll(List<String> lines) {
        boolean afterBreak = true;
        boolean titleAllowed = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            String s = line.strip();
            if (s.isEmpty()) {
                if (words != null) {
                    words.add("");
                }
                afterBreak = true;
                continue;
            }
            if (titleAllowed && words == null && TITLE.matcher(s).matches()) {
                titleAllowed = false;
                titled = true;
                continue;
            }
            titleAllowed = false;
            if ((words == null || decorated(s)) && isDateLine(s)) {
                carry(s);
                afterBreak = true;
                continue;
            }
            Start start = start(s);
            boolean known = start != null && (afterBreak || senders.contains(start.sender()) || senders.size() < 2);
            if (start != null && (known || start.dated())) {
                begin(i + 1, start);
                if (!known && startDoubt == null) {
                    startDoubt = Doubt.NEW_SENDER;
                }
            } else {
                if (start != null && (startDoubt == null || startDoubt == Doubt.TIME_GUESSED)) {
                    startDoubt = Doubt.HEADER_IN_TEXT;
                }
                if (words == null) {
                    startLine = i + 1;
                    startSender = "";
                    startDoubt = Doubt.NO_SENDER;
                    words = new ArrayList<>();
                }
                words.add(line);
            }
            afterBreak = false;
        }
        finish();
    }

    private Start start(String s) {
        if (shape == null || shape == Shape.DESKTOP) {
            Matcher m = DESKTOP.matcher(s);
            if (m.matches() && !isDateLine(m.group(1).strip())) {
                return new Start(Shape.DESKTOP, m.group(1).strip(), m.group(2), m.group(3), null);
            }
        }
        if (shape == null || shape == Shape.BRACKETED) {
            Matcher m = BRACKETED.matcher(s);
            if (m.matches()) {
                return new Start(Shape.BRACKETED, m.group(3).strip(), m.group(1), m.group(2), m.group(4));
            }
        }
        if (shape == Shape.PHONE || (shape == null && (titled || carriedDay != null))) {
            Matcher m = PHONE.matcher(s);
            if (m.matches() && !m.group(1).strip().toLowerCase().startsWith("http")) {
                return new Start(Shape.PHONE, m.group(1).strip(), null, null, m.group(2));
            }
        }
        return null;
    }

    private void begin(int line, Start start) {
        finish();
        shape = start.shape();
        senders.add(start.sender());
        startLine = line;
        startSender = start.sender();
        startDoubt = null;
        words = new ArrayList<>();
        if (start.words() != null && !start.words().isBlank()) {
            words.add(start.words().strip());
        }
        if (start.time() == null) {
            startAt = carriedAt();
            startDoubt = startAt == null ? Doubt.TIME_NOT_READ : Doubt.TIME_GUESSED;
            return;
        }
        LocalDate day;
        boolean guessed = false;
        if (start.day() != null) {
            day = WeChatTimes.day(start.day(), pastedOn);
            if (day != null) {
                carriedDay = day;
                dayGuessed = false;
            }
        } else if (carriedDay != null) {
            day = carriedDay;
            guessed = dayGuessed;
        } else {
            day = pastedOn;
            guessed = true;
        }
        startAt = WeChatTimes.at(day, start.time());
        boolean backwards = start.day() == null && startAt != null && lastAt != null && startAt.isBefore(lastAt);
        startDoubt = startAt == null ? Doubt.TIME_NOT_READ : guessed || backwards ? Doubt.TIME_GUESSED : null;
    }

    /** A phone copy gives no time beside a message: the date line's, or the day's start. */
    private LocalDateTime carriedAt() {
        LocalDate day = carriedDay == null ? pastedOn : carriedDay;
        return carriedTime == null ? day.atStartOfDay() : WeChatTimes.at(day, carriedTime);
    }

    private void carry(String s) {
        Matcher m = DATE_LINE.matcher(s);
        m.matches();
        if (m.group(1) != null) {
            LocalDate day = WeChatTimes.day(m.group(1), pastedOn);
            if (day != null) {
                carriedDay = day;
                dayGuessed = false;
            }
        } else if (carriedDay == null) {
            carriedDay = pastedOn;
            dayGuessed = true;
        }
        carriedTime = m.group(2);
    }

    private void finish() {
        if (words == null) {
            return;
        }
        while (!words.isEmpty() && words.get(words.size() - 1).isBlank()) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && words.get(0).isBlank()) {
            words.remove(0);
        }
        messages.add(new PastedMessage(startLine, startSender.isEmpty() ? null : startAt, startSender,
                String.join("\n", words), startDoubt));
        if (startAt != null && !startSender.isEmpty()) {
            lastAt = startAt;
        }
        words = null;
        startAt = null;
    }

    private static boolean isDateLine(String s) {
        Matcher m = DATE_LINE.matcher(s);
        return m.matches() && (m.group(1) != null || m.group(2) != null);
    }

    /** A date line inside a message's words counts only with its dashes around it, as a phone shows it. */
    private static boolean decorated(String s) {
        return s.matches("[-—–=_·•].*[-—–=_·•]");
    }
}
