package app.dossier.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text when the encoding can be told. A byte order mark
 * decides (UTF-8, UTF-16). Without one, the bytes are decoded strictly as UTF-8 and, failing or as
 * a second guess, as GB18030, which reads every GBK and GB2312 file: Excel and Notepad on Chinese
 * Windows save text that way. A strict decoder refuses bytes that do not belong to its encoding, so
 * a GBK file never passes for UTF-8 with garbled letters.
 */
final class TextDecoding {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** Text decoded one way, and the name of that way for messages. */
    record Decoded(String text, Charset charset) {
        String encodingName() {
            return charset.equals(GB18030) ? "GBK (GB18030)" : charset.name();
        }
    }

    private TextDecoding() {
    }

    /**
     * Every reading of the bytes that decodes cleanly, the likeliest first; empty when none does
     * (a binary file, or an encoding other than UTF-8, UTF-16 and GBK).
     */
    static List<Decoded> candidates(byte[] bytes) {
        return candidates(bytes, 0);
    }

    /**
     * Every reading of the first bytes of a longer file, as {@link #candidates(byte[])}: the last
     * character may be cut off by the end of {@code start}, and is then left out.
     */
    static List<Decoded> candidatesOfStart(byte[] start) {
        return candidates(start, 3);
    }

    private static List<Decoded> candidates(byte[] bytes, int cutOff) {
        List<Decoded> found = new ArrayList<>();
        int bom = byteOrderMark(bytes);
        if (bom > 0) {
            strict(bytes, bom, charsetOfMark(bytes), cutOff).ifPresent(found::add);
            return found;
        }
        if (looksBinary(bytes)) {
            return found;
        }
        strict(bytes, 0, StandardCharsets.UTF_8, cutOff).ifPresent(found::add);
        strict(bytes, 0, GB18030, cutOff).ifPresent(found::add);
        return found;
    }

    /** The length of the byte order mark the bytes start with (UTF-8's 3, UTF-16's 2); 0 without one. */
    static int byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) ? 2 : 0;
    }

    private static Charset charsetOfMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        return startsWith(bytes, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /** The likeliest reading, if any. */
    static Optional<Decoded> decode(byte[] bytes) {
        List<Decoded> all = candidates(bytes);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The bytes decoded strictly, up to {@code cutOff} bytes at their end left out when that is what it takes. */
    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset, int cutOff) {
        for (int cut = 0; cut <= cutOff && bytes.length - offset - cut >= 0; cut++) {
            try {
                String text = strictDecoder(charset)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset - cut))
                        .toString();
                return Optional.of(new Decoded(text, charset));
            } catch (CharacterCodingException e) {
                // a character cut off at the end, perhaps
            }
        }
        return Optional.empty();
    }

    /** A decoder that refuses bytes not of its encoding, rather than putting a replacement character in. */
    static java.nio.charset.CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Text files in these encodings never hold a NUL byte; images and archives do. */
    private static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
