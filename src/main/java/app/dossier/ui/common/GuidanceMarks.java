package app.dossier.ui.common;

import app.dossier.domain.guidance.Severity;
import app.dossier.domain.guidance.Urgency;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How guidance is marked wherever it is shown: a record's state as a coloured icon, a finding's
 * severity and a deadline's urgency as small coloured labels. Views that use these add
 * {@link #STYLE} to their style sheets.
 */
public final class GuidanceMarks {
    /** The style sheet for guidance marks, lists and cards. */
    public static final String STYLE = "/app/dossier/ui/common/guidance.css";

    private GuidanceMarks() {
    }

    /** The style sheet's address, to add to a view's style sheets. */
    public static String stylesheet() {
        return GuidanceMarks.class.getResource(STYLE).toExternalForm();
    }

    /** An icon for a record's state: green check, amber alert, red alert, grey clock. */
    public static FontIcon icon(RecordState state, int size) {
        FontIcon icon = Icons.of(state.icon(), size);
        // Added to Ikonli's own style, which carries the icon font; replacing it would draw boxes.
        icon.setStyle(icon.getStyle() + "-fx-icon-color: " + color(state) + ";");
        return icon;
    }

    private static String color(RecordState state) {
        return switch (state) {
            case COMPLETE -> "-color-success-fg";
            case PARTIAL -> "-color-warning-emphasis";
            case MISSING -> "-color-danger-fg";
            case WAITING -> "-color-fg-muted";
        };
    }

    /** "Urgent" in red, "To fix" in amber, "Advice" in blue. */
    public static Label severity(Severity severity, String words) {
        return pill(words, switch (severity) {
            case URGENT -> "pill-urgent";
            case WARNING -> "pill-warning";
            case ADVICE -> "pill-advice";
        });
    }

    /** "Overdue" in red, "Due soon" in amber. */
    public static Label urgency(Urgency urgency, String words) {
        return pill(words, switch (urgency) {
            case OVERDUE -> "pill-urgent";
            case DUE_SOON -> "pill-warning";
            case LATER -> "pill-advice";
        });
    }

    private static Label pill(String words, String style) {
        Label pill = new Label(words);
        pill.getStyleClass().addAll("guidance-pill", style);
        pill.setMinWidth(Region.USE_PREF_SIZE);
        return pill;
    }
}
