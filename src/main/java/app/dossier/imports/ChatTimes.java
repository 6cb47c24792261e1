package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Times of chat messages, read strictly: 2026-02-30 is refused, not rolled over to March. */
final class ChatTimes {
    private ChatTimes() {
    }

    static LocalDateTime parse(String text, DateTimeFormatter format, int line) {
        return parse(text, List.of(format), line);
    }

    static LocalDateTime parse(String text, List<DateTimeFormatter> formats, int line) {
        for (DateTimeFormatter format : formats) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new UnreadableFileException(Refusal.CHAT_TIME_DOES_NOT_EXIST.with(line, text));
    }
}
