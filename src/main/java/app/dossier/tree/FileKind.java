package app.dossier.tree;

import app.dossier.domain.Refusal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a file is, judged from its name and its first and last bytes: its media type, and
 * whether it is a picture that can be shown. Files that claim to be pictures and are not, or
 * that are cut off, are refused with the reason.
 */
public record FileKind(String mediaType, boolean picture) {
    /** Larger than any phone photo; decoding such a picture would exhaust memory. */
    static final long MAX_PIXELS = 250_000_000L;

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"),
            Map.entry("bmp", "image/bmp"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"), Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("json", "application/json"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("doc", "application/msword"), Map.entry("zip", "application/zip"),
            Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"), Map.entry("amr", "audio/amr"));

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** The kind a file name suggests, before its content is seen. */
    public static FileKind ofName(String fileName) {
        String type = BY_EXTENSION.getOrDefault(extension(fileName), "application/octet-stream");
        return new FileKind(type, type.equals("image/jpeg") || type.equals("image/png") || type.equals("image/gif")
                || type.equals("image/bmp"));
    }

    /**
     * Checks content against the name. Returns the reason a person should hear when the file
     * cannot be kept, or null when it is fine.
     */
    public static Refusal.Wording problem(String fileName, long size, byte[] head, byte[] tail) {
        if (size == 0) {
            return Refusal.FILE_EMPTY.with(fileName);
        }
        String type = ofName(fileName).mediaType();
        if (type.equals("image/jpeg")) {
            if (!startsWith(head, JPEG)) {
                Refusal notOne = startsWith(head, PDF) ? Refusal.NOT_A_JPEG_BUT_PDF
                        : startsWith(head, PNG) ? Refusal.NOT_A_JPEG_BUT_PNG
                        : startsWith(head, ZIP) ? Refusal.NOT_A_JPEG_BUT_ZIP : Refusal.NOT_A_JPEG;
                return notOne.with(fileName);
            }
            if (!endsWithJpegEnd(tail)) {
                return Refusal.JPEG_CUT_OFF.with(fileName);
            }
        } else if (type.equals("image/png")) {
            if (!startsWith(head, PNG)) {
                Refusal notOne = startsWith(head, PDF) ? Refusal.NOT_A_PNG_BUT_PDF
                        : startsWith(head, JPEG) ? Refusal.NOT_A_PNG_BUT_JPEG
                        : startsWith(head, ZIP) ? Refusal.NOT_A_PNG_BUT_ZIP : Refusal.NOT_A_PNG;
                return notOne.with(fileName);
            }
            if (head.length >= 24) {
                ByteBuffer ihdr = ByteBuffer.wrap(head, 16, 8).order(ByteOrder.BIG_ENDIAN);
                long width = Integer.toUnsignedLong(ihdr.getInt());
                long height = Integer.toUnsignedLong(ihdr.getInt());
                if (width == 0 || height == 0 || width * height > MAX_PIXELS) {
                    return Refusal.PNG_IMPOSSIBLE_SIZE.with(fileName, width, height);
                }
            }
            if (!endsWith(tail, PNG_END)) {
                return Refusal.PNG_CUT_OFF.with(fileName);
            }
        }
        return null;
    }

    private static boolean endsWithJpegEnd(byte[] tail) {
        // Some cameras pad after the end marker; accept FF D9 within the last bytes.
        for (int i = tail.length - 2; i >= 0; i--) {
            if (tail[i] == (byte) 0xFF && tail[i + 1] == (byte) 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean endsWith(byte[] data, byte[] suffix) {
        return data.length >= suffix.length
                && Arrays.equals(data, data.length - suffix.length, data.length, suffix, 0, suffix.length);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
