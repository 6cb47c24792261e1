package app.dossier.ui.shell;

import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Settings: the window's language, and where the records are kept. */
final class SettingsDialog {
    private final UiContext context;

    SettingsDialog(UiContext context) {
        this.context = context;
    }

    /** Asks; returns the language chosen when it differs from the current one. */
    Optional<Locale> choose() {
        Dialog<Locale> dialog = new Dialog<>();
        dialog.setTitle(context.t("settings.title"));
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(Texts.LANGUAGES);
        language.setValue(context.texts().locale());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : "vi".equals(locale.getLanguage()) ? "Tiếng Việt" : "English";
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(context.t("settings.language")), language);
        grid.addRow(1, new Label(context.t("settings.dataFolder")),
                new Label(context.services().location().dataFolder().toString()));
        grid.addRow(2, new Label(context.t("settings.caseFiles")),
                new Label(context.services().location().caseFilesRoot().toString()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? language.getValue() : null);
        return dialog.showAndWait().filter(chosen -> !chosen.equals(context.texts().locale()));
    }
}
