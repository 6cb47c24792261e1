package app.dossier.ui.receiving;

import app.dossier.domain.DateInput;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.ReceivingRules;
import app.dossier.domain.Text;
import app.dossier.service.EvidenceInput;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.DefectsModel;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.TypedField;
import app.dossier.ui.common.TypedNumbers;
import app.dossier.ui.common.UiContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The warehouse screen: find the order that arrived, count it, check the cartons and a sample, add
 * photos, and save it all in one step. Then the form is empty again for the next delivery (the
 * checker's name stays).
 */
public final class ReceivingViewModel {
    private final UiContext context;
    private final Clock clock;
    private final OrderFinderModel finder;
    private final ReadOnlyObjectWrapper<OrderSummary> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReceivingRecord> existing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper savedPhotos = new ReadOnlyIntegerWrapper(0);
    private final TypedField<LocalDateTime> arrivedAt;
    private final TypedField<Long> parcelsExpected;
    private final TypedField<Long> parcelsReceived;
    private final TypedField<Long> unitsReceived;
    private final TypedField<Long> unitsSampled;
    private final TypedField<Long> defective;
    private final TypedField<LocalDateTime> notifiedAt;
    private final ObjectProperty<PackagingCondition> packaging = new SimpleObjectProperty<>();
    private final StringProperty packagingNotes = new SimpleStringProperty("");
    private final StringProperty defectNotes = new SimpleStringProperty("");
    private final StringProperty inspectedBy = new SimpleStringProperty("");
    private final PhotoPicks photos;
    private final ReadOnlyStringWrapper orderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper packagingError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inspectedByError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final CountCheck units;
    private final CountCheck parcels;
    private final StringBinding defectRate;
    private final SamplePlanModel samplePlan;
    private final DefectsModel defects;
    private final ArrivalCheck arrival;
    private List<Object> snapshot = List.of();
    /** True once the form was checked: from then on each change shows what is still wrong. */
    private boolean judged;

    public ReceivingViewModel(UiContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        this.finder = new OrderFinderModel(context);
        this.photos = new PhotoPicks(context);
        TypedField.Reader<LocalDateTime> dateTime = TypedField.worded(DateInput::parseDateTime, context.texts(),
                "receiving.dateTime.unreadable");
        arrivedAt = new TypedField<>(dateTime, context.t("receiving.arrivedAt.required"));
        parcelsExpected = new TypedField<>(this::count, null);
        parcelsReceived = new TypedField<>(this::count, null);
        unitsReceived = new TypedField<>(this::count, context.t("receiving.units.required"));
        unitsSampled = new TypedField<>(this::count, null);
        defective = new TypedField<>(this::count, null);
        notifiedAt = new TypedField<>(dateTime, null);
        for (javafx.beans.Observable input : List.of(arrivedAt.valueProperty(), parcelsExpected.valueProperty(),
                parcelsReceived.valueProperty(), unitsReceived.valueProperty(), unitsSampled.valueProperty(),
                defective.valueProperty(), notifiedAt.valueProperty(), packaging, inspectedBy)) {
            input.addListener(o -> rejudge());
        }
        chosen.addListener((o, was, now) -> orderError.set(""));
        arrival = new ArrivalCheck(context, clock, arrivedAt, () -> chosen.get() == null ? null : chosen.get().order(),
                this::draft);
        for (javafx.beans.Observable input : List.of(unitsReceived.valueProperty(), unitsSampled.valueProperty(),
                defective.valueProperty(), notifiedAt.valueProperty())) {
            input.addListener(o -> arrival.update());
        }
        photos.list().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> readArrival());

        units = new CountCheck(context.texts(), this::expectedUnits, unitsReceived::value, chosen,
                unitsReceived.valueProperty());
        parcels = new CountCheck(context.texts(), parcelsExpected::value, parcelsReceived::value,
                parcelsExpected.valueProperty(), parcelsReceived.valueProperty());
        defectRate = Bindings.createStringBinding(() -> {
            Long checked = unitsSampled.value();
            Long bad = defective.value();
            if (checked == null || checked == 0 || bad == null || bad > checked) {
                return "";
            }
            return context.t("receiving.defectRate", bad, checked, Math.round(1000.0 * bad / checked) / 10.0);
        }, unitsSampled.valueProperty(), defective.valueProperty());
        samplePlan = new SamplePlanModel(context, chosen.getReadOnlyProperty(), unitsReceived.valueProperty(),
                unitsSampled.valueProperty(), defective.valueProperty());
        defects = DeliveryDefects.model(context.texts(), chosen, unitsReceived.valueProperty(),
                defective.valueProperty(), photos);
        defects.onChange(this::rejudge);
        reset();
    }

    private Long count(String text) {
        Long n = TypedNumbers.whole(text);
        if (n == null) {
            throw new InvalidInputException(context.t("receiving.count.unreadable", text.strip()));
        }
        return n;
    }

    // ---- finding the order

    /** Reloads the orders to choose from; what is being typed stays. */
    public void refresh() {
        finder.reload(null, found -> {
        });
    }

    /** Chooses an order by id (from another screen) and loads its record, if it has one, for correction. */
    public void select(long orderId) {
        finder.reload(orderId, this::choose);
    }

    /** Chooses the order that arrived; its saved record, if any, fills the form. */
    public void choose(OrderSummary summary) {
        saved.set("");
        formError.set("");
        clearFields();
        chosen.set(summary);
        long orderId = summary.order().id();
        readArrival();
        BackgroundTask.wrap("", progress -> new Existing(context.services().receiving().ofOrder(orderId),
                        PhotoPicks.read(context.services(), context.services().evidence().ofOrder(orderId).stream()
                                .filter(e -> e.category() == EvidenceCategory.RECEIVING).toList(), context.texts())))
                .onSuccess(found -> {
                    if (chosen.get() != null && chosen.get().order().id() == orderId) {
                        savedPhotos.set(found.photos().size());
                        photos.showSaved(found.photos());
                        found.record().ifPresentOrElse(this::fill, () -> existing.set(null));
                        snapshot = state();
                    }
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
        snapshot = state();
    }

    private void readArrival() {
        if (chosen.get() != null) {
            arrival.read(chosen.get().order().id(), photos.list());
        }
    }

    private record Existing(Optional<ReceivingRecord> record, List<PhotoPicks.SavedPhoto> photos) {
    }

    /** Goes back to the search, to choose another order. */
    public void chooseAnother() {
        chosen.set(null);
        existing.set(null);
        clearFields();
        snapshot = state();
    }

    private void fill(ReceivingRecord r) {
        existing.set(r);
        arrivedAt.set(DateInput.format(r.arrivedAt()));
        parcelsExpected.set(r.parcelsExpected() == null ? "" : r.parcelsExpected().toString());
        parcelsReceived.set(r.parcelsReceived() == null ? "" : r.parcelsReceived().toString());
        unitsReceived.set(Long.toString(r.unitsReceived()));
        packaging.set(r.packagingCondition());
        packagingNotes.set(orEmpty(r.packagingNotes()));
        unitsSampled.set(Long.toString(r.unitsSampled()));
        defective.set(Long.toString(r.defectiveUnits()));
        defectNotes.set(orEmpty(r.defectNotes()));
        inspectedBy.set(orEmpty(r.inspectedBy()));
        notifiedAt.set(r.factoryNotifiedAt() == null ? "" : DateInput.format(r.factoryNotifiedAt()));
        defects.load(r.defects());
    }

    // ---- saving

    /** Reads and checks the form into the record to save; shows in words what must be fixed. */
    public Optional<ReceivingRecord> request() {
        formError.set("");
        saved.set("");
        boolean ok = chosen.get() != null;
        if (!ok) {
            orderError.set(context.t("receiving.order.required"));
        }
        List<String> unplaced = judge();
        ok &= fieldsReadable() && ReceivingRules.problems(draft()).isEmpty();
        if (!ok) {
            formError.set(unplaced.isEmpty() ? context.t("receiving.fix") : String.join(" ", unplaced));
            return Optional.empty();
        }
        return Optional.of(draft());
    }

    /**
     * Shows under each field what is wrong with it: first whether its text can be read, then what
     * {@link ReceivingRules} (the rule the service enforces) finds in the record as typed. Runs again
     * on every change once the form was checked. Returns what belongs to no field of the form.
     */
    private List<String> judge() {
        judged = true;
        for (TypedField<?> field : typedFields()) {
            field.check();
        }
        packagingError.set("");
        inspectedByError.set("");
        List<String> unplaced = new ArrayList<>();
        List<String> defectProblems = new ArrayList<>();
        defects.checkCounts();
        for (FieldProblem problem : ReceivingRules.problems(draft())) {
            String words = ErrorText.of(problem, context.texts());
            switch (problem.field()) {
                case ARRIVED_AT, INSPECTED_AT -> arrivedAt.failUnlessUnread(words);
                case PARCELS_EXPECTED -> parcelsExpected.failUnlessUnread(words);
                case PARCELS_RECEIVED -> parcelsReceived.failUnlessUnread(words);
                case UNITS_RECEIVED -> unitsReceived.failUnlessUnread(words);
                case UNITS_CHECKED -> {
                    if (unitsReceived.value() != null) {
                        unitsSampled.failUnlessUnread(words);
                    }
                }
                case DEFECTIVE_UNITS -> {
                    if (unitsSampled.errorProperty().get().isEmpty()) {
                        defective.failUnlessUnread(words);
                    }
                }
                case NOTIFIED_AT -> notifiedAt.failUnlessUnread(words);
                case PACKAGING_CONDITION -> packagingError.set(words);
                case INSPECTOR -> inspectedByError.set(words);
                case DEFECTS -> defectProblems.add(words);
                default -> unplaced.add(words);
            }
        }
        defects.showProblem(String.join(" ", defectProblems));
        return unplaced;
    }

    private void rejudge() {
        if (judged) {
            judge();
        }
    }

    private boolean fieldsReadable() {
        return typedFields().stream().allMatch(f -> f.errorProperty().get().isEmpty()) && defects.checkCounts();
    }

    private List<TypedField<?>> typedFields() {
        return List.of(arrivedAt, parcelsExpected, parcelsReceived, unitsReceived, unitsSampled, defective, notifiedAt);
    }

    /** The record as typed so far: what cannot be read yet is left empty (counts as 0). */
    private ReceivingRecord draft() {
        Order order = chosen.get() == null ? null : chosen.get().order();
        ReceivingRecord before = existing.get();
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        LocalDateTime arrived = arrivedAt.value();
        LocalDateTime inspectedAt = before != null && before.inspectedAt() != null ? before.inspectedAt()
                : arrived != null && now.isBefore(arrived) ? arrived : now;
        return new ReceivingRecord(before == null ? 0 : before.id(), order == null ? 0 : order.id(), arrived,
                toInteger(parcelsExpected.value()), toInteger(parcelsReceived.value()),
                order == null ? 0 : order.quantity(), orZero(unitsReceived.value()), packaging.get(),
                Text.clean(packagingNotes.get()), orZero(unitsSampled.value()), orZero(defective.value()),
                Text.clean(defectNotes.get()), Text.clean(inspectedBy.get()), inspectedAt, notifiedAt.value(),
                defects.defects());
    }

    /** Saves the record and its photos in one step (all or nothing), then empties the form for the next delivery. */
    public void save() {
        if (saving.get()) {
            return;
        }
        Optional<ReceivingRecord> request = request();
        if (request.isEmpty()) {
            return;
        }
        if (arrival.holdsSaving()) {
            formError.set(arrival.whySaveWaits());
            return;
        }
        Order order = chosen.get().order();
        List<EvidenceInput> inputs = photos.list().stream().map(EvidenceInput::of).toList();
        var showing = defects.newPhotosShowing();
        int photoCount = inputs.size();
        String difference = units.wordsProperty().get().isEmpty() ? "" : " (" + units.wordsProperty().get() + ")";
        saving.set(true);
        BackgroundTask.wrap(context.t("receiving.saving"),
                        progress -> context.services().receiving().save(request.get(), inputs, showing))
                .onSuccess(record -> {
                    saving.set(false);
                    String message = context.t("receiving.saved", order.label(), record.unitsReceived(),
                            record.unitsExpected(),
                            context.texts().words().unit(record.unitsExpected(), order.unit()), difference, photoCount)
                            + DeliveryDefects.named(record, order.unit(), context.texts());
                    reset();
                    saved.set(message);
                    context.navigator().say(message);
                    refresh();
                })
                .onFailure(error -> {
                    saving.set(false);
                    formError.set(context.t("receiving.notSaved", ErrorText.of(error, context.texts())));
                })
                .executeWith(context.runner());
    }

    /** Whether anything typed or added would be lost by choosing another order. */
    public boolean isDirty() {
        return chosen.get() != null && !snapshot.equals(state());
    }

    private void reset() {
        chosen.set(null);
        existing.set(null);
        finder.searchProperty().set("");
        clearFields();
        snapshot = state();
    }

    private void clearFields() {
        judged = false;
        arrivedAt.set("");
        for (TypedField<?> field : List.of(parcelsExpected, parcelsReceived, unitsReceived, unitsSampled, defective,
                notifiedAt)) {
            field.set("");
        }
        packaging.set(null);
        packagingNotes.set("");
        defectNotes.set("");
        photos.clear();
        arrival.clear();
        defects.clear();
        savedPhotos.set(0);
        orderError.set("");
        packagingError.set("");
        inspectedByError.set("");
        formError.set("");
    }

    private List<Object> state() {
        return Arrays.asList(chosen.get() == null ? null : chosen.get().order().id(), arrival.typed(),
                parcelsExpected.textProperty().get(), parcelsReceived.textProperty().get(),
                unitsReceived.textProperty().get(), unitsSampled.textProperty().get(), defective.textProperty().get(),
                notifiedAt.textProperty().get(), packaging.get(), packagingNotes.get(), defectNotes.get(),
                List.copyOf(photos.list()), defects.state());
    }

    // ---- words

    private Long expectedUnits() {
        return chosen.get() == null ? null : chosen.get().order().quantity();
    }

    /** A count of parcels as the record holds it; one past any int is refused by the rule all the same. */
    private static Integer toInteger(Long value) {
        return value == null ? null : (int) Math.min(value, Integer.MAX_VALUE);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- state for the view

    /** Step 1: the orders to choose from. */
    public OrderFinderModel finder() {
        return finder;
    }

    public ReadOnlyObjectProperty<OrderSummary> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The saved record of the chosen order, when it is being corrected. */
    public ReadOnlyObjectProperty<ReceivingRecord> existingProperty() {
        return existing.getReadOnlyProperty();
    }

    /** How many photos the chosen order already has in Receiving and QC. */
    public ReadOnlyIntegerProperty savedPhotosProperty() {
        return savedPhotos.getReadOnlyProperty();
    }

    /** Required: never now by default; proposed from the photos ({@link #arrival()}). */
    public TypedField<LocalDateTime> arrivedAt() {
        return arrivedAt;
    }

    /** Where the proposed arrival comes from, the photos taken before it, and whether the record is late. */
    public ArrivalCheck arrival() {
        return arrival;
    }

    public TypedField<Long> parcelsExpected() {
        return parcelsExpected;
    }

    public TypedField<Long> parcelsReceived() {
        return parcelsReceived;
    }

    public TypedField<Long> unitsReceived() {
        return unitsReceived;
    }

    public TypedField<Long> unitsSampled() {
        return unitsSampled;
    }

    public TypedField<Long> defective() {
        return defective;
    }

    public TypedField<LocalDateTime> notifiedAt() {
        return notifiedAt;
    }

    public ObjectProperty<PackagingCondition> packagingProperty() {
        return packaging;
    }

    public StringProperty packagingNotesProperty() {
        return packagingNotes;
    }

    public StringProperty defectNotesProperty() {
        return defectNotes;
    }

    public StringProperty inspectedByProperty() {
        return inspectedBy;
    }

    /** Step 5: the photos to save with the record. */
    public PhotoPicks photos() {
        return photos;
    }

    public ReadOnlyStringProperty orderErrorProperty() {
        return orderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty packagingErrorProperty() {
        return packagingError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inspectedByErrorProperty() {
        return inspectedByError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** The confirmation after saving: which order, how many, how many photos. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The defects by kind, with the photos that show them. */
    public DefectsModel defects() {
        return defects;
    }

    /** Units received against the order's quantity. */
    public CountCheck units() {
        return units;
    }

    /** Parcels received against the parcels on the delivery note. */
    public CountCheck parcels() {
        return parcels;
    }

    /** The sample check to do for this lot, and after the count whether it passes. */
    public SamplePlanModel samplePlan() {
        return samplePlan;
    }

    /** "3 of 32 checked are defective (9.4%)". */
    public StringBinding defectRateProperty() {
        return defectRate;
    }
}
