package app.dossier.ui.dispute;

import javafx.scene.Parent;

/** The style sheets of the disputes section, also for its dialogs, whose scenes do not share the window's. */
final class DisputeStyles {
    static final String DISPUTES = "/app/dossier/ui/dispute/disputes.css";
    private static final String COMMON = "/app/dossier/ui/common/dossier.css";

    private DisputeStyles() {
    }

    static String url(String resource) {
        return DisputeStyles.class.getResource(resource).toExternalForm();
    }

    /** For a dialog: Dossier's look (and its font for Chinese and Vietnamese) and the section's own. */
    static void apply(Parent root) {
        root.getStylesheets().addAll(url(COMMON), url(DISPUTES));
    }
}
