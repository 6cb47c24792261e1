package app.dossier.ui.order;

import app.dossier.domain.Dispute;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asked before a dispute is opened on an order that already has one open: it names that dispute and
 * offers to go to it (the default), to open a second one on purpose, or to do nothing.
 */
final class OpenDisputeQuestion {
    /** What the user chose. */
    enum Answer { GO_TO_IT, OPEN_ANOTHER, NOTHING }

    private OpenDisputeQuestion() {
    }

    static Answer ask(UiContext context, String orderLabel, String which) {
        ButtonType goTo = new ButtonType(context.t("order.dispute.already.goTo"), ButtonBar.ButtonData.OK_DONE);
        ButtonType another = new ButtonType(context.t("order.dispute.already.another"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, context.t("order.dispute.already.text", which),
                goTo, another, ButtonType.CANCEL);
        alert.setTitle(context.t("order.dispute"));
        alert.setHeaderText(context.t("order.dispute.already", orderLabel));
        alert.getDialogPane().setId("dispute-already-open");
        alert.getDialogPane().setMinWidth(620);
        Dialogs.wordButtons(alert.getDialogPane(), context.texts());
        ((Button) alert.getDialogPane().lookupButton(goTo)).setId("dispute-already-go");
        ((Button) alert.getDialogPane().lookupButton(another)).setId("dispute-already-another");
        if (context.window().get() != null && context.window().get().isShowing()) {
            alert.initOwner(context.window().get());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.map(a -> a == goTo ? Answer.GO_TO_IT : a == another ? Answer.OPEN_ANOTHER : Answer.NOTHING)
                .orElse(Answer.NOTHING);
    }
}
