package app.dossier.domain;

/**
 * Something the user must be told about, in words a non-programmer understands.
 * The message is shown as is; the cause, if any, is kept for the log.
 */
public class DossierException extends RuntimeException {
    public DossierException(String message) {
        super(message);
    }

    public DossierException(String message, Throwable cause) {
        super(message, cause);
    }
}
