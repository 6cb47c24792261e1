package app.dossier.ui.shell;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.BusinessProfileRules;
import app.dossier.domain.DossierException;
import app.dossier.domain.Field;
import app.dossier.domain.FieldProblem;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Your business" in Settings: the business profile as typed. The domain's rule judges it and each
 * problem is shown under its field in the window's language; once saving was tried it is judged
 * again at every change. A refusal keeps every field as typed, so nothing is lost.
 */
public final class BusinessProfileForm {
    /** The fields in the order the dialog shows them. */
    public static final List<Field> FIELDS = List.of(Field.BUYER_NAME, Field.BUYER_COMPANY, Field.BUYER_CONTACT,
            Field.BUYER_MEMBER_NAME, Field.BUYER_WECHAT_ID);

    private final UiContext context;
    private final Map<Field, StringProperty> texts = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final StringProperty failure = new SimpleStringProperty(this, "failure", "");
    private BusinessProfile saved = BusinessProfile.empty();
    private boolean checked;

    public BusinessProfileForm(UiContext context) {
        this.context = context;
        for (Field field : FIELDS) {
            StringProperty text = new SimpleStringProperty(this, field.name(), "");
            text.addListener((o, was, now) -> {
                failure.set("");
                if (checked) {
                    judge();
                }
            });
            texts.put(field, text);
            errors.put(field, new SimpleStringProperty(this, field.name() + ".error", ""));
        }
    }

    /** Shows the profile as saved (empty fields when it was never set). */
    public void load() {
        saved = context.services().profile().profile();
        checked = false;
        texts.get(Field.BUYER_NAME).set(orEmpty(saved.name()));
        texts.get(Field.BUYER_COMPANY).set(orEmpty(saved.company()));
        texts.get(Field.BUYER_CONTACT).set(orEmpty(saved.contact()));
        texts.get(Field.BUYER_MEMBER_NAME).set(orEmpty(saved.memberName()));
        texts.get(Field.BUYER_WECHAT_ID).set(orEmpty(saved.wechatId()));
        errors.values().forEach(e -> e.set(""));
        failure.set("");
    }

    public StringProperty text(Field field) {
        return texts.get(field);
    }

    /** What is wrong with the field as typed, in the window's language; empty when nothing is. */
    public ReadOnlyStringProperty error(Field field) {
        return errors.get(field);
    }

    /** Why saving failed for a reason of no one field (a disk, the database); empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    /**
     * The data folder was opened for reading only, or the person signed in may not change the profile
     * (the warehouse, a viewer): the fields are shown, and cannot be changed.
     */
    public boolean readOnly() {
        return context.services().readOnly() || !context.may(app.dossier.domain.Action.RECORDS);
    }

    /** The profile as typed. */
    public BusinessProfile typed() {
        return new BusinessProfile(texts.get(Field.BUYER_NAME).get(), texts.get(Field.BUYER_COMPANY).get(),
                texts.get(Field.BUYER_CONTACT).get(), texts.get(Field.BUYER_MEMBER_NAME).get(),
                texts.get(Field.BUYER_WECHAT_ID).get());
    }

    /**
     * Saves the profile when it changed. Returns false, with the reasons shown and everything typed
     * kept, when the rule or the service refuses it, so the dialog stays open.
     */
    public boolean save() {
        if (readOnly()) {
            return true;
        }
        checked = true;
        if (!judge()) {
            return false;
        }
        BusinessProfile typed = typed();
        if (typed.cleaned().equals(saved.cleaned())) {
            return true;
        }
        try {
            saved = context.services().profile().save(typed);
        } catch (DossierException e) {
            failure.set(ErrorText.of(e, context.texts()));
            return false;
        }
        context.navigator().say(context.t("profile.saved"));
        return true;
    }

    /** Puts each problem of the rule under its field; true when there is none. */
    private boolean judge() {
        List<FieldProblem> problems = BusinessProfileRules.problems(typed());
        for (Field field : FIELDS) {
            errors.get(field).set(FieldProblem.about(problems, field).stream().findFirst()
                    .map(p -> ErrorText.of(p, context.texts())).orElse(""));
        }
        return problems.isEmpty();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
