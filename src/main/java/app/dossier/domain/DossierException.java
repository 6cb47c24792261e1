package app.dossier.domain;

import java.util.Optional;

/**
 * Something the user must be told about, in words a non-programmer understands.
 * The message is shown as is; the cause, if any, is kept for the log. One made from a
 * {@link Refusal} also carries it, so the window can say it in its own language.
 */
public class DossierException extends RuntimeException {
    private final transient Refusal.Wording wording;

    public DossierException(String message) {
        super(message);
        this.wording = null;
    }

    public DossierException(String message, Throwable cause) {
        super(message, cause);
        this.wording = null;
    }

    public DossierException(Refusal.Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    public DossierException(Refusal.Wording wording, Throwable cause) {
        super(wording.english(), cause);
        this.wording = wording;
    }

    /** The refusal this message says, when it says one. */
    public Optional<Refusal.Wording> wording() {
        return Optional.ofNullable(wording);
    }
}
