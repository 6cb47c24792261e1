package app.dossier.ui;

import app.dossier.service.Workspace;
import app.dossier.ui.common.CurrentThreadTaskRunner;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a view model is built with in a plain JUnit test: a real data folder, English words (or another
 * language's), work
 * run at once, and a navigator and desktop that remember what they were asked.
 */
public final class ModelContext implements AutoCloseable {
    private final Workspace workspace;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final FakeDesktop desktop = new FakeDesktop();
    private final UiContext context;

    public ModelContext(Path folder, boolean withSample) {
        this(folder, withSample, Locale.ENGLISH);
    }

    /** The same, with the window's words in {@code language}. */
    public ModelContext(Path folder, boolean withSample, Locale language) {
        workspace = withSample ? Workspace.withSample(folder) : new Workspace(folder);
        context = new UiContext(workspace.services(), new Texts(language), new CurrentThreadTaskRunner(),
                navigator, () -> null, desktop);
    }

    /** A context over {@link SmallBusiness}, the data set built for view models. */
    public static ModelContext ofSmallBusiness(Path folder) {
        ModelContext small = new ModelContext(folder, false);
        try {
            SmallBusiness.build(small.workspace.services(), small.workspace.outside().resolve("phone"));
        } catch (java.io.IOException e) {
            small.close();
            throw new java.io.UncheckedIOException(e);
        }
        return small;
    }

    public UiContext context() {
        return context;
    }

    public Workspace workspace() {
        return workspace;
    }

    public RecordingNavigator navigator() {
        return navigator;
    }

    public FakeDesktop desktop() {
        return desktop;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
