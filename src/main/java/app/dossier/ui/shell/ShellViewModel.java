package app.dossier.ui.shell;

import app.dossier.service.SearchHit;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.TaskRunner;
import app.dossier.ui.common.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shell's state: which section is shown, what the search box found, the status line, and the
 * window's remembered place and language.
 */
public final class ShellViewModel {
    static final String SECTION = "window.section";
    static final String LANGUAGE = "window.language";
    /** Followed by the screen's size: the window's place on a screen of that size. */
    private static final String PLACE = "window.place.";
    private static final String SCREEN = "window.screen";

    private final Services services;
    private final TaskRunner runner;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.START);
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private long searchGeneration;

    public ShellViewModel(Services services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
        section.set(services.settings().get(SECTION).map(ShellViewModel::section).orElse(Section.START));
        section.addListener((o, was, now) -> services.settings().put(SECTION, now.name()));
    }

    private static Section section(String name) {
        try {
            return Section.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Section.START;
        }
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Looks the text up in the background; the newest search wins when several overlap. */
    public void search(String query) {
        long generation = ++searchGeneration;
        if (query == null || query.isBlank()) {
            results.clear();
            return;
        }
        BackgroundTask.wrap("", progress -> services.search().search(query))
                .onSuccess(hits -> {
                    if (generation == searchGeneration) {
                        results.setAll(hits);
                    }
                })
                .executeWith(runner);
    }

    /** The language chosen in settings, else the system's. */
    public Locale language() {
        return services.settings().get(LANGUAGE).map(Locale::forLanguageTag).map(Texts::supported)
                .orElse(Texts.supported(Locale.getDefault()));
    }

    public void chooseLanguage(Locale locale) {
        services.settings().put(LANGUAGE, Texts.supported(locale).toLanguageTag());
    }

    /**
     * Where the window was last on a screen of this size ({@link WindowFit.Screen#key()}); empty when
     * never saved there or unreadable.
     */
    public Optional<WindowFit.Place> windowPlace(String screen) {
        String[] parts = services.settings().get(PLACE + screen).orElse("").split(" ");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowFit.Area bounds = new WindowFit.Area(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            if (bounds.width() < 400 || bounds.height() < 300) {
                return Optional.empty();
            }
            return Optional.of(new WindowFit.Place(bounds, Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The screen the window was on when it was last closed; null before the first time. */
    public String lastScreen() {
        return services.settings().get(SCREEN).orElse(null);
    }

    /** Remembers the window's place on this screen, and this screen as the one it was last on. */
    public void rememberWindow(String screen, WindowFit.Place place) {
        WindowFit.Area b = place.bounds();
        services.settings().put(Map.of(SCREEN, screen, PLACE + screen, String.format(Locale.ROOT, "%d %d %d %d %b",
                Math.round(b.x()), Math.round(b.y()), Math.round(b.width()), Math.round(b.height()), place.maximized())));
    }

    /** What the status line says when nothing is running. */
    public void showCounts(Texts texts) {
        BackgroundTask.wrap("", progress -> List.of(services.factories().list().size(),
                        services.orders().list(null).size()))
                .onSuccess(counts -> status.set(texts.get("status.ready", counts.get(0), counts.get(1))))
                .executeWith(runner);
    }
}
