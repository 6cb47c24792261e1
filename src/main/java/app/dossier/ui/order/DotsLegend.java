package app.dossier.ui.order;

import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * What the four dots of each order in the list mean: which record each stands for, left to right, and
 * what its colour says. Drawn with the rows' own dots, so the legend looks like what it explains.
 */
final class DotsLegend {
    private static final double WIDTH = 380;
    private DotsLegend() {
    }

    static Node of(UiContext context) {
        Label title = new Label(context.t("order.legend.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        title.setPrefWidth(WIDTH);
        VBox box = new VBox(4, title);
        EvidenceCategory[] categories = EvidenceCategory.values();
        for (int i = 0; i < categories.length; i++) {
            HBox dots = new HBox(3);
            for (int j = 0; j < categories.length; j++) {
                Circle dot = dot(true);
                dot.setOpacity(j == i ? 1 : 0.15);
                dots.getChildren().add(dot);
            }
            box.getChildren().add(line(dots, context.t("category." + categories[i].name()) + ": "
                    + context.t("order.legend." + categories[i].name())));
        }
        box.getChildren().addAll(line(dot(true), context.t("order.legend.present")),
                line(dot(false), context.t("order.legend.missing")));
        Label more = new Label(context.t("order.legend.more"));
        more.setWrapText(true);
        more.setPrefWidth(WIDTH);
        more.getStyleClass().add("subtle");
        box.getChildren().add(more);
        box.setId("orders-legend");
        box.getStyleClass().add("order-legend");
        box.setPadding(new javafx.geometry.Insets(4));
        // Shown in a popover, outside the orders view: the dots' colours come with it.
        box.getStylesheets().add(DotsLegend.class.getResource("/app/dossier/ui/order/orders.css").toExternalForm());
        return box;
    }

    private static Circle dot(boolean present) {
        Circle dot = new Circle(4.5);
        dot.getStyleClass().addAll("dot", present ? "dot-present" : "dot-missing");
        return dot;
    }

    private static Label line(Node mark, String words) {
        // The mark as the label's graphic, so the words wrap within the list's width.
        Label line = new Label(words, mark);
        line.setWrapText(true);
        // A width of its own: a popover sizes its content without one, and the words would not wrap.
        line.setPrefWidth(WIDTH);
        line.setGraphicTextGap(8);
        line.getStyleClass().add(Styles.TEXT_SMALL);
        return line;
    }
}
