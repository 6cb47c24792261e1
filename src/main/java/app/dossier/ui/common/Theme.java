package app.dossier.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The look: AtlantaFX's Primer Light, Dossier's own style sheet, and Noto Sans SC loaded from the
 * app itself so Vietnamese and Chinese render on a machine without CJK fonts.
 */
public final class Theme {
    public static final String FONT_FAMILY = "Noto Sans SC";
    private static final String[] FONTS = {"/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf",
        "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf"};
    private static final String STYLE = "/app/dossier/ui/common/dossier.css";

    private Theme() {
    }

    /**
     * Loads the fonts and the theme once for the toolkit; call before the first scene. The installed
     * program ships the fonts as files too, named by {@code -Ddossier.fonts=DIR}: JavaFX maps a font
     * file as it is, where a font from the jar is first inflated and copied to a temporary file (10 MB
     * each).
     */
    public static void install() {
        String folder = System.getProperty("dossier.fonts");
        for (String font : FONTS) {
            Path file = folder == null ? null : Path.of(folder, font.substring(font.lastIndexOf('/') + 1));
            if (file != null && loaded(file)) {
                continue;
            }
            try (InputStream in = Theme.class.getResourceAsStream(font)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (IOException e) {
                // Without the bundled font the system font is used; Chinese may then show as boxes.
            }
        }
        // the theme's binary form: the same rules, without parsing 170 kB of CSS at every start
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** The font file mapped by JavaFX, or false when it is missing or unreadable (then the jar's copy is used). */
    private static boolean loaded(Path file) {
        try {
            return Font.loadFont(file.toUri().toString(), 13) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(STYLE).toExternalForm());
    }
}
