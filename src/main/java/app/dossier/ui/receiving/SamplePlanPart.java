package app.dossier.ui.receiving;

import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sample plan shown as soon as an order is chosen, before anything is counted, so the person
 * at the cartons knows how many units to set aside and how many defects the lot may have; and the
 * verdict shown under the sample check once it is typed.
 */
final class SamplePlanPart {
    private final VBox node;

    SamplePlanPart(UiContext context, SamplePlanModel model) {
        Label title = new Label(context.t("receiving.plan.title"), Icons.of("mdi2c-clipboard-check-outline", 26));
        title.getStyleClass().add("rcv-plan-title");
        Label lot = line(model.lotProperty(), "rcv-plan-lot", "subtle");
        Label check = line(model.checkProperty(), "rcv-plan-check", "rcv-plan-check");
        Label major = line(model.majorProperty(), "rcv-plan-major", "rcv-plan-line");
        Label minor = line(model.minorProperty(), "rcv-plan-minor", "rcv-plan-line");
        Label code = line(model.codeProperty(), "rcv-plan-code", "subtle");
        Label rule = line(model.ruleProperty(), "rcv-plan-rule", "subtle");
        Label counted = new Label(context.t("receiving.plan.counted"));
        counted.getStyleClass().addAll("subtle", "rcv-hint");
        counted.setWrapText(true);
        HBox facts = new HBox(24, code, rule);
        facts.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(6, title, lot, check, major, minor, facts, counted);
        node.getStyleClass().addAll("card", "rcv-plan");
        node.setId("rcv-plan");
    }

    private static Label line(ObservableStringValue text, String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        return label;
    }

    /** "Passes / Fails the plan: …" in green or red, and a note when fewer units were checked than planned. */
    static Node verdict(SamplePlanModel model) {
        Label verdict = line(model.verdictWordsProperty(), "rcv-verdict", "rcv-verdict");
        Runnable mark = () -> {
            verdict.getStyleClass().removeAll("rcv-verdict-pass", "rcv-verdict-fail");
            switch (model.verdictProperty().get()) {
                case PASS -> {
                    verdict.getStyleClass().add("rcv-verdict-pass");
                    verdict.setGraphic(Icons.of("mdi2c-check-circle", 22));
                }
                case FAIL -> {
                    verdict.getStyleClass().add("rcv-verdict-fail");
                    verdict.setGraphic(Icons.of("mdi2c-close-circle", 22));
                }
                default -> verdict.setGraphic(null);
            }
        };
        model.verdictProperty().addListener((o, was, now) -> mark.run());
        mark.run();
        verdict.visibleProperty().bind(verdict.textProperty().isNotEmpty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        verdict.setMaxWidth(Double.MAX_VALUE);
        Label fewer = line(model.fewerProperty(), "rcv-verdict-fewer", "rcv-verdict-fewer");
        fewer.visibleProperty().bind(fewer.textProperty().isNotEmpty());
        fewer.managedProperty().bind(fewer.visibleProperty());
        VBox box = new VBox(6, verdict, fewer);
        box.managedProperty().bind(verdict.visibleProperty());
        box.visibleProperty().bind(verdict.visibleProperty());
        return box;
    }

    Node node() {
        return node;
    }
}
