package app.dossier.store;

import app.dossier.domain.Person;
import app.dossier.domain.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The people who sign in to a PostgreSQL database: a login each, a member of one of the group roles
 * whose rights db/postgresql V2 grants. A login may be made from here when the one signed in may make
 * roles (CREATEROLE); else {@link #setupSql} is what the server's administrator runs.
 */
public final class Logins {
    /** Whether the login signed in may make logins and give them a role. */
    public boolean mayMakeLogins(Session session) {
        return Sql.call(session, c -> {
            try (var statement = c.createStatement();
                    var rows = statement.executeQuery(
                            "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }

    /**
     * Makes the group roles that are missing and grants them their rights here, then the login
     * {@code name} in {@code role} (with {@code password}, or none to be set with psql's
     * {@code \password}). In {@code tx}: all or nothing.
     */
    public void add(Session session, String name, Role role, String password) {
        Sql.run(session, c -> {
            try (var statement = c.createStatement()) {
                for (String line : groupsSql()) {
                    statement.execute(line);
                }
                statement.execute("SELECT dossier_grant_roles()");
                statement.execute("CREATE ROLE " + quoted(name) + " LOGIN"
                        + (password == null ? "" : " PASSWORD " + literal(password)) + " IN ROLE " + role.group());
            }
        });
    }

    /** Everyone with a login in one of the group roles, by name, with the role they have. */
    public List<Person> people(Session session) {
        return Sql.call(session, c -> {
            List<Person> out = new ArrayList<>();
            try (var statement = c.prepareStatement("SELECT u.rolname::text, g.rolname::text FROM pg_roles u"
                    + " JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid"
                    + " WHERE u.rolcanlogin AND g.rolname IN (?, ?, ?) ORDER BY u.rolname COLLATE \"C\", g.rolname")) {
                for (int i = 0; i < Role.values().length; i++) {
                    statement.setString(i + 1, Role.values()[i].group());
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String group = rows.getString(2);
                        for (Role role : Role.values()) {
                            if (role.group().equals(group)) {
                                out.add(new Person(rows.getString(1), role));
                            }
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * What the server's administrator runs (as {@code postgres}, in psql connected to
     * {@code database}) to make the group roles, grant them their rights there and add the login
     * {@code name} in {@code role}; psql then asks for its password.
     */
    public static String setupSql(String database, String name, Role role) {
        StringBuilder sql = new StringBuilder();
        sql.append("\\connect ").append(quoted(database)).append('\n');
        groupsSql().forEach(line -> sql.append(line).append(";\n"));
        sql.append("SELECT dossier_grant_roles();\n");
        if (name != null) {
            sql.append("CREATE ROLE ").append(quoted(name)).append(" LOGIN IN ROLE ").append(role.group()).append(";\n");
            sql.append("\\password ").append(quoted(name)).append('\n');
        }
        return sql.toString();
    }

    private static List<String> groupsSql() {
        List<String> out = new ArrayList<>();
        for (Role role : Role.values()) {
            out.add("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role.group()
                    + "') THEN CREATE ROLE " + role.group() + " NOLOGIN; END IF; END $$");
        }
        return out;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
