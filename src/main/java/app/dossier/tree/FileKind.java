package app.dossier.tree;

import app.dossier.domain.Refusal;
import app.dossier.photos.HeifBrands;
import app.dossier.photos.PhotoReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a file is, judged from its name and its content: its media type, and whether it is a
 * picture that can be shown. Files that claim to be pictures or videos and are not, or that are cut
 * off, are refused with the reason. A photo's end is found by its own structure, never by its last
 * bytes: phones keep data after the picture.
 */
public record FileKind(String mediaType, boolean picture) {
    /** Larger than any phone photo; decoding such a picture would exhaust memory. */
    static final long MAX_PIXELS = PhotoReader.MAX_PIXELS;

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("jfif", "image/jpeg"),
            Map.entry("png", "image/png"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("heic", "image/heic"), Map.entry("heif", "image/heif"), Map.entry("hif", "image/heif"),
            Map.entry("bmp", "image/bmp"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"), Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("json", "application/json"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("doc", "application/msword"), Map.entry("zip", "application/zip"),
            Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("3gp", "video/3gpp"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"), Map.entry("amr", "audio/amr"));

    /** Boxes an MP4 or MOV file can start with. */
    private static final Set<String> FIRST_MOVIE_BOXES = Set.of("ftyp", "moov", "mdat", "wide", "free", "skip", "pnot");

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** The kind a file name suggests, before its content is seen. */
    public static FileKind ofName(String fileName) {
        String type = BY_EXTENSION.getOrDefault(extension(fileName), "application/octet-stream");
        return new FileKind(type, PhotoReader.canRead(type));
    }

    /** Whether files of this kind carry a time of their own (pictures and videos). */
    public boolean dated() {
        return picture || video();
    }

    public boolean video() {
        return mediaType.startsWith("video/");
    }

    static boolean isIsoMedia(String mediaType) {
        return mediaType.equals("image/heic") || mediaType.equals("image/heif") || mediaType.startsWith("video/");
    }

    /**
     * Checks content against the name. Returns the reason a person should hear when the file
     * cannot be kept, or null when it is fine.
     */
    public static Refusal.Wording problem(String fileName, ContentScan scan) {
        long size = scan.size();
        byte[] head = scan.head();
        if (size == 0) {
            return Refusal.FILE_EMPTY.with(fileName);
        }
        String type = ofName(fileName).mediaType();
        if (type.equals("image/jpeg")) {
            if (!startsWith(head, JPEG)) {
                return notA(Refusal.NOT_A_JPEG, head, fileName);
            }
            JpegStructure jpeg = scan.jpeg();
            if (jpeg.pixels() > MAX_PIXELS) {
                return Refusal.PICTURE_IMPOSSIBLE_SIZE.with(fileName, jpeg.width(), jpeg.height());
            }
            if (jpeg.broken()) {
                return Refusal.JPEG_DAMAGED.with(fileName);
            }
            if (!jpeg.whole()) {
                return Refusal.JPEG_CUT_OFF.with(fileName);
            }
        } else if (type.equals("image/png")) {
            if (!startsWith(head, PNG)) {
                return notA(Refusal.NOT_A_PNG, head, fileName);
            }
            if (head.length >= 24) {
                ByteBuffer ihdr = ByteBuffer.wrap(head, 16, 8).order(ByteOrder.BIG_ENDIAN);
                long width = Integer.toUnsignedLong(ihdr.getInt());
                long height = Integer.toUnsignedLong(ihdr.getInt());
                if (width == 0 || height == 0 || width * height > MAX_PIXELS) {
                    return Refusal.PNG_IMPOSSIBLE_SIZE.with(fileName, width, height);
                }
            }
            if (!contains(scan.tail(), PNG_END)) {
                return Refusal.PNG_CUT_OFF.with(fileName);
            }
        } else if (type.equals("image/heic") || type.equals("image/heif")) {
            if (!HeifBrands.isHeif(head, head.length)) {
                return notA(Refusal.NOT_A_HEIC, head, fileName);
            }
            if (!scan.boxes().whole()) {
                return Refusal.HEIC_CUT_OFF.with(fileName);
            }
        } else if (type.equals("image/webp")) {
            return webpProblem(fileName, size, head);
        } else if (type.startsWith("video/")) {
            if (head.length < 8 || !FIRST_MOVIE_BOXES.contains(new String(head, 4, 4, StandardCharsets.ISO_8859_1))) {
                return Refusal.NOT_A_VIDEO.with(fileName);
            }
            if (!scan.boxes().whole()) {
                return Refusal.VIDEO_CUT_OFF.with(fileName);
            }
        }
        return null;
    }

    /** RIFF "WEBP": the RIFF header says how long the file is, and the first chunk how large the picture. */
    private static Refusal.Wording webpProblem(String fileName, long size, byte[] head) {
        if (head.length < 30 || !startsWith(head, RIFF)
                || !"WEBP".equals(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return notA(Refusal.NOT_A_WEBP, head, fileName);
        }
        long riff = Integer.toUnsignedLong(ByteBuffer.wrap(head, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        if (riff + 8 > size) {
            return Refusal.WEBP_CUT_OFF.with(fileName);
        }
        String chunk = new String(head, 12, 4, StandardCharsets.ISO_8859_1);
        long width = 0;
        long height = 0;
        if (chunk.equals("VP8X")) {
            width = 1 + u24(head, 24);
            height = 1 + u24(head, 27);
        }
        if (width * height > MAX_PIXELS) {
            return Refusal.PICTURE_IMPOSSIBLE_SIZE.with(fileName, width, height);
        }
        return null;
    }

    private static long u24(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((long) (b[at + 2] & 0xFF) << 16);
    }

    /** "Named as X but is not one", saying what it is when that can be told. */
    private static Refusal.Wording notA(Refusal plain, byte[] head, String fileName) {
        Refusal said = plain;
        if (plain == Refusal.NOT_A_JPEG) {
            said = startsWith(head, PDF) ? Refusal.NOT_A_JPEG_BUT_PDF
                    : startsWith(head, PNG) ? Refusal.NOT_A_JPEG_BUT_PNG
                    : HeifBrands.isHeif(head, head.length) ? Refusal.NOT_A_JPEG_BUT_HEIC
                    : startsWith(head, ZIP) ? Refusal.NOT_A_JPEG_BUT_ZIP : plain;
        } else if (plain == Refusal.NOT_A_PNG) {
            said = startsWith(head, PDF) ? Refusal.NOT_A_PNG_BUT_PDF
                    : startsWith(head, JPEG) ? Refusal.NOT_A_PNG_BUT_JPEG
                    : startsWith(head, ZIP) ? Refusal.NOT_A_PNG_BUT_ZIP : plain;
        } else if (plain == Refusal.NOT_A_HEIC) {
            said = startsWith(head, JPEG) ? Refusal.NOT_A_HEIC_BUT_JPEG : plain;
        }
        return said.with(fileName);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (data[i + k] != part[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
