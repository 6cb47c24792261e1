package app.dossier.ui.shell;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Texts;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in to records on a PostgreSQL server, asked when the window starts and the server wants a
 * password that is not in the pgpass file: the person's own login and password, the password kept
 * only while the window is open (never written to the data folder).
 */
public final class SignInForm {
    private final DataFolders folders;
    private final DataLocation location;
    private final Texts texts;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private DataLocation signedIn;

    public SignInForm(DataFolders folders, DataLocation location, Texts texts) {
        this.folders = folders;
        this.location = location;
        this.texts = texts;
        String remembered = location.login();
        login.set(remembered != null ? remembered : System.getProperty("user.name", ""));
    }

    /** Whether opening failed because the server wants a login and password it was not given. */
    public static boolean asked(Throwable error) {
        return error instanceof DossierException e
                && e.wording().map(w -> w.refusal() == Refusal.SIGN_IN_REFUSED).orElse(false);
    }

    public Texts texts() {
        return texts;
    }

    /** What the form says above the fields: which server the records are on. */
    public String header() {
        return texts.get("signIn.header", location.server());
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /**
     * Opens the data folder as the login typed; empty, with why in {@link #problemProperty()}, when
     * the server refuses it or the folder cannot be opened. The password is cleared either way.
     */
    public Optional<Services> signIn() {
        DataLocation as = location.signedInAs(login.get().strip(), password.get());
        try {
            Services services = folders.open(as);
            signedIn = as;
            problem.set("");
            return Optional.of(services);
        } catch (DossierException e) {
            problem.set(asked(e) ? texts.get("signIn.failed") : ErrorText.of(e, texts));
            return Optional.empty();
        } finally {
            password.set("");
        }
    }

    /** The data folder as signed in, for the window to open again after a rebuild; null before. */
    public DataLocation signedIn() {
        return signedIn;
    }
}
