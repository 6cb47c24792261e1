package app.dossier.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
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

    /** Loads the fonts and the theme once for the toolkit; call before the first scene. */
    public static void install() {
        for (String font : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream(font)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (IOException e) {
                // Without the bundled font the system font is used; Chinese may then show as boxes.
            }
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(STYLE).toExternalForm());
    }
}
