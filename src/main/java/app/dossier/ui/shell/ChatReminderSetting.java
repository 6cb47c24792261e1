package app.dossier.ui.shell;

import app.dossier.domain.DossierException;
import app.dossier.domain.InvalidInputException;
import app.dossier.ui.common.TypedField;
import app.dossier.ui.common.TypedNumbers;
import app.dossier.ui.common.UiContext;

/**
 * How often Dossier reminds the user to export the chats of open orders, as typed in Settings. The
 * service decides which numbers it accepts; its refusal is shown under the field.
 */
public final class ChatReminderSetting {
    private final UiContext context;
    private final TypedField<Long> days;
    private long saved;

    public ChatReminderSetting(UiContext context) {
        this.context = context;
        this.days = new TypedField<>(this::read, context.t("settings.chatDays.required"));
    }

    private Long read(String text) {
        Long n = TypedNumbers.whole(text);
        if (n == null) {
            throw new InvalidInputException(context.t("settings.chatDays.unreadable", text.strip()));
        }
        return n;
    }

    /** Shows the interval in force. */
    public void load() {
        saved = context.services().guidance().chatExportDays();
        days.set(Long.toString(saved));
    }

    public TypedField<Long> days() {
        return days;
    }

    /**
     * Saves the interval when it changed. Settings are written at once, like the language; a refusal
     * is shown under the field and false returned, so the dialog stays open.
     */
    public boolean save() {
        if (!days.check()) {
            return false;
        }
        long value = days.value();
        if (value == saved) {
            return true;
        }
        try {
            context.services().guidance().setChatExportDays((int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, value)));
        } catch (DossierException e) {
            days.fail(context.t("settings.chatDays.refused", value, e.getMessage()));
            return false;
        }
        saved = value;
        context.navigator().say(context.t("settings.chatDays.saved", value));
        return true;
    }
}
