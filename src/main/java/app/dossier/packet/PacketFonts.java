package app.dossier.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC, regular and bold, embedded as subsets: one font for Chinese, Vietnamese and Latin.
 * Text is NFC-normalized before it is measured or shown (decomposed Vietnamese would otherwise put
 * accents on the wrong letter), and a character the font has no glyph for is shown as "?" rather
 * than failing the whole packet.
 */
final class PacketFonts {
    static final String REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

    final PDFont regular;
    final PDFont bold;
    private final Map<Integer, Boolean> known = new HashMap<>();

    private PacketFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PacketFonts load(PDDocument document) throws IOException {
        return new PacketFonts(load(document, REGULAR), load(document, BOLD));
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PacketFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The packet font " + resource + " is missing from the application.");
            }
            // Latin ligatures (fi, fl, ffi…) off: text extracts and searches as it reads ("confirmation",
            // not "conﬁrmation"), and what is printed is as wide as what was measured. Chinese and
            // Vietnamese (NFC, precomposed) take their glyphs from the cmap alone.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(ttf);
            return PDType0Font.load(document, ttf, true);
        }
    }

    /** The text as it can be shown: NFC, tabs and other controls as spaces, unknown characters as "?". */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (hasGlyph(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width in points of printable text. */
    float width(PDFont font, float size, String printable) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasGlyph(int codePoint) {
        return known.computeIfAbsent(codePoint, cp -> {
            try {
                // both weights come from the same family with the same coverage; check the two anyway
                regular.encode(new String(Character.toChars(cp)));
                bold.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
