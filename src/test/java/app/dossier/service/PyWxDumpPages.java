package app.dossier.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * PyWxDump's pages of one chat as it writes them: its CSV header, no byte order mark, CRLF, one file
 * per 5,000 messages named {@code <wxid>_<from>_<to>.csv}; message {@code id} is sent at 08:00 on
 * 2026-09-01 plus id minutes, as the exporting computer's clock showed it (no zone).
 */
public final class PyWxDumpPages {
    public static final String HEADER = "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime";
    public static final LocalDateTime START = LocalDateTime.of(2026, 9, 1, 8, 0);

    private PyWxDumpPages() {
    }

    /** Messages {@code from + 1} to {@code to}: odd ones the importer's ("我"), even ones 李丽's. */
    public static Path page(Path folder, String chat, int from, int to) throws IOException {
        StringBuilder rows = new StringBuilder(HEADER).append("\r\n");
        for (int id = from + 1; id <= to; id++) {
            LocalDateTime at = START.plusMinutes(id);
            rows.append(id).append(',').append(8123456789012340000L + id).append(",文本,").append(id % 2).append(',')
                    .append(id % 2 == 1 ? "我" : chat).append(',').append(chat)
                    .append(",\"").append(text(id)).append("\",,")
                    .append(at.toLocalDate()).append(' ').append(at.toLocalTime()).append(":00\r\n");
        }
        return Files.writeString(folder.resolve(chat + "_" + from + "_" + to + ".csv"), rows, StandardCharsets.UTF_8);
    }

    /** The words of message {@code id}. */
    public static String text(int id) {
        return id % 2 == 1 ? "Chị đặt thêm mẫu số " + id + ", giao trước ngày 20." : "好的亲，第" + id + "条收到，按样品做。";
    }
}
