package app.dossier.cli;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn with block characters, two rows of modules to a line, dark on the terminal's light
 * cells inverted: printed as white-on-black blocks it reads on dark and light terminals alike, with
 * the quiet zone of four modules a phone's camera needs.
 */
final class TerminalQr {
    private static final int QUIET = 4;

    private TerminalQr() {
    }

    static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
        int size = qr.size;
        StringBuilder out = new StringBuilder();
        for (int y = -QUIET; y < size + QUIET; y += 2) {
            for (int x = -QUIET; x < size + QUIET; x++) {
                boolean top = light(qr, x, y);
                boolean bottom = light(qr, x, y + 1);
                out.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Light where the code is light or outside it (the quiet zone): drawn as the block. */
    private static boolean light(QrCode qr, int x, int y) {
        return x < 0 || y < 0 || x >= qr.size || y >= qr.size || !qr.getModule(x, y);
    }
}
