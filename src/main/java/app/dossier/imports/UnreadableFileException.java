package app.dossier.imports;

import app.dossier.domain.DossierException;

/**
 * A file that cannot be brought in at all: not the kind of file expected, damaged, in an unknown
 * encoding, or missing columns. The message says which and what to do; nothing from the file is
 * used.
 */
public class UnreadableFileException extends DossierException {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableFileException(app.dossier.domain.Refusal.Wording wording) {
        super(wording);
    }

    public UnreadableFileException(app.dossier.domain.Refusal.Wording wording, Throwable cause) {
        super(wording, cause);
    }
}
