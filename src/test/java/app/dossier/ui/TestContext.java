package app.dossier.ui;

import app.dossier.service.Services;
import app.dossier.ui.common.CurrentThreadTaskRunner;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.util.Locale;

/** What a view model is built with in a plain JUnit test: real services, work run at once, a recording navigator and desktop. */
public final class TestContext {
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final FakeDesktop desktop = new FakeDesktop();
    public final UiContext context;

    public TestContext(Services services, Locale language) {
        context = new UiContext(services, new Texts(language), new CurrentThreadTaskRunner(), navigator, () -> null,
                desktop);
    }

    public TestContext(Services services) {
        this(services, Locale.ENGLISH);
    }
}
