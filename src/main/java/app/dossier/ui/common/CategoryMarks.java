package app.dossier.ui.common;

import app.dossier.domain.EvidenceCategory;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The four evidence categories at a glance: each category's icon, green with its file count where
 * the order has files, red with 0 where it has none. Shared by every list that shows orders.
 */
public final class CategoryMarks {
    private static final String PRESENT_ICON = "-fx-icon-color: -color-success-fg;";
    private static final String MISSING_ICON = "-fx-icon-color: -color-danger-fg;";

    private CategoryMarks() {
    }

    /** The icon that stands for a category wherever it is shown. */
    public static String icon(EvidenceCategory category) {
        return switch (category) {
            case AGREEMENT -> "mdi2c-chat-outline";
            case CONFIRMATION -> "mdi2c-clipboard-check-outline";
            case PAYMENT -> Icons.PAYMENT;
            case RECEIVING -> Icons.RECEIVING;
        };
    }

    /** An icon coloured green (present) or red (missing). */
    public static FontIcon colored(String code, boolean present, int size) {
        FontIcon icon = Icons.of(code, size);
        // Added to Ikonli's own style, which carries the icon font; replacing it would draw boxes.
        icon.setStyle(icon.getStyle() + (present ? PRESENT_ICON : MISSING_ICON));
        return icon;
    }

    /** Four icons with counts, for a table cell; the tooltip (and screen readers) name each category. */
    public static HBox compact(Map<EvidenceCategory, Integer> counts, Texts texts) {
        HBox box = new HBox(10);
        box.setAlignment(Pos.CENTER_LEFT);
        StringBuilder words = new StringBuilder();
        for (EvidenceCategory category : EvidenceCategory.values()) {
            int count = counts.getOrDefault(category, 0);
            boolean present = count > 0;
            Label mark = new Label(Integer.toString(count), colored(icon(category), present, 16));
            mark.getStyleClass().add(present ? "present" : "missing");
            mark.setGraphicTextGap(3);
            box.getChildren().add(mark);
            if (!words.isEmpty()) {
                words.append('\n');
            }
            words.append(texts.get("category." + category.name())).append(": ")
                    .append(present ? count : texts.get("category.missing"));
        }
        Tooltip.install(box, new Tooltip(words.toString()));
        box.setAccessibleText(words.toString());
        return box;
    }
}
