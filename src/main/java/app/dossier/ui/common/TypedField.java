package app.dossier.ui.common;

import app.dossier.domain.DossierException;
import app.dossier.domain.Text;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One typed input of a form: the text as typed, what it reads as, and the message shown under it
 * when it cannot be read. The message appears once the field is checked (on leaving it, or on
 * saving) and then follows the typing, so it goes away as soon as the text is right.
 */
public final class TypedField<T> {
    /** Reads typed text; throws a {@link DossierException} whose message tells the user how to write it. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(String text);
    }

    /**
     * A reader whose refusals are worded by {@code key} in the window's language, with the typed
     * text as {0} and the reader's own message as {1}. The English texts use {1} as it is; others
     * can say it in their own words.
     */
    public static <T> Reader<T> worded(Reader<T> reader, Texts texts, String key) {
        return text -> {
            try {
                return reader.read(text);
            } catch (app.dossier.domain.InvalidInputException e) {
                throw new app.dossier.domain.InvalidInputException(texts.get(key, text.strip(), e.getMessage()));
            }
        };
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Reader<T> reader;
    private final String requiredMessage;
    private String problem;

    /** @param requiredMessage what to say when nothing is typed; null when the field may stay empty */
    public TypedField(Reader<T> reader, String requiredMessage) {
        this.reader = reader;
        this.requiredMessage = requiredMessage;
        text.addListener((o, was, now) -> reread());
        reread();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** What the text reads as; null while it is empty or cannot be read. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }

    /** The message to show under the field; empty when there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public boolean isEmpty() {
        return Text.isBlank(text.get());
    }

    /** Shows the field's problem, if any; true when the field can be used. */
    public boolean check() {
        error.set(problem == null ? "" : problem);
        return problem == null;
    }

    /** Shows a problem found by comparing this field with another ("more defective than checked"). */
    public void fail(String message) {
        error.set(message);
    }

    /**
     * Shows a problem a record's rule found about this field, unless the field already says that its
     * text cannot be read: that comes first, and the rule saw nothing there.
     */
    public void failUnlessUnread(String message) {
        if (error.get().isEmpty()) {
            error.set(message);
        }
    }

    /** Puts text in, as when a saved record is loaded for correction, without showing any message. */
    public void set(String newText) {
        text.set(newText == null ? "" : newText);
        error.set("");
    }

    private void reread() {
        T read = null;
        String message = null;
        if (Text.isBlank(text.get())) {
            message = requiredMessage;
        } else {
            try {
                read = reader.read(text.get());
            } catch (DossierException e) {
                message = e.getMessage();
            }
        }
        problem = message;
        if (!error.get().isEmpty()) {
            error.set(message == null ? "" : message);
        }
        // last, so a check across fields made when the value changes is not overwritten
        value.set(read);
    }
}
