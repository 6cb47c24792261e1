package app.dossier.domain;

import java.util.Optional;

/**
 * Which changes each role may make: the services refuse the others before they touch anything, and
 * the database's grants refuse them too (db/postgresql V2). The desk makes every change; the
 * warehouse records receiving and its photos; a viewer reads only.
 */
public final class RoleRules {
    private RoleRules() {
    }

    /** Whether {@code role} may make a change that does {@code action}. */
    public static boolean may(Role role, Action action) {
        return switch (role) {
            case DESK -> true;
            case WAREHOUSE -> action != Action.RECORDS;
            case VIEWER -> false;
        };
    }

    /** Why {@code login}, in {@code role}, may not make a change that does {@code action}; empty when it may. */
    public static Optional<Refusal.Wording> refusal(String login, Role role, Action action) {
        if (may(role, action)) {
            return Optional.empty();
        }
        return Optional.of((role == Role.WAREHOUSE ? Refusal.LOGIN_RECEIVING_ONLY : Refusal.LOGIN_READS_ONLY)
                .with(login));
    }
}
