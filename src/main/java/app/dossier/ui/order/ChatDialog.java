package app.dossier.ui.order;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Text;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Asks who is who in a chat being brought in (the importer's name puts their messages on the
 * right), and for "Paste a chat…" the text copied in WeChat, offered from the clipboard, whose
 * messages are then checked in {@link ChatPreviewDialog} before anything is imported.
 */
final class ChatDialog {
    /** What the user confirmed: the pasted text (empty for files) and the names. */
    record Request(String text, ChatParties parties) {
    }

    private ChatDialog() {
    }

    static Optional<Request> forFiles(UiContext context, List<Path> files, ChatParties suggested) {
        Label names = new Label(files.stream().map(Path::getFileName).map(String::valueOf)
                .collect(Collectors.joining("\n")));
        names.setId("chat-files");
        names.setWrapText(true);
        names.getStyleClass().add(Styles.TEXT_BOLD);
        return ask(context, context.t("order.chat.import.title"), names, null, suggested, "order.chat.bring");
    }

    static Optional<Request> forPaste(UiContext context, String clipboard, ChatParties suggested) {
        Label how = new Label(context.t("order.chat.paste.how"));
        how.setWrapText(true);
        TextArea text = new TextArea(clipboard);
        text.setId("chat-paste-text");
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setPrefColumnCount(60);
        text.setPromptText(context.t("order.chat.paste.prompt"));
        VBox.setVgrow(text, Priority.ALWAYS);
        return ask(context, context.t("order.chat.paste.title"), new VBox(8, how, text), text, suggested,
                "order.chat.paste.next");
    }

    private static Optional<Request> ask(UiContext context, String title, Node source, TextArea pasted,
            ChatParties suggested, String okWord) {
        TextField me = new TextField(orEmpty(suggested.me()));
        me.setId("chat-me");
        me.setPromptText(context.t("order.chat.me.prompt"));
        TextField them = new TextField(orEmpty(suggested.them()));
        them.setId("chat-them");
        them.setPromptText(context.t("order.chat.them.prompt"));
        GridPane names = new GridPane();
        names.setHgap(10);
        names.setVgap(8);
        names.addRow(0, new Label(context.t("order.chat.me")), me);
        names.addRow(1, new Label(context.t("order.chat.them")), them);
        GridPane.setHgrow(me, Priority.ALWAYS);
        GridPane.setHgrow(them, Priority.ALWAYS);
        Label hint = new Label(context.t("order.chat.names.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("subtle");
        VBox content = new VBox(12, source, names, hint);
        content.setPrefWidth(pasted == null ? 480 : 640);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (context.window().get() != null && context.window().get().isShowing()) {
            dialog.initOwner(context.window().get());
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        ButtonType bring = new ButtonType(context.t(okWord), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(bring, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(bring);
        ok.setId("chat-dialog-ok");
        if (pasted != null) {
            ok.disableProperty().bind(pasted.textProperty().isEmpty());
            pasted.requestFocus();
        } else {
            me.requestFocus();
        }
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        return dialog.showAndWait().filter(answer -> answer == bring)
                .map(answer -> new Request(pasted == null ? "" : pasted.getText(),
                        new ChatParties(Text.clean(me.getText()), Text.clean(them.getText()))));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
