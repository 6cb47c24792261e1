package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.files.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The window's own settings (language, size and place, last view), kept in {@code ui.properties}
 * in the data folder. A setting that cannot be read is simply not there; nothing else depends on it.
 */
public final class SettingsService {
    private final Path file;
    private final boolean kept;
    private final Properties values = new Properties();

    public SettingsService(Path file) {
        this(file, true);
    }

    /**
     * @param kept whether changes are written to {@code file}; not for a data folder opened for
     *     reading only, whose settings are read from it and changed for this session only
     */
    public SettingsService(Path file, boolean kept) {
        this.file = file;
        this.kept = kept;
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    /** Saves the given settings (a null value removes one). */
    public synchronized void put(Map<String, String> changes) {
        changes.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.setProperty(key, value);
            }
        });
        if (!kept) {
            return;
        }
        try {
            StringWriter text = new StringWriter();
            values.store(text, "Dossier window settings");
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DossierException(Refusal.WINDOW_SETTINGS_NOT_SAVED.with(file, e.getMessage()), e);
        }
    }

    public void put(String key, String value) {
        java.util.HashMap<String, String> one = new java.util.HashMap<>();
        one.put(key, value);
        put(one);
    }
}
