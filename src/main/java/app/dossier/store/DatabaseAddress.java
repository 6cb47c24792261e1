package app.dossier.store;

import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Refusal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a PostgreSQL database is, as typed after {@code --database}:
 * {@code postgresql://user:password@host:port/database}. The port is 5432 when left out; a
 * password left out is looked up the way PostgreSQL's own tools do (the {@code PGPASSWORD} variable
 * or the {@code .pgpass} file). {@link #toString()} says it without the password, as the data
 * folder remembers it.
 */
public record DatabaseAddress(String host, int port, String database, String user, String password) {
    public static final int DEFAULT_PORT = 5432;

    public static DatabaseAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw invalid(text);
        }
        if (!("postgresql".equals(uri.getScheme()) || "postgres".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawPath() == null || uri.getRawPath().length() < 2 || uri.getRawPath().indexOf('/', 1) >= 0) {
            throw invalid(text);
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length == 2 ? decode(parts[1]) : null;
        }
        return new DatabaseAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(uri.getRawPath().substring(1)), user, password);
    }

    private static InvalidInputException invalid(String text) {
        return new InvalidInputException(Refusal.DATABASE_ADDRESS_INVALID.with(text));
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The same server and login, another database on it. */
    public DatabaseAddress withDatabase(String name) {
        return new DatabaseAddress(host, port, name, user, password);
    }

    /** The same, the password given once: the data folder remembers the rest. */
    public DatabaseAddress withPassword(String given) {
        return new DatabaseAddress(host, port, database, user, given);
    }

    /** The same server and database, signed in as {@code login} with {@code given} (null: from pgpass). */
    public DatabaseAddress signedInAs(String login, String given) {
        return new DatabaseAddress(host, port, database, login, given);
    }

    /** The address for PostgreSQL's JDBC driver; the login and password are given beside it. */
    public String jdbcUrl() {
        String server = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + server + ":" + port + "/" + database + "?ApplicationName=Dossier";
    }

    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + "@") + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + port + "/" + database;
    }
}
