package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
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
 * synced folder) is remembered in {@code <data>/settings.properties}.
 */
public record DataLocation(Path dataFolder, Path caseFilesRoot) {
    public static final String DATABASE = "dossier.db";
    public static final String DEFAULT_CASE_FILES = "Case files";
    private static final String SETTINGS = "settings.properties";
    private static final String CASE_FILES_KEY = "caseFiles";

    public DataLocation {
        dataFolder = dataFolder.toAbsolutePath().normalize();
        caseFilesRoot = caseFilesRoot.toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return dataFolder.resolve(DATABASE);
    }

    public static Path defaultDataFolder() {
        return Path.of(System.getProperty("user.home"), "Dossier");
    }

    /**
     * The location for the given options, either of which may be null. A case-files root given
     * here is remembered for the data folder; one not given is the remembered one or the default.
     */
    public static DataLocation resolve(Path dataOption, Path caseFilesOption) {
        refuseEmpty(dataOption, caseFilesOption);
        Path data = (dataOption == null ? defaultDataFolder() : dataOption).toAbsolutePath().normalize();
        Path settingsFile = data.resolve(SETTINGS);
        Properties settings = load(settingsFile);
        if (caseFilesOption != null) {
            Path chosen = caseFilesOption.toAbsolutePath().normalize();
            if (!chosen.toString().equals(settings.getProperty(CASE_FILES_KEY))) {
                settings.setProperty(CASE_FILES_KEY, chosen.toString());
                save(settingsFile, settings);
            }
            return new DataLocation(data, chosen);
        }
        String remembered = settings.getProperty(CASE_FILES_KEY);
        return new DataLocation(data, remembered == null ? data.resolve(DEFAULT_CASE_FILES) : Path.of(remembered));
    }

    /**
     * As {@link #resolve}, but remembers nothing: for a process that may only read the data folder,
     * or that remembers the case-files root only once its work has succeeded.
     */
    public static DataLocation peek(Path dataOption, Path caseFilesOption) {
        refuseEmpty(dataOption, caseFilesOption);
        Path data = (dataOption == null ? defaultDataFolder() : dataOption).toAbsolutePath().normalize();
        if (caseFilesOption != null) {
            return new DataLocation(data, caseFilesOption);
        }
        String remembered = load(data.resolve(SETTINGS)).getProperty(CASE_FILES_KEY);
        return new DataLocation(data, remembered == null ? data.resolve(DEFAULT_CASE_FILES) : Path.of(remembered));
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
