package app.dossier.ui.order;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.DateInput;
import app.dossier.domain.Factory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.OrderRules;
import app.dossier.domain.Text;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Formats;
import app.dossier.ui.common.TypedField;
import app.dossier.ui.common.TypedNumbers;
import app.dossier.ui.common.UiContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The new-order form and the edit form (the same form): every field as typed, each read and checked
 * into one {@link Order} before anything is sent, and the one call that saves it.
 */
public final class OrderFormModel {
    private final UiContext context;
    private final Clock clock;
    private final ObservableList<Factory> factories = FXCollections.observableArrayList();
    private final ObjectProperty<Factory> factory = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PLATFORM);
    private final ObjectProperty<OrderKind> kind = new SimpleObjectProperty<>(OrderKind.STANDARD);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty colors = new SimpleStringProperty("");
    private final StringProperty sizes = new SimpleStringProperty("");
    private final StringProperty packaging = new SimpleStringProperty("");
    private final StringProperty priceAtQuantity = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final TypedField<Long> quantity;
    private final TypedField<Money> unitPrice;
    private final TypedField<LocalDate> orderedOn;
    private final TypedField<LocalDate> deadline;
    private final TypedField<LocalDate> agreedOn;
    private final ReadOnlyStringWrapper factoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper productError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final StringBinding total;
    private Order editing;
    private final ReadOnlyStringWrapper unitPriceHint = new ReadOnlyStringWrapper("");
    private List<Object> snapshot = List.of();
    /** True once the form was checked: from then on each change shows what is still wrong. */
    private boolean judged;

    public OrderFormModel(UiContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        quantity = new TypedField<>(text -> {
            Long n = TypedNumbers.whole(text);
            if (n == null) {
                throw new InvalidInputException(context.t("order.form.quantity.unreadable", text.strip()));
            }
            return n;
        }, context.t("order.form.quantity.required"));
        // a plain number is in the currency of the order being corrected; a new order says its own
        TypedField.Reader<Money> money = TypedField.worded(text -> context.texts().formats().money(text,
                priceCurrency()), context.texts(), "order.money.unreadable");
        TypedField.Reader<LocalDate> date = TypedField.worded(DateInput::parseDate, context.texts(),
                "order.date.unreadable");
        unitPrice = new TypedField<>(money, context.t("order.form.unitPrice.required"));
        orderedOn = new TypedField<>(date, context.t("order.form.orderedOn.required"));
        deadline = new TypedField<>(date, null);
        agreedOn = new TypedField<>(date, null);
        factory.addListener((o, was, now) -> factoryError.set(""));
        for (javafx.beans.Observable input : List.of(product, unit, quantity.valueProperty(), unitPrice.valueProperty(),
                orderedOn.valueProperty(), deadline.valueProperty())) {
            input.addListener(o -> {
                if (judged) {
                    judge();
                }
            });
        }
        total = Bindings.createStringBinding(() -> {
            Long n = quantity.value();
            Money price = unitPrice.value();
            return n == null || price == null ? "" : context.t("order.form.total", context.texts().formats().money(price.times(n)));
        }, quantity.valueProperty(), unitPrice.valueProperty());
    }

    /** Empties the form for a new order, with today's date and the given factory chosen. */
    public void startNew(List<Factory> choices, Long factoryId) {
        judged = false;
        editing = null;
        unitPriceHint.set(Formats.moneyHint(context.texts(), null));
        factories.setAll(choices);
        factory.set(choices.stream().filter(f -> factoryId != null && f.id() == factoryId).findFirst()
                .orElse(choices.size() == 1 ? choices.get(0) : null));
        channel.set(Channel.PLATFORM);
        kind.set(OrderKind.STANDARD);
        for (StringProperty text : List.of(number, product, colors, sizes, packaging, priceAtQuantity, notes)) {
            text.set("");
        }
        unit.set(context.t("order.form.unit.default"));
        quantity.set("");
        unitPrice.set("");
        orderedOn.set(context.texts().formats().date(LocalDate.now(clock)));
        deadline.set("");
        agreedOn.set("");
        clearMessages();
        if (choices.isEmpty()) {
            factoryError.set(context.t("order.form.factory.none"));
        }
        title.set(context.t("order.form.newTitle"));
        snapshot = state();
    }

    /** Fills the form with a saved order for correction. */
    public void startEdit(Order order, List<Factory> choices) {
        judged = false;
        editing = order;
        unitPriceHint.set(Formats.moneyHint(context.texts(), priceCurrency()));
        factories.setAll(choices);
        factory.set(choices.stream().filter(f -> f.id() == order.factoryId()).findFirst().orElse(null));
        channel.set(order.channel());
        kind.set(order.kind());
        number.set(orEmpty(order.orderNumber()));
        product.set(orEmpty(order.product()));
        AgreedSpecs specs = order.specs() == null ? AgreedSpecs.NONE : order.specs();
        colors.set(orEmpty(specs.colors()));
        sizes.set(orEmpty(specs.sizes()));
        packaging.set(orEmpty(specs.packaging()));
        priceAtQuantity.set(orEmpty(specs.priceAtQuantity()));
        unit.set(orEmpty(order.unit()));
        notes.set(orEmpty(order.notes()));
        quantity.set(context.texts().formats().count(order.quantity()));
        unitPrice.set(context.texts().formats().money(order.unitPrice()));
        orderedOn.set(context.texts().formats().date(order.orderedOn()));
        deadline.set(order.deliveryDeadline() == null ? "" : context.texts().formats().date(order.deliveryDeadline()));
        agreedOn.set(order.agreedOn() == null ? "" : context.texts().formats().date(order.agreedOn()));
        clearMessages();
        title.set(context.t("order.form.editTitle", order.label()));
        snapshot = state();
    }

    /**
     * Reads and checks every field; shows what is wrong under each field. Returns the order to send,
     * or nothing when something must be fixed first.
     */
    public Optional<Order> request() {
        formError.set("");
        boolean ok = factory.get() != null;
        if (!ok) {
            factoryError.set(context.t("order.form.factory.required"));
        }
        List<String> unplaced = judge();
        ok &= typedFields().stream().allMatch(f -> f.errorProperty().get().isEmpty())
                && OrderRules.problems(draft()).isEmpty();
        if (!ok) {
            formError.set(unplaced.isEmpty() ? context.t("order.form.fix") : String.join(" ", unplaced));
            return Optional.empty();
        }
        return Optional.of(draft());
    }

    /**
     * Shows under each field what is wrong with it: whether its text can be read, then what
     * {@link OrderRules} (the rule the service enforces) finds in the order as typed. Runs again on
     * every change once the form was checked. Returns what belongs to no field of the form.
     */
    private List<String> judge() {
        judged = true;
        typedFields().forEach(TypedField::check);
        productError.set("");
        unitError.set("");
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : OrderRules.problems(draft())) {
            String words = ErrorText.of(problem, context.texts());
            switch (problem.field()) {
                case PRODUCT -> productError.set(productError.get().isEmpty() ? words : productError.get());
                case UNIT -> unitError.set(unitError.get().isEmpty() ? words : unitError.get());
                case QUANTITY -> quantity.failUnlessUnread(words);
                case UNIT_PRICE -> unitPrice.failUnlessUnread(words);
                case ORDERED_ON -> orderedOn.failUnlessUnread(words);
                case DEADLINE -> deadline.failUnlessUnread(words);
                default -> unplaced.add(words);
            }
        }
        return unplaced;
    }

    private List<TypedField<?>> typedFields() {
        return List.of(quantity, unitPrice, orderedOn, deadline, agreedOn);
    }

    /** The order as typed so far; what cannot be read yet is left empty (a quantity as 0). */
    private Order draft() {
        return new Order(editing == null ? 0 : editing.id(), factory.get() == null ? 0 : factory.get().id(),
                Text.clean(number.get()), channel.get(), kind.get(), Text.clean(product.get()),
                new AgreedSpecs(Text.clean(colors.get()), Text.clean(sizes.get()), Text.clean(packaging.get()),
                        Text.clean(priceAtQuantity.get())),
                quantity.value() == null ? 0 : quantity.value(), Text.clean(unit.get()), unitPrice.value(),
                orderedOn.value(), deadline.value(), agreedOn.value(), Text.clean(notes.get()),
                editing == null ? null : editing.folder());
    }

    /** Checks the form and, when it is right, adds or updates the order in one call. */
    public void save(Consumer<Order> onSaved) {
        if (saving.get()) {
            return;
        }
        Optional<Order> request = request();
        if (request.isEmpty()) {
            return;
        }
        boolean isNew = editing == null;
        saving.set(true);
        BackgroundTask.wrap(context.t("order.form.saving"), progress -> isNew
                        ? context.services().orders().add(request.get())
                        : context.services().orders().update(request.get()))
                .onSuccess(saved -> {
                    saving.set(false);
                    editing = saved;
                    unitPriceHint.set(Formats.moneyHint(context.texts(), priceCurrency()));
                    snapshot = state();
                    context.navigator().say(context.t(isNew ? "order.form.added" : "order.form.updated", saved.label()));
                    onSaved.accept(saved);
                })
                .onFailure(error -> {
                    saving.set(false);
                    formError.set(ErrorText.of(error, context.texts()));
                })
                .executeWith(context.runner());
    }

    /** Whether something was typed since the form was opened or last saved. */
    public boolean isDirty() {
        return !snapshot.equals(state());
    }

    public boolean isNew() {
        return editing == null;
    }

    private List<Object> state() {
        return java.util.Arrays.asList(factory.get() == null ? null : factory.get().id(), channel.get(), kind.get(),
                number.get(), product.get(), colors.get(), sizes.get(), packaging.get(), priceAtQuantity.get(),
                unit.get(), notes.get(), quantity.textProperty().get(), unitPrice.textProperty().get(),
                orderedOn.textProperty().get(), deadline.textProperty().get(), agreedOn.textProperty().get());
    }

    private void clearMessages() {
        judged = false;
        factoryError.set("");
        productError.set("");
        unitError.set("");
        formError.set("");
    }

    private static String orEmpty(String text) {
        return Objects.requireNonNullElse(text, "");
    }

    public ObservableList<Factory> factories() {
        return factories;
    }

    public ObjectProperty<Factory> factoryProperty() {
        return factory;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<OrderKind> kindProperty() {
        return kind;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty colorsProperty() {
        return colors;
    }

    public StringProperty sizesProperty() {
        return sizes;
    }

    public StringProperty packagingProperty() {
        return packaging;
    }

    public StringProperty priceAtQuantityProperty() {
        return priceAtQuantity;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public TypedField<Long> quantity() {
        return quantity;
    }

    private Currency priceCurrency() {
        return editing == null ? null : editing.unitPrice().currency();
    }

    /** Under the unit price: what a plain number means, and the currency signs understood. */
    public ReadOnlyStringProperty unitPriceHintProperty() {
        return unitPriceHint.getReadOnlyProperty();
    }

    public TypedField<Money> unitPrice() {
        return unitPrice;
    }

    public TypedField<LocalDate> orderedOn() {
        return orderedOn;
    }

    public TypedField<LocalDate> deadline() {
        return deadline;
    }

    public TypedField<LocalDate> agreedOn() {
        return agreedOn;
    }

    public ReadOnlyStringProperty factoryErrorProperty() {
        return factoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty productErrorProperty() {
        return productError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitErrorProperty() {
        return unitError.getReadOnlyProperty();
    }

    /** Under the Save button: "fix the fields in red", or why the service refused. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Total ¥3,700.00" while quantity and unit price can both be read. */
    public StringBinding totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
