package app.dossier.ui.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Workspace;
import app.dossier.ui.FakeDesktop;
import app.dossier.ui.RecordingNavigator;
import app.dossier.ui.common.CurrentThreadTaskRunner;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning the phone's page on where it cannot be: the reason in words, the page left off. */
class PhonePageModelTest {
    @TempDir
    Path temp;
    private Workspace workspace;

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFolderOpenForReadingOnlySaysSoAndThePageStaysOff() {
        workspace = new Workspace(temp);
        workspace.reopenReadOnly(path -> false);
        AtomicInteger tries = new AtomicInteger();
        PhonePageModel model = new PhonePageModel(context(new Locale("vi")), Workspace.CLOCK, record -> { },
                page -> {
                    tries.incrementAndGet();
                    return "http://127.0.0.1:1/r/x/";
                });

        model.turnOn();

        assertThat(model.problemProperty().get())
                .isEqualTo("Thư mục dữ liệu chỉ mở để đọc, nên điện thoại không lưu vào đó được.");
        assertThat(model.onProperty().get()).isFalse();
        assertThat(model.qrProperty().get()).isNull();
        assertThat(tries).as("nothing listens on the network").hasValue(0);
    }

    @Test
    void aPortTheComputerRefusesIsSaidInWordsNotAsAStackTrace() {
        workspace = new Workspace(temp);
        PhonePageModel model = new PhonePageModel(context(Locale.ENGLISH), Workspace.CLOCK, record -> { },
                page -> {
                    throw new UncheckedIOException(new BindException("Permission denied"));
                });

        model.turnOn();

        assertThat(model.problemProperty().get()).isEqualTo("This computer did not let Dossier open the page for the "
                + "phone (Permission denied). A firewall or another program may be holding the port.");
        assertThat(model.onProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).as("it can be tried again").isFalse();
        assertThat(model.addressProperty().get()).isEmpty();
    }

    private UiContext context(Locale language) {
        return new UiContext(workspace.services(), new Texts(language), new CurrentThreadTaskRunner(),
                new RecordingNavigator(), () -> null, new FakeDesktop());
    }
}
