package app.dossier.domain;

import java.util.Optional;

/**
 * Who is signed in to the records: on PostgreSQL the person's own database login and the role the
 * server gives it; on SQLite nobody signs in and the one person at the PC may do everything.
 */
public record Person(String login, Role role) {
    /** The person at a PC that keeps its records in its own SQLite file. */
    public static final Person AT_THIS_PC = new Person(null, Role.DESK);

    /** Whether this person signed in with a database login (on PostgreSQL). */
    public boolean signedIn() {
        return login != null;
    }

    /** Whether this person may make a change that does {@code action}. */
    public boolean may(Action action) {
        return RoleRules.may(role, action);
    }

    /** Why this person may not make a change that does {@code action}; empty when they may. */
    public Optional<Refusal.Wording> refusal(Action action) {
        return RoleRules.refusal(login, role, action);
    }
}
