package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Person;
import app.dossier.domain.Refusal;
import app.dossier.domain.Role;
import app.dossier.store.Logins;
import app.dossier.store.Storage;
import app.dossier.store.StoreException;
import app.dossier.store.Transaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The people who sign in to records kept on PostgreSQL, each with a login of their own and a role
 * (docs/team.md). Adding one is the server's business: done from here when the login signed in may
 * make logins, else said as the SQL the server's administrator runs.
 */
public final class TeamService {
    /** PostgreSQL's longest name, in bytes. */
    static final int LONGEST_LOGIN = 63;

    private final Storage storage;
    private final Logins logins;
    private final DataLocation location;
    private final Person signedIn;

    public TeamService(Storage storage, Logins logins, DataLocation location, Person signedIn) {
        this.storage = storage;
        this.logins = logins;
        this.location = location;
        this.signedIn = signedIn;
    }

    /** Who is signed in here, and their role. */
    public Person signedIn() {
        return signedIn;
    }

    /** Everyone with a login and a role on this server. */
    public List<Person> people() {
        onServer();
        return storage.read(logins::people);
    }

    /**
     * Adds {@code name} in {@code role}, with {@code password} (or none, to be set with psql). Empty
     * when done; else the SQL the server's administrator runs to do it, when this login may not make
     * logins.
     */
    public Optional<String> addPerson(String name, Role role, String password) {
        onServer();
        String login = name == null ? "" : name.strip();
        if (login.isEmpty() || login.getBytes(StandardCharsets.UTF_8).length > LONGEST_LOGIN
                || login.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidInputException(Refusal.LOGIN_NAME_INVALID.with(name, LONGEST_LOGIN));
        }
        if (!storage.read(logins::mayMakeLogins)) {
            return Optional.of(Logins.setupSql(location.database().database(), login, role));
        }
        try (Transaction tx = storage.begin()) {
            logins.add(tx.session(), login, role, password);
            tx.commit();
        } catch (StoreException e) {
            throw new DossierException("Could not add " + login + ": " + StoreErrors.describe(e), e);
        }
        return Optional.empty();
    }

    private void onServer() {
        if (!location.onPostgres()) {
            throw new DossierException(Refusal.TEAM_ONLY_ON_POSTGRESQL.with());
        }
    }
}
