package app.dossier.ui.shell;

import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.util.Locale;
import java.util.Optional;
import app.dossier.ui.common.FieldBox;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Settings: the window's language, how often to be reminded to export chats, and where the records are kept. */
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
        ChatReminderSetting reminder = new ChatReminderSetting(context);
        reminder.load();
        TextField days = FieldBox.bound(reminder.days(), "chat-days", "14");
        days.setPrefColumnCount(4);
        HBox daysRow = new HBox(8, days, new Label(context.t("settings.chatDays.unit")));
        daysRow.setAlignment(Pos.CENTER_LEFT);
        daysRow.setId("chat-days-row");
        VBox daysBox = FieldBox.of(context.t("settings.chatDays"), daysRow, reminder.days().errorProperty());
        Label daysHint = new Label(context.t("settings.chatDays.hint"));
        daysHint.getStyleClass().add("subtle");
        daysHint.setWrapText(true);
        daysHint.setMaxWidth(420);
        daysHint.setPrefWidth(420);
        daysHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        daysBox.getChildren().add(daysHint);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(context.t("settings.language")), language);
        grid.add(daysBox, 0, 1, 2, 1);
        grid.addRow(2, new Label(context.t("settings.dataFolder")),
                new Label(context.services().location().dataFolder().toString()));
        grid.addRow(3, new Label(context.t("settings.caseFiles")),
                new Label(context.services().location().caseFilesRoot().toString()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // A refused interval keeps the dialog open with the reason under the field.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!reminder.save()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? language.getValue() : null);
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        return dialog.showAndWait().filter(chosen -> !chosen.equals(context.texts().locale()));
    }
}
