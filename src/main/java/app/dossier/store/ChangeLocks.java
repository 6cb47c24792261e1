package app.dossier.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * What a change holds on a server that several Dossiers write to at once, so that they take turns
 * where they would meet: the order (or factory, or business profile) a change touches is locked
 * until its transaction ends, so two people change two orders at the same time and one order one
 * after the other. Every change holds the whole record shared; a rebuild, a restore and the
 * recovery of a change cut off hold it alone. PostgreSQL's advisory locks (two keys: what, which),
 * released by the server when the transaction ends or its Dossier dies. On SQLite one Dossier
 * writes at a time (the data folder's lock), so there is nothing to take.
 */
public final class ChangeLocks {
    /** First key of every lock Dossier takes; the kinds follow. */
    static final int EVERYTHING = 0x0D05_5000;
    static final int ORDER = EVERYTHING + 1;
    static final int FACTORY = EVERYTHING + 2;
    static final int PROFILE = EVERYTHING + 3;
    /** Held by each open Dossier for as long as it runs, under its own random second key. */
    static final int WRITER = EVERYTHING + 4;

    private ChangeLocks() {
    }

    /** Waits for, then holds until the change ends, the order's lock (inside a change on a server). */
    public static void order(Session db, long orderId) {
        if (take(db, ORDER, orderId)) {
            db.touched(orderId);
        }
    }

    /** As {@link #order}, for a factory and its factory.json. */
    public static void factory(Session db, long factoryId) {
        take(db, FACTORY, factoryId);
    }

    /** As {@link #order}, for the business profile. */
    public static void profile(Session db) {
        take(db, PROFILE, 0);
    }

    /** Holds the whole record alone until the change ends (a rebuild's or a restore's). */
    static void everything(Session db) {
        if (db.inChangeOnServer()) {
            run(db, "SELECT pg_advisory_xact_lock(?, 0)", EVERYTHING);
        }
    }

    private static boolean take(Session db, int kind, long id) {
        if (!db.inChangeOnServer()) {
            return false;
        }
        run(db, "SELECT pg_advisory_xact_lock(?, ?)", kind, (int) id);
        return true;
    }

    static void run(Session db, String sql, int... keys) {
        Sql.run(db, c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < keys.length; i++) {
                    statement.setInt(i + 1, keys[i]);
                }
                try (ResultSet ignored = statement.executeQuery()) {
                    // the lock is held once the row comes back
                }
            }
        });
    }
}
