package app.dossier.domain;

/** What a person typed cannot be read; the message says why and how to write it. */
public class InvalidInputException extends DossierException {
    public InvalidInputException(String message) {
        super(message);
    }

    /** A refusal the window says in its own language (a text too long, a line break in a name). */
    public InvalidInputException(Refusal.Wording wording) {
        super(wording);
    }
}
