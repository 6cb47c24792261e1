package app.dossier.ui.receiving;

import io.nayuki.qrcodegen.QrCode;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A QR code drawn for a phone's camera to read off a laptop's screen: black modules on white, the
 * quiet zone of {@value #QUIET} modules around it that readers need, each module a whole number of
 * pixels (sharp edges), and at least {@code atLeast} pixels wide.
 */
final class QrPicture {
    /** The margin, in modules, the QR standard asks for. */
    static final int QUIET = 4;

    private QrPicture() {
    }

    static WritableImage of(QrCode qr, int atLeast) {
        int modules = qr.size + 2 * QUIET;
        int scale = Math.max(1, (atLeast + modules - 1) / modules);
        int side = modules * scale;
        WritableImage image = new WritableImage(side, side);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = qr.getModule(x / scale - QUIET, y / scale - QUIET);
                pixels.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
