package app.dossier.ui.factory;

import app.dossier.domain.Factory;
import app.dossier.domain.FactoryRules;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Text;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What is typed in the factory form, and whether it differs from the factory as last loaded or
 * saved. Values are compared as the service keeps them (trimmed, blank as nothing), so a stray
 * space is not an unsaved change.
 */
public final class FactoryForm {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty latinName = new SimpleStringProperty("");
    private final StringProperty shopUrl = new SimpleStringProperty("");
    private final StringProperty wechatId = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Factory> loaded = new SimpleObjectProperty<>();
    private final BooleanBinding changed = Bindings.createBooleanBinding(this::differs,
            name, latinName, shopUrl, wechatId, contact, notes, loaded);
    private final ObjectBinding<List<FieldProblem>> problems = Bindings.createObjectBinding(
            () -> FactoryRules.problems(typed()), name, latinName, shopUrl, wechatId, contact, notes, loaded);

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty latinNameProperty() {
        return latinName;
    }

    public StringProperty shopUrlProperty() {
        return shopUrl;
    }

    public StringProperty wechatIdProperty() {
        return wechatId;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** True while something typed is not saved yet. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** What {@link FactoryRules}, the rule the service enforces, finds in what is typed; follows the typing. */
    public ObjectBinding<List<FieldProblem>> problemsProperty() {
        return problems;
    }

    /** Fills the form from a stored factory, or empties it for a new one. */
    void load(Factory factory) {
        loaded.set(factory);
        name.set(orEmpty(factory == null ? null : factory.name()));
        latinName.set(orEmpty(factory == null ? null : factory.latinName()));
        shopUrl.set(orEmpty(factory == null ? null : factory.shopUrl()));
        wechatId.set(orEmpty(factory == null ? null : factory.wechatId()));
        contact.set(orEmpty(factory == null ? null : factory.contact()));
        notes.set(orEmpty(factory == null ? null : factory.notes()));
    }

    /** The factory as typed, keeping the stored one's id and folder (0 and none for a new one). */
    Factory typed() {
        Factory before = loaded.get();
        return new Factory(before == null ? 0 : before.id(), name.get(), latinName.get(), shopUrl.get(),
                wechatId.get(), contact.get(), notes.get(), before == null ? null : before.folder());
    }

    /** The link as it would be opened, or null when none is typed. */
    String shopLink() {
        return Text.clean(shopUrl.get());
    }

    private boolean differs() {
        Factory before = loaded.get();
        return before == null
                ? typedAnything()
                : !same(name.get(), before.name()) || !same(latinName.get(), before.latinName())
                        || !same(shopUrl.get(), before.shopUrl()) || !same(wechatId.get(), before.wechatId())
                        || !same(contact.get(), before.contact()) || !same(notes.get(), before.notes());
    }

    private boolean typedAnything() {
        return !Text.isBlank(name.get()) || !Text.isBlank(latinName.get()) || !Text.isBlank(shopUrl.get())
                || !Text.isBlank(wechatId.get()) || !Text.isBlank(contact.get()) || !Text.isBlank(notes.get());
    }

    private static boolean same(String typed, String stored) {
        return Objects.equals(Text.clean(typed), Text.clean(stored));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
