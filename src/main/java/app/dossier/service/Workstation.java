package app.dossier.service;

import app.dossier.domain.Person;
import java.util.Optional;

/**
 * Who works at this computer, as the history names them: on PostgreSQL the person's own database
 * login; else the name set once in Settings, or until then the computer's own user name.
 */
public final class Workstation {
    static final String USER = "workstation.user";

    private final SettingsService settings;
    private final Person person;

    public Workstation(SettingsService settings) {
        this(settings, Person.AT_THIS_PC);
    }

    /** {@code person}: who signed in to the records (on SQLite nobody does). */
    public Workstation(SettingsService settings, Person person) {
        this.settings = settings;
        this.person = person;
    }

    /** Who signed in, with the role that says what they may change. */
    public Person person() {
        return person;
    }

    /** The name every change made here is recorded under: the login signed in, else this computer's name. */
    public String user() {
        if (person.signedIn()) {
            return person.login();
        }
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
