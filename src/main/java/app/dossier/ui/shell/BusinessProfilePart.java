package app.dossier.ui.shell;

import app.dossier.domain.Field;
import app.dossier.ui.common.FieldBox;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Your business" section of Settings: the five fields of the business profile, each with its problem under it. */
final class BusinessProfilePart {
    private static final double WIDTH = 330;

    private BusinessProfilePart() {
    }

    static Node of(UiContext context, BusinessProfileForm form) {
        Label title = new Label(context.t("profile.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = wrapped(context.t(context.services().readOnly() ? "profile.readOnly"
                : form.readOnly() ? "profile.deskOnly" : "profile.hint"));
        hint.getStyleClass().add("subtle");

        VBox fields = new VBox(8);
        fields.setId("business-profile");
        fields.setPrefWidth(WIDTH);
        // No examples in the fields: grey sample text there reads as a profile already set.
        String[][] shown = {{"profile-name", "profile.name"}, {"profile-company", "profile.company"},
            {"profile-contact", "profile.contact"}, {"profile-member", "profile.member"},
            {"profile-wechat", "profile.wechat"}};
        for (int i = 0; i < BusinessProfileForm.FIELDS.size(); i++) {
            Field field = BusinessProfileForm.FIELDS.get(i);
            TextField input = FieldBox.bound(form.text(field), shown[i][0], "");
            input.setDisable(form.readOnly());
            fields.getChildren().add(FieldBox.of(context.t(shown[i][1]), input, form.error(field)));
        }

        Label failure = wrapped("");
        failure.setId("profile-error");
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(form.failureProperty());
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        VBox section = new VBox(6, title, hint, fields, failure);
        section.setId("business-profile-section");
        return section;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        label.setPrefWidth(WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
