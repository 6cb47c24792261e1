package app.dossier.ui.common;

import app.dossier.domain.DossierException;

/** A failure in words for the person at the screen: Dossier's own message, never a stack trace. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable error, Texts texts) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof DossierException d) {
                return d.getMessage();
            }
            e = e.getCause();
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return texts.get("error.unexpected", detail);
    }
}
