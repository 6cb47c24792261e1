package app.dossier.domain;

/** What a person typed cannot be read; the message says why and how to write it. */
public class InvalidInputException extends DossierException {
    public InvalidInputException(String message) {
        super(message);
    }
}
