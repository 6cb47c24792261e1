package app.dossier.files;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Turns a name a person gave (factory, product, order number, original file name) into one path
 * segment that Windows, macOS and Linux all accept and that cannot step outside its folder.
 *
 * <ul>
 *   <li>Letters are kept as they are, Vietnamese and Chinese included, in NFC (macOS and Windows
 *       would otherwise show two names that look the same).
 *   <li>{@code / \ : * ? " < > |} and control characters become "_", a run of them one "_".
 *       Tabs, line breaks and other spaces (NBSP) become one ordinary space. Invisible direction
 *       marks are dropped: they can make "gpj.exe" display as "exe.jpg".
 *   <li>Spaces and dots are trimmed at both ends (Windows drops them at the end; a leading dot
 *       hides the file), so the result is never "." or "..". An empty result becomes the fallback.
 *   <li>Windows device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9, CONIN$, CONOUT$), in any case and
 *       with any extension, get "_" after the base name: CON_, con_.txt.
 *   <li>At most {@link #MAX_BYTES} UTF-8 bytes, which is also at most that many UTF-16 chars. The
 *       file systems allow 255; the rest is room for " (12)" and a temporary-file prefix. A file
 *       name is cut in its base so the extension stays; cuts fall between whole characters, never
 *       inside a surrogate pair or before a combining mark.
 * </ul>
 */
public final class SafeNames {
    /** Budget for a name we make, in UTF-8 bytes. */
    public static final int MAX_BYTES = 200;

    private static final int SYSTEM_LIMIT = 255;
    private static final String FORBIDDEN = "/\\:*?\"<>|";
    private static final String DEFAULT_FILE_NAME = "file";
    private static final String LAST_RESORT = "_";
    private static final int MAX_EXTENSION_LENGTH = 10;
    private static final Set<String> DEVICE_NAMES = Set.of(
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
            "LPT¹", "LPT²", "LPT³");

    private SafeNames() {
    }

    /**
     * A folder name made from {@code name}; {@code fallback} (made safe the same way) when nothing
     * usable is left, and "_" when the fallback is empty or null too.
     */
    public static String segment(String name, String fallback) {
        String safe = trimEnds(clean(name));
        if (safe.isEmpty()) {
            safe = trimEnds(clean(fallback));
        }
        if (safe.isEmpty()) {
            safe = LAST_RESORT;
        }
        return fit(notDeviceName(safe), MAX_BYTES);
    }

    /**
     * A file name made from an original file name, keeping its extension as typed ("Ảnh.JPG" stays
     * "Ảnh.JPG"). An extension is the part after the last dot when it is 1 to 10 ASCII letters and
     * digits with at least one letter ("jpg", "mp4"; not "05" in "2026.05"). With nothing usable
     * before the extension the name is "file", so ".jpg" becomes "file.jpg".
     */
    public static String fileName(String originalFileName) {
        String cleaned = trimEnd(clean(originalFileName));
        int dot = extensionDot(cleaned);
        if (dot >= 0) {
            return withExtension(cleaned.substring(0, dot), cleaned.substring(dot + 1));
        }
        String safe = segment(cleaned, DEFAULT_FILE_NAME);
        // Cutting a long name can leave an extension at its new end ("a..jpgư" cut to "a..jpg");
        // treat it as one, or the name would change when made safe again.
        int cutDot = extensionDot(safe);
        return cutDot < 0 ? safe : withExtension(safe.substring(0, cutDot), safe.substring(cutDot + 1));
    }

    private static String withExtension(String base, String extension) {
        String trimmed = trimEnds(base);
        if (trimmed.isEmpty()) {
            trimmed = DEFAULT_FILE_NAME;
        }
        return fit(notDeviceName(trimmed), MAX_BYTES - extension.length() - 1) + "." + extension;
    }

    /**
     * The name to use when {@code fileName} (a name made here) is taken: "name (2).jpg",
     * "folder (2)". The base is cut if needed so the result stays within {@link #MAX_BYTES}
     * plus the number.
     *
     * @param n 2 or more
     */
    public static String withCollisionNumber(String fileName, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("collision numbers start at 2: " + n);
        }
        int dot = extensionDot(fileName);
        String extension = dot < 0 ? "" : fileName.substring(dot);
        String base = dot < 0 ? fileName : fileName.substring(0, dot);
        String fitted = fit(base, MAX_BYTES - utf8Length(extension));
        return fitted + " (" + n + ")" + extension;
    }

    /**
     * Whether a name read back from disk is one this class could have made: not empty, NFC, no
     * forbidden, control or direction characters, no space but the ordinary one, no space or dot at
     * either end, not a device name, within 255 UTF-8 bytes and 255 UTF-16 chars.
     */
    public static boolean isSafeSegment(String name) {
        if (name == null || name.isEmpty() || !Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            return false;
        }
        if (isTrimmed(name.charAt(0)) || isTrimmed(name.charAt(name.length() - 1))) {
            return false;
        }
        boolean allAllowed = name.codePoints()
                .noneMatch(cp -> isForbidden(cp) || isDirectionMark(cp) || (isSpace(cp) && cp != ' '));
        return allAllowed
                && !isDeviceName(name)
                && name.length() <= SYSTEM_LIMIT
                && utf8Length(name) <= SYSTEM_LIMIT;
    }

    /** NFC, forbidden characters replaced, spaces evened out; ends not yet trimmed. */
    private static String clean(String name) {
        if (name == null) {
            return "";
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean lastWasReplaced = false;
        for (int i = 0; i < nfc.length(); i += Character.charCount(nfc.codePointAt(i))) {
            int cp = nfc.codePointAt(i);
            if (isDirectionMark(cp)) {
                continue;
            }
            if (isSpace(cp)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                lastWasReplaced = false;
            } else if (isForbidden(cp)) {
                if (!lastWasReplaced) {
                    out.append('_');
                }
                lastWasReplaced = true;
            } else {
                out.appendCodePoint(cp);
                lastWasReplaced = false;
            }
        }
        // dropping a direction mark can bring a letter and its accent together
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String notDeviceName(String name) {
        if (!isDeviceName(name)) {
            return name;
        }
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        return base.stripTrailing() + "_" + base.substring(base.stripTrailing().length()) + rest;
    }

    /** Windows takes "CON", "con.txt" and "Con .tar.gz" all to mean the console. */
    private static boolean isDeviceName(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).strip();
        return DEVICE_NAMES.contains(base.toUpperCase(Locale.ROOT));
    }

    /**
     * The longest start of {@code name} within {@code maxBytes}, cut between whole characters
     * (grapheme clusters); only a single character bigger than the budget is cut between its code
     * points.
     */
    private static String fit(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        int end = lastBoundaryWithin(name, characterBoundaries(name), maxBytes);
        if (end == 0) {
            end = lastBoundaryWithin(name, codePointBoundaries(name), maxBytes);
        }
        String cut = trimEnd(Normalizer.normalize(name.substring(0, end), Normalizer.Form.NFC));
        if (cut.isEmpty()) {
            return LAST_RESORT;
        }
        return utf8Length(cut) <= maxBytes ? cut : fit(cut, maxBytes);
    }

    private static int lastBoundaryWithin(String text, IntStream boundaries, int maxBytes) {
        int end = 0;
        int bytes = 0;
        for (int next : boundaries.toArray()) {
            bytes += utf8Length(text.substring(end, next));
            if (bytes > maxBytes) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static IntStream characterBoundaries(String text) {
        BreakIterator breaks = BreakIterator.getCharacterInstance(Locale.ROOT);
        breaks.setText(text);
        return IntStream.iterate(breaks.next(), b -> b != BreakIterator.DONE, b -> breaks.next());
    }

    private static IntStream codePointBoundaries(String text) {
        return IntStream.rangeClosed(1, text.length())
                .filter(i -> i == text.length() || !Character.isSurrogatePair(text.charAt(i - 1), text.charAt(i)));
    }

    private static int extensionDot(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return -1;
        }
        String extension = name.substring(dot + 1);
        boolean plain = !extension.isEmpty()
                && extension.length() <= MAX_EXTENSION_LENGTH
                && extension.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                && extension.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        return plain ? dot : -1;
    }

    private static String trimEnds(String name) {
        int start = 0;
        while (start < name.length() && isTrimmed(name.charAt(start))) {
            start++;
        }
        return trimEnd(name.substring(start));
    }

    private static String trimEnd(String name) {
        int end = name.length();
        while (end > 0 && isTrimmed(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '.';
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Characters some system refuses in a name, and unpaired surrogates, which have no UTF-8 form. */
    private static boolean isForbidden(int cp) {
        return FORBIDDEN.indexOf(cp) >= 0
                || Character.isISOControl(cp)
                || Character.getType(cp) == Character.SURROGATE;
    }

    private static boolean isDirectionMark(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0xFEFF
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
