package app.dossier.ui.shell;

import app.dossier.service.SearchHit;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.TaskRunner;
import app.dossier.ui.common.Texts;
import java.util.HashMap;
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
    private static final String[] PLACE = {"window.x", "window.y", "window.width", "window.height"};
    private static final String MAXIMIZED = "window.maximized";

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

    /** Where the window was last: x, y, width, height; empty when never saved or unreadable. */
    public Optional<double[]> windowPlace() {
        double[] place = new double[PLACE.length];
        for (int i = 0; i < PLACE.length; i++) {
            Optional<String> value = services.settings().get(PLACE[i]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                place[i] = Double.parseDouble(value.get());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return place[2] < 400 || place[3] < 300 ? Optional.empty() : Optional.of(place);
    }

    public boolean wasMaximized() {
        return services.settings().get(MAXIMIZED).map(Boolean::parseBoolean).orElse(false);
    }

    public void rememberWindow(double x, double y, double width, double height, boolean maximized) {
        Map<String, String> values = new HashMap<>();
        double[] place = {x, y, width, height};
        for (int i = 0; i < PLACE.length; i++) {
            values.put(PLACE[i], Long.toString(Math.round(place[i])));
        }
        values.put(MAXIMIZED, Boolean.toString(maximized));
        services.settings().put(values);
    }

    /** What the status line says when nothing is running. */
    public void showCounts(Texts texts) {
        BackgroundTask.wrap("", progress -> List.of(services.factories().list().size(),
                        services.orders().list(null).size()))
                .onSuccess(counts -> status.set(texts.get("status.ready", counts.get(0), counts.get(1))))
                .executeWith(runner);
    }
}
