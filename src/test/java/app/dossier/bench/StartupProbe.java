package app.dossier.bench;

import app.dossier.app.Main;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A child JVM for the start-up benchmark: opens Dossier's real window on a data folder
 * ({@code window DIR}) or a bare JavaFX window with an empty TableView ({@code bare}), and prints
 * {@code SHOWN <heap peak bytes>} as soon as a window is showing and has been laid out once, then exits.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("window")) {
            Main.main(new String[] {"--data", args[1]});
        } else {
            Platform.startup(() -> {
                TableView<String> table = new TableView<>();
                table.getColumns().add(new TableColumn<>("Order"));
                table.getColumns().add(new TableColumn<>("Factory"));
                Stage stage = new Stage();
                stage.setScene(new Scene(new BorderPane(table), 1280, 800));
                stage.show();
            });
        }
        AtomicBoolean hooked = new AtomicBoolean();
        while (true) {
            Platform.runLater(() -> {
                for (Window window : Window.getWindows()) {
                    if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() != null
                            && !hooked.getAndSet(true)) {
                        Scene scene = window.getScene();
                        scene.addPostLayoutPulseListener(() -> {
                            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                                    .filter(p -> p.getType() == MemoryType.HEAP)
                                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                            System.out.println("SHOWN " + peak);
                            System.out.flush();
                            Runtime.getRuntime().halt(0);
                        });
                        scene.getRoot().requestLayout();
                        Platform.requestNextPulse();
                    }
                }
            });
            Thread.sleep(5);
        }
    }
}
