package app.dossier.ui.dispute;

import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.service.DisputeDraft;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The work on the chosen dispute, as the seed lays it out: propose a specific resolution, send one
 * calm message in Chinese, record each dated step with its evidence, and put the record on the
 * table as a PDF packet or a 1688 refund request. Each part is a small model of its own; this one
 * loads the dispute's draft from the service, hands it to the parts, and loads it again after
 * every change.
 */
public final class DisputeWorkViewModel {
    private final UiContext context;
    private final Texts texts;
    private final Clock clock;
    private final MessageForm message;
    private final ResolutionForm resolution;
    private final PacketMaker packet;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DisputeDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StepRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<StepRow> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ObservableList<NextStep> nextSteps = FXCollections.observableArrayList();
    private final ObservableList<NextStep> nextStepsView = FXCollections.unmodifiableObservableList(nextSteps);
    private Runnable onChanged = () -> {
    };
    private long generation;

    public DisputeWorkViewModel(UiContext context, Clock clock) {
        this.context = context;
        this.texts = context.texts();
        this.clock = clock;
        this.message = new MessageForm(this);
        this.resolution = new ResolutionForm(this);
        this.packet = new PacketMaker(this);
    }

    // ---- what the view binds to

    public ResolutionForm resolution() {
        return resolution;
    }

    public MessageForm message() {
        return message;
    }

    public PacketMaker packet() {
        return packet;
    }

    /** True while a dispute is loaded. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The dispute as last loaded, with its facts, messages and next steps. */
    public ReadOnlyObjectProperty<DisputeDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** The steps the dispute went through, oldest first. */
    public ObservableList<StepRow> timeline() {
        return timelineView;
    }

    /** The steps that may come next, one button each. */
    public ObservableList<NextStep> nextSteps() {
        return nextStepsView;
    }

    /** True while something typed in the resolution or the message is not saved yet. */
    public boolean hasUnsavedChanges() {
        return shown.get() && (resolution.changedProperty().get() || message.changedProperty().get());
    }

    // ---- commands

    /** Loads a dispute; what is typed and not saved is kept when the same dispute comes back unchanged. */
    public void show(long disputeId) {
        long ticket = ++generation;
        run("", progress -> context.services().disputes().draft(disputeId), loaded -> {
            if (ticket == generation) {
                apply(loaded);
            }
        }, null);
    }

    public void clear() {
        generation++;
        shown.set(false);
        draft.set(null);
        timeline.clear();
        nextSteps.clear();
    }

    /** Called after every saved change, so the list and the status above can follow. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    /** The form for one next step (sent, factory replied…), dated now until the user says otherwise. */
    public StepForm beginStep(DisputeStatus status) {
        return new StepForm(this, status, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
    }

    /** The form to correct a recorded step, filled with its time, note and files. */
    public StepForm editStep(StepRow row) {
        DisputeEvent event = draft.get().dispute().events().get(row.number() - 1);
        return new StepForm(this, row.number(), event,
                row.files().stream().map(StepFile::kept).toList());
    }

    /** Removes a step recorded by mistake; the files kept with it stay among the order's files. */
    public void removeStep(StepRow row) {
        long id = disputeId();
        run("", progress -> context.services().disputes().removeStep(id, row.number()),
                saved -> changed(texts.get("dispute.step.removed", row.number(), row.statusText(), row.when())),
                null);
    }

    /** The form for the 1688 refund request: the order's images to choose from and the description. */
    public RefundRequestForm beginRefundRequest() {
        return new RefundRequestForm(this);
    }

    /** Opens a file kept with a step. */
    public void openFile(EvidenceRow row) {
        run("", progress -> context.services().evidence().pathOf(row.evidence()),
                path -> context.platform().open(path), null);
    }

    // ---- for the parts

    UiContext context() {
        return context;
    }

    Texts texts() {
        return texts;
    }

    /** Today, by the clock the steps are dated by: no step may be dated after it. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The dispute as last loaded; null before the first one is. */
    DisputeDraft current() {
        return draft.get();
    }

    long disputeId() {
        return draft.get().dispute().id();
    }

    long orderId() {
        return draft.get().dispute().orderId();
    }

    /** After a saved change: says what happened, loads the dispute again and lets the list follow. */
    void changed(String said) {
        context.navigator().say(said);
        if (draft.get() != null) {
            show(disputeId());
        }
        onChanged.run();
    }

    /**
     * Runs work in the background. A refusal goes to {@code refused} (shown next to what was done),
     * or, without one, to a message the user must close.
     */
    <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> then, Consumer<String> refused) {
        BackgroundTask.wrap(title, work)
                .onSuccess(then)
                .onFailure(error -> {
                    String text = ErrorText.of(error, texts);
                    if (refused == null) {
                        context.navigator().warn(text);
                    } else {
                        refused.accept(text);
                    }
                })
                .executeWith(context.runner());
    }

    // ---- loading

    private void apply(DisputeDraft loaded) {
        DisputeDraft before = draft.get();
        boolean same = before != null && before.dispute().id() == loaded.dispute().id();
        draft.set(loaded);
        message.load(loaded, same);
        resolution.load(loaded, same);
        packet.load(same);
        timeline.setAll(steps(loaded));
        nextSteps.setAll(loaded.nextSteps().stream()
                .map(status -> new NextStep(status, texts.get("dispute.next." + status.name())))
                .toList());
        shown.set(true);
    }

    private List<StepRow> steps(DisputeDraft loaded) {
        List<Evidence> evidence = loaded.caseFile().evidence();
        List<StepRow> rows = new ArrayList<>();
        for (DisputeEvent event : loaded.dispute().events()) {
            List<EvidenceRow> files = new ArrayList<>();
            for (long id : event.evidenceIds()) {
                Optional<Evidence> file = evidence.stream().filter(e -> e.id() == id).findFirst();
                file.ifPresent(e -> files.add(new EvidenceRow(e,
                        e.caption() == null ? texts.get("dispute.file.noCaption") : e.caption(), e.fileName(),
                        e.capturedAt() == null ? "" : texts.get("dispute.file.captured",
                                texts.formats().date(e.capturedAt())))));
            }
            rows.add(new StepRow(rows.size() + 1, event.status(), texts.get("status." + event.status().name()),
                    texts.formats().date(event.at()), event.note() == null ? "" : event.note(), files));
        }
        return rows;
    }
}
