package app.dossier.ui.shell;

import app.dossier.service.Problem;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.util.stream.Collectors;

/** Checks the case files in the background and says what it found. */
final class VerifyDialog {
    private final UiContext context;

    VerifyDialog(UiContext context) {
        this.context = context;
    }

    void run() {
        BackgroundTask.wrap(context.t("verify.running"), progress -> context.services().verify().verify(progress))
                .onSuccess(report -> {
                    if (report.cancelled()) {
                        context.navigator().say(context.t("verify.cancelled"));
                    } else if (report.consistent()) {
                        Dialogs.inform(context, context.t("verify.clean", report.filesChecked()));
                    } else {
                        Dialogs.inform(context, context.t("verify.problems", report.problems().size()) + "\n\n"
                                + report.problems().stream().limit(30).map(Problem::line)
                                        .collect(Collectors.joining("\n")));
                    }
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }
}
