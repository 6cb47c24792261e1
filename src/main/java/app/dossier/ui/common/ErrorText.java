package app.dossier.ui.common;

import app.dossier.domain.DossierException;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Refusal;
import app.dossier.domain.TextLimit;
import java.util.Optional;

/**
 * A failure in words for the person at the screen: Dossier's own message, never a stack trace. A
 * refusal (a file that cannot be kept or read, a text that cannot be saved) is said in the
 * window's language; other messages as the services word them.
 */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable error, Texts texts) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof DossierException d) {
                return of(d.getMessage(), d.wording(), texts);
            }
            e = e.getCause();
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return texts.get("error.unexpected", detail);
    }

    /** A refusal in the window's language; {@code english}, a service's own message, when there is none. */
    public static String of(String english, Optional<Refusal.Wording> wording, Texts texts) {
        return wording.map(w -> texts.get(w.key(), w.values().stream().map(v -> fieldName(v, texts)).toArray()))
                .orElse(english);
    }

    /** What is wrong with one field of a record (a domain rule's finding), in the window's language. */
    public static String of(FieldProblem problem, Texts texts) {
        Refusal.Wording wording = problem.wording();
        return of(wording.english(), Optional.of(wording), texts);
    }

    /** A field's name (a refused text starts with it) in the window's language; any other value as it is. */
    private static Object fieldName(Object value, Texts texts) {
        if (!(value instanceof String text)) {
            return value; // a defect's kind: the words name it in the window's language
        }
        return TextLimit.named(text).map(f -> "field." + f.name()).filter(texts::has).map(texts::get).orElse(text);
    }
}
