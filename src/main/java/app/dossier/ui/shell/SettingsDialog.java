package app.dossier.ui.shell;

import app.dossier.service.ChatZones;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.ZoneChoice;
import java.util.Locale;
import java.util.Optional;
import app.dossier.ui.common.FieldBox;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Settings: the window's language, how often to be reminded to export chats, your name on this
 * computer (the history records each change under it), your business (said on
 * the dispute packet's first page), and where the records are kept.
 */
final class SettingsDialog {
    private final UiContext context;
    private final Runnable moveRecords;
    private final Runnable useServer;

    /**
     * @param moveRecords moves the records to a server, or back to this PC, once the dialog has closed
     * @param useServer   makes this PC use the records on a server (the team's), once the dialog has closed
     */
    SettingsDialog(UiContext context, Runnable moveRecords, Runnable useServer) {
        this.context = context;
        this.moveRecords = moveRecords;
        this.useServer = useServer;
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
        daysBox.getChildren().add(hint("settings.chatDays.hint"));

        ZoneChoice chatZone = new ZoneChoice(context, context.services().chats().computerZone(),
                ChatZones.remembered(context.services().settings()).orElse(null));
        Label zoneProblem = new Label();
        zoneProblem.getStyleClass().add("field-error");
        zoneProblem.managedProperty().bind(zoneProblem.textProperty().isNotEmpty());
        VBox zoneBox = new VBox(4, new Label(context.t("chat.zone.setting")), chatZone.node(), zoneProblem,
                hint("chat.zone.setting.hint"));
        zoneBox.setId("chat-zone-setting");

        WorkstationName who = new WorkstationName(context.services().history().workstation());
        who.load();
        TextField whoField = new TextField();
        whoField.setId("workstation-name");
        whoField.textProperty().bindBidirectional(who.nameProperty());
        whoField.promptTextProperty().bind(who.promptProperty());
        app.dossier.domain.Person person = context.services().person();
        // signed in to a server, the history records the person's own login, not a name set here
        whoField.setDisable(context.services().readOnly() || person.signedIn());
        VBox whoBox = new VBox(4, new Label(context.t("settings.workstation")), whoField,
                hint(person.signedIn() ? "settings.workstation.signedIn" : "settings.workstation.hint"));

        BusinessProfileForm profile = new BusinessProfileForm(context);
        profile.load();

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        HBox languageRow = new HBox(12, new Label(context.t("settings.language")), language);
        languageRow.setAlignment(Pos.CENTER_LEFT);
        VBox window = new VBox(16, languageRow, daysBox, zoneBox, whoBox);
        GridPane.setValignment(window, VPos.TOP);
        grid.add(window, 0, 0, 2, 1);
        // Your business stands beside the window's own settings, so the dialog fits a 1280×720 screen
        // even with a refusal under every field.
        Separator between = new Separator(Orientation.VERTICAL);
        GridPane.setMargin(between, new Insets(0, 8, 0, 8));
        grid.add(between, 2, 0);
        Node business = BusinessProfilePart.of(context, profile);
        GridPane.setValignment(business, VPos.TOP);
        grid.add(business, 3, 0);
        grid.add(new Separator(), 0, 1, 4, 1);
        // the folders and the records' place take the width of both columns: a path is long
        grid.add(name("settings.dataFolder"), 0, 2);
        grid.add(new Label(context.services().location().dataFolder().toString()), 1, 2, 3, 1);
        grid.add(name("settings.caseFiles"), 0, 3);
        grid.add(new Label(context.services().location().caseFilesRoot().toString()), 1, 3, 3, 1);
        grid.add(name("settings.records"), 0, 4);
        grid.add(records(dialog), 1, 4, 3, 1);
        dialog.getDialogPane().setContent(grid);
        // Wider than the theme's 600 px for dialogs, for the two columns side by side; the theme's rule
        // wins over a value set in code, so the style says it.
        dialog.getDialogPane().setStyle("-fx-max-width: 1200px;");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // A refused interval or profile keeps the dialog open with the reason under the field; both are
        // tried, so every refusal shows at once.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            boolean reminderSaved = reminder.save();
            boolean profileSaved = profile.save();
            zoneProblem.setText(chatZone.problem());
            boolean zoneSaved = zoneProblem.getText().isEmpty() && saveZone(chatZone);
            if (!context.services().readOnly() && !person.signedIn()) {
                who.save();
            }
            if (!reminderSaved || !profileSaved || !zoneSaved) {
                e.consume();
                // the reasons just shown under the fields need room; a dialog does not grow by itself
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? language.getValue() : null);
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        return dialog.showAndWait().filter(chosen -> !chosen.equals(context.texts().locale()));
    }

    /**
     * Where the records are (this PC's dossier.db, or a server), with the button that moves them to the
     * other: shown to whoever may change the records, the Settings closed first (the window reopens on
     * the records moved).
     */
    private Node records(Dialog<Locale> dialog) {
        app.dossier.service.DataLocation location = context.services().location();
        Label where = new Label(location.onPostgres() ? context.t("settings.records.server", location.records())
                : context.t("settings.records.pc", location.records()));
        where.setId("records-place");
        javafx.scene.control.Button move = new javafx.scene.control.Button(
                context.t(location.onPostgres() ? "settings.records.toPc" : "settings.records.toServer"));
        move.setId("move-records");
        move.setOnAction(e -> closeAnd(dialog, moveRecords));
        move.setDisable(context.services().readOnly());
        context.onlyWhoMay(app.dossier.domain.Action.RECORDS, move);
        // why one would: said on the button, so the dialog still fits a laptop's 720 pixels
        move.setTooltip(new javafx.scene.control.Tooltip(context.t("settings.records.hint")));
        // a PC of the team: the records are on the server already
        javafx.scene.control.Button use = new javafx.scene.control.Button(context.t("settings.records.useServer"));
        use.setId("use-server");
        use.setOnAction(e -> closeAnd(dialog, useServer));
        use.setTooltip(new javafx.scene.control.Tooltip(context.t("settings.records.hint")));
        HBox row = new HBox(8, where, move, use);
        row.getChildren().forEach(child -> ((javafx.scene.layout.Region) child)
                .setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(move, new Insets(0, 0, 0, 4));
        return row;
    }

    /** The name of a row, never cut short. */
    private Label name(String key) {
        Label name = new Label(context.t(key));
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return name;
    }

    private static void closeAnd(Dialog<Locale> dialog, Runnable then) {
        dialog.setResult(null);
        dialog.close();
        then.run();
    }

    /** Keeps the zone chosen for chats' times when it changed; false, said, when it cannot be kept. */
    private boolean saveZone(ZoneChoice chatZone) {
        java.time.ZoneId chosen = chatZone.chosen().orElseThrow();
        java.util.Optional<java.time.ZoneId> remembered = ChatZones.remembered(context.services().settings());
        // the computer's zone shown until one is chosen is not an answer: the first import still asks
        boolean unchanged = remembered.map(chosen::equals)
                .orElse(chosen.equals(context.services().chats().computerZone().normalized()));
        if (unchanged || context.services().readOnly()) {
            return true;
        }
        try {
            ChatZones.remember(context.services().settings(), chosen);
            return true;
        } catch (app.dossier.domain.DossierException e) {
            context.navigator().warn(app.dossier.ui.common.ErrorText.of(e, context.texts()));
            return false;
        }
    }

    /** A line under a setting that says why it matters, wrapped to the column's width. */
    private Label hint(String key) {
        Label hint = new Label(context.t(key));
        hint.getStyleClass().add("subtle");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setPrefWidth(420);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return hint;
    }
}
