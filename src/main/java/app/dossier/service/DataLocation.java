package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.store.DatabaseAddress;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a user's records live: the data folder (holding {@code dossier.db}) and the case-files
 * root, by default {@code <data>/Case files}. A case-files root chosen once (for example in a
 * synced folder) is remembered in {@code <data>/settings.properties}. So is a PostgreSQL database
 * chosen for the records instead of {@code dossier.db} ({@code database}, null for SQLite), without
 * its password; the data folder then still holds the lock, the settings and the journal of changes.
 */
public record DataLocation(Path dataFolder, Path caseFilesRoot, DatabaseAddress database) {
    public static final String DATABASE = "dossier.db";
    public static final String DEFAULT_CASE_FILES = "Case files";
    /** The team's own folder in a case-files root shared by several PCs (see {@link #sharedFolder()}). */
    public static final String TEAM_FOLDER = ".dossier";
    /** Given after {@code --database}: the records go back to the data folder's own {@code dossier.db}. */
    public static final String SQLITE = "sqlite";
    private static final String SETTINGS = "settings.properties";
    private static final String CASE_FILES_KEY = "caseFiles";
    private static final String DATABASE_KEY = "database";

    public DataLocation {
        dataFolder = dataFolder.toAbsolutePath().normalize();
        caseFilesRoot = caseFilesRoot.toAbsolutePath().normalize();
    }

    /** Records in the data folder's own SQLite file. */
    public DataLocation(Path dataFolder, Path caseFilesRoot) {
        this(dataFolder, caseFilesRoot, null);
    }

    /** The same folders, the records in {@code address} (null: in {@code dossier.db}). */
    public DataLocation withDatabase(DatabaseAddress address) {
        return new DataLocation(dataFolder, caseFilesRoot, address);
    }

    /**
     * The same folders, the records on the server at {@code address} as typed
     * ({@code postgresql://chu@192.168.1.20/dossier}); refused, with the reason, when it is not one.
     */
    public DataLocation onServer(String address) {
        return withDatabase(DatabaseAddress.parse(address));
    }

    /** The same, signed in to the server as {@code login} with {@code password} (kept in memory only). */
    public DataLocation signedInAs(String login, String password) {
        return withDatabase(database.signedInAs(login, password));
    }

    /** The login the address names (null: none, or the records are in {@code dossier.db}). */
    public String login() {
        return database == null ? null : database.user();
    }

    /** Where the records are, as a person reads it: the server, its port and the database, no login. */
    public String server() {
        return database == null ? databaseFile().toString()
                : database.host() + ":" + database.port() + "/" + database.database();
    }

    /** Whether the records are on a PostgreSQL server rather than in {@code dossier.db}. */
    public boolean onPostgres() {
        return database != null;
    }

    /** Where the records are, as a person is told: the server's address without its password, or dossier.db's path. */
    public String records() {
        return onPostgres() ? database.toString() : databaseFile().toString();
    }

    public Path databaseFile() {
        return dataFolder.resolve(DATABASE);
    }

    /**
     * Where every Dossier writing to these case files keeps what they share beside the records: on a
     * server, {@code .dossier} in the case-files root (which verify, backups and rebuild pass over);
     * on one PC, the data folder.
     */
    public Path sharedFolder() {
        return onPostgres() ? caseFilesRoot.resolve(TEAM_FOLDER) : dataFolder;
    }

    /** The notes of changes under way, which the recovery reads after a crash (see {@link #sharedFolder()}). */
    public Path pendingChanges() {
        return sharedFolder().resolve("pending");
    }

    /** The trash (see {@link #sharedFolder()}): on a server, a file removed on one PC can be put back on another. */
    public Path trashFolder() {
        return sharedFolder().resolve(TrashService.FOLDER);
    }

    public static Path defaultDataFolder() {
        return Path.of(System.getProperty("user.home"), "Dossier");
    }

    /**
     * The location for the given options, either of which may be null. A case-files root given
     * here is remembered for the data folder; one not given is the remembered one or the default.
     */
    public static DataLocation resolve(Path dataOption, Path caseFilesOption) {
        return resolve(dataOption, caseFilesOption, null);
    }

    /**
     * As {@link #resolve(Path, Path)}, with the {@code --database} option, which may be null: a
     * PostgreSQL address, remembered for the data folder without its password, or {@link #SQLITE},
     * which forgets one. Not given: the remembered one, or the data folder's {@code dossier.db}.
     */
    public static DataLocation resolve(Path dataOption, Path caseFilesOption, String databaseOption) {
        refuseEmpty(dataOption, caseFilesOption);
        DatabaseAddress given = address(databaseOption);
        Path data = (dataOption == null ? defaultDataFolder() : dataOption).toAbsolutePath().normalize();
        Path settingsFile = data.resolve(SETTINGS);
        Properties settings = load(settingsFile);
        boolean changed = false;
        Path caseFiles;
        if (caseFilesOption != null) {
            caseFiles = caseFilesOption.toAbsolutePath().normalize();
            changed = !caseFiles.toString().equals(settings.setProperty(CASE_FILES_KEY, caseFiles.toString()));
        } else {
            String remembered = settings.getProperty(CASE_FILES_KEY);
            caseFiles = remembered == null ? data.resolve(DEFAULT_CASE_FILES) : Path.of(remembered);
        }
        if (databaseOption != null) {
            Object before = given == null ? settings.remove(DATABASE_KEY) : settings.setProperty(DATABASE_KEY, given.toString());
            changed |= !String.valueOf(given).equals(String.valueOf(before));
        }
        if (changed) {
            save(settingsFile, settings);
        }
        return new DataLocation(data, caseFiles, databaseOption != null ? given : remembered(settings));
    }

    /**
     * As {@link #resolve}, but remembers nothing: for a process that may only read the data folder,
     * or that remembers the case-files root only once its work has succeeded.
     */
    public static DataLocation peek(Path dataOption, Path caseFilesOption) {
        return peek(dataOption, caseFilesOption, null);
    }

    /** As {@link #peek(Path, Path)}, with the {@code --database} option (see {@link #resolve(Path, Path, String)}). */
    public static DataLocation peek(Path dataOption, Path caseFilesOption, String databaseOption) {
        refuseEmpty(dataOption, caseFilesOption);
        DatabaseAddress given = address(databaseOption);
        Path data = (dataOption == null ? defaultDataFolder() : dataOption).toAbsolutePath().normalize();
        Properties settings = load(data.resolve(SETTINGS));
        DatabaseAddress database = databaseOption != null ? given : remembered(settings);
        if (caseFilesOption != null) {
            return new DataLocation(data, caseFilesOption, database);
        }
        String remembered = settings.getProperty(CASE_FILES_KEY);
        return new DataLocation(data, remembered == null ? data.resolve(DEFAULT_CASE_FILES) : Path.of(remembered),
                database);
    }

    /** The address given after {@code --database}; null for none or {@link #SQLITE}. */
    private static DatabaseAddress address(String databaseOption) {
        return databaseOption == null || databaseOption.strip().equalsIgnoreCase(SQLITE) ? null
                : DatabaseAddress.parse(databaseOption);
    }

    private static DatabaseAddress remembered(Properties settings) {
        String remembered = settings.getProperty(DATABASE_KEY);
        return remembered == null ? null : DatabaseAddress.parse(remembered);
    }

    /**
     * An empty name is refused rather than read as the current folder, which would otherwise become
     * a data folder (a database, a lock and a case-files folder wherever the command was run).
     */
    private static void refuseEmpty(Path dataOption, Path caseFilesOption) {
        if (dataOption != null && dataOption.toString().isBlank()) {
            throw new app.dossier.domain.InvalidInputException(
                    Refusal.DATA_FOLDER_NAME_EMPTY.with(defaultDataFolder()));
        }
        if (caseFilesOption != null && caseFilesOption.toString().isBlank()) {
            throw new app.dossier.domain.InvalidInputException(
                    Refusal.CASE_FILES_FOLDER_NAME_EMPTY.with(DEFAULT_CASE_FILES));
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new DossierException(Refusal.SETTINGS_UNREADABLE.with(file, e.getMessage()), e);
            }
        }
        return properties;
    }

    private static void save(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Dossier settings for this data folder");
            }
        } catch (IOException e) {
            throw new DossierException(Refusal.SETTINGS_NOT_SAVED.with(file, e.getMessage()), e);
        }
    }
}
