package app.dossier.service;

import java.util.Optional;

/**
 * Who works at this computer, as the history names them: the name set once in Settings, or until
 * then the computer's own user name.
 */
public final class Workstation {
    static final String USER = "workstation.user";

    private final SettingsService settings;

    public Workstation(SettingsService settings) {
        this.settings = settings;
    }

    /** The name every change made here is recorded under. */
    public String user() {
        return named().orElseGet(() -> {
            String account = System.getProperty("user.name", "");
            return account.isBlank() ? "?" : account;
        });
    }

    /** The name set in Settings; empty until one is. */
    public Optional<String> named() {
        return settings.get(USER).map(String::strip).filter(name -> !name.isEmpty());
    }

    /** Sets the name (blank: back to the computer's user name). */
    public void name(String name) {
        settings.put(USER, name == null || name.isBlank() ? null : name.strip());
    }
}
