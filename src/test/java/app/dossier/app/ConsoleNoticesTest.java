package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Starting the window prints nothing a user cannot act on, and still prints JavaFX's real warnings. */
class ConsoleNoticesTest {
    @Test
    void theClassPathNoticeIsDroppedAndOtherWarningsAreKept() {
        Desktop.quietClassPathNotice();
        Logger javafx = Logger.getLogger("javafx");

        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'"))).isFalse();
        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Could not find stylesheet: dossier.css"))).isTrue();
        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.SEVERE, null))).isTrue();
    }
}
