package app.dossier.ui.receiving;

import app.dossier.domain.ArrivalTime;
import app.dossier.domain.DateInput;
import app.dossier.domain.Order;
import app.dossier.domain.PhotoTaken;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.GuidanceSettings;
import app.dossier.domain.guidance.Warnings;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.GuidanceTexts;
import app.dossier.ui.common.TypedField;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The arrival time as the photos tell it ({@link ArrivalTime}): proposed from the earliest photo and
 * saying so, each photo taken before the arrival typed named with its time (saving then needs the
 * user's deliberate "keep it anyway"), and, before saving, whether the record would be late
 * ({@link Warnings#lateIfSaved}). Never a silent default of now.
 */
public final class ArrivalCheck {
    private final UiContext context;
    private final Clock clock;
    private final TypedField<LocalDateTime> arrivedAt;
    private final Supplier<ReceivingRecord> draft;
    private final Supplier<Order> order;
    private final GuidanceTexts guidance;
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUseProposal = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> flags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper takenBefore = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty keepAnyway = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper late = new ReadOnlyStringWrapper("");
    private List<PhotoTaken> photos = List.of();
    private GuidanceSettings settings = GuidanceSettings.defaults();
    private Optional<ArrivalTime.Proposal> proposal = Optional.empty();
    private long photosBefore;
    /** Counts the reads asked for, so a slower earlier read never overwrites a later one. */
    private long generation;

    ArrivalCheck(UiContext context, Clock clock, TypedField<LocalDateTime> arrivedAt, Supplier<Order> order,
            Supplier<ReceivingRecord> draft) {
        this.context = context;
        this.clock = clock;
        this.arrivedAt = arrivedAt;
        this.order = order;
        this.draft = draft;
        this.guidance = new GuidanceTexts(context.texts());
        arrivedAt.valueProperty().addListener(o -> update());
    }

    /**
     * Reads when the order's photos in Receiving and QC and those being added were taken, then
     * proposes the arrival from them unless the user typed one of their own.
     */
    void read(long orderId, List<Path> adding) {
        long asked = ++generation;
        List<Path> files = List.copyOf(adding);
        BackgroundTask.wrap("", progress -> new Read(context.services().receiving().photosTaken(orderId, files),
                        context.services().guidance().settings()))
                .onSuccess(read -> {
                    if (asked != generation || order.get() == null || order.get().id() != orderId) {
                        return;
                    }
                    boolean ours = typedIsProposed();
                    photos = read.photos();
                    settings = read.settings();
                    proposal = ArrivalTime.propose(photos, now(), order.get().orderedOn());
                    if (ours && proposal.isPresent()) {
                        arrivedAt.set(DateInput.format(proposal.get().at()));
                    }
                    update();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    private record Read(List<PhotoTaken> photos, GuidanceSettings settings) {
    }

    /** Forgets the photos and the proposal, for another order or the next delivery. */
    void clear() {
        generation++;
        photos = List.of();
        proposal = Optional.empty();
        keepAnyway.set(false);
        update();
    }

    /** Puts the proposed time in the field, after the user typed another. */
    public void useProposal() {
        proposal.ifPresent(p -> arrivedAt.set(DateInput.format(p.at())));
    }

    /** True when the field is empty or holds the time proposed: the photos may still change it. */
    private boolean typedIsProposed() {
        String text = arrivedAt.textProperty().get().strip();
        return text.isEmpty() || proposal.map(p -> text.equals(DateInput.format(p.at()))).orElse(false);
    }

    /** What the user typed themselves: empty when the field holds the proposal (not a change to keep). */
    String typed() {
        return typedIsProposed() ? "" : arrivedAt.textProperty().get();
    }

    /** Works out again what to say; called when the arrival or anything the lateness rests on changes. */
    void update() {
        LocalDateTime arrived = arrivedAt.value();
        LocalDateTime now = now();
        Order chosen = order.get();
        source.set(proposal.map(p -> context.t(arrived != null && arrived.equals(p.at())
                ? "receiving.arrival.fromPhoto" : "receiving.arrival.photoSays", p.from().name(),
                context.texts().words().time(p.at())))
                .orElse(photos.isEmpty() || chosen == null ? "" : context.t("receiving.arrival.noPhotoTime")));
        canUseProposal.set(proposal.isPresent() && !proposal.get().at().equals(arrived));
        List<ArrivalTime.Flag> found = chosen == null ? List.of()
                : ArrivalTime.check(photos, arrived, now, chosen.orderedOn());
        List<String> words = found.stream().map(f -> context.t("arrival." + f.check().name(), f.photo().name(),
                f.photo().at(), f.check() == ArrivalTime.Check.BEFORE_ORDER ? chosen.orderedOn() : arrived)).toList();
        if (!words.equals(flags)) {
            flags.setAll(words);
        }
        photosBefore = found.stream().filter(f -> f.check() == ArrivalTime.Check.BEFORE_ARRIVAL).count();
        if (photosBefore == 0) {
            keepAnyway.set(false);
        }
        takenBefore.set(photosBefore > 0);
        List<Finding> lateness = chosen == null || arrived == null ? List.of()
                : Warnings.lateIfSaved(chosen, draft.get(), settings, now);
        late.set(lateness.isEmpty() ? "" : context.t("receiving.arrival.late") + " "
                + String.join(" ", lateness.stream().map(guidance::finding).toList()));
    }

    /** Whether saving must wait: a photo was taken before the arrival and the user has not chosen to keep it. */
    boolean holdsSaving() {
        return takenBefore.get() && !keepAnyway.get();
    }

    /** Why saving waits, for the form's message. */
    String whySaveWaits() {
        return context.t("receiving.arrival.keepFirst", photosBefore);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** "From the earliest photo, IMG_0412.HEIC, taken 28 Nov 2026 09:14", or what the photos say. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** True when a proposal exists and the field holds another time. */
    public ReadOnlyBooleanProperty canUseProposalProperty() {
        return canUseProposal.getReadOnlyProperty();
    }

    /** Each photo taken before the arrival, or whose clock seems wrong, with its time, in words. */
    public ObservableList<String> flags() {
        return flags;
    }

    /** True when a photo was taken before the arrival typed. */
    public ReadOnlyBooleanProperty takenBeforeProperty() {
        return takenBefore.getReadOnlyProperty();
    }

    /** The user's deliberate choice to keep an arrival later than a photo. */
    public BooleanProperty keepAnywayProperty() {
        return keepAnyway;
    }

    /** That the record would be late if saved, and why; empty when in time. */
    public ReadOnlyStringProperty lateProperty() {
        return late.getReadOnlyProperty();
    }
}
