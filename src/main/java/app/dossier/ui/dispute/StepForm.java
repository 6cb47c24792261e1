package app.dossier.ui.dispute;

import app.dossier.domain.DateInput;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DisputeStepRules;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.InvalidInputException;
import app.dossier.service.DisputeService;
import app.dossier.service.EvidenceInput;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One next step of a dispute (sent, factory replied, resolved, escalated, closed), or a recorded one to
 * correct: when it happened, a note, and the files that show it, such as a screenshot of the factory's
 * reply. New files are kept in the order's Chat and agreements; a file taken off a recorded step stays
 * among the order's files.
 */
public final class StepForm {
    private final DisputeWorkViewModel work;
    private final Texts texts;
    private final DisputeStatus status;
    /** The step corrected, counted from 1; null for a new step. */
    private final Integer number;
    private final StringProperty when = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<StepFile> files = FXCollections.observableArrayList();
    private final ObservableList<StepFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private boolean checked;

    StepForm(DisputeWorkViewModel work, DisputeStatus status, LocalDateTime now) {
        this(work, status, null, now, "", List.of());
    }

    /** The form to correct step {@code number}, filled with what was recorded. */
    StepForm(DisputeWorkViewModel work, int number, DisputeEvent step, List<StepFile> kept) {
        this(work, step.status(), number, step.at(), step.note() == null ? "" : step.note(), kept);
    }

    private StepForm(DisputeWorkViewModel work, DisputeStatus status, Integer number, LocalDateTime at,
            String typedNote, List<StepFile> kept) {
        this.work = work;
        this.texts = work.texts();
        this.status = status;
        this.number = number;
        when.set(texts.formats().date(at));
        note.set(typedNote);
        files.setAll(kept);
        when.addListener((o, was, text) -> recheck());
        note.addListener((o, was, text) -> recheck());
    }

    public DisputeStatus status() {
        return status;
    }

    /** True when it corrects a recorded step. */
    public boolean correcting() {
        return number != null;
    }

    /** "Sent to the factory", or "Correct step 2: Sent to the factory": the title of the dialog. */
    public String title() {
        String title = texts.get("dispute.step.title." + status.name());
        return correcting() ? texts.get("dispute.step.editTitle", number, title) : title;
    }

    /** What to write down for this step, in a sentence. */
    public String explanation() {
        return correcting() ? texts.get("dispute.step.editExplain")
                : texts.get("dispute.step.explain." + status.name());
    }

    /** The words of the button that saves it. */
    public String saveText() {
        return texts.get(correcting() ? "dispute.step.saveCorrection" : "dispute.step.save");
    }

    /** When it happened, as typed: "2026-11-26 14:30", "26/11/2026 14h30". */
    public StringProperty whenProperty() {
        return when;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The files to keep with the step: those it keeps already, then those chosen. */
    public ObservableList<StepFile> files() {
        return filesView;
    }

    /** Why the step was not recorded, in words; empty when nothing was refused. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the step is recorded; the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Adds files chosen in the system's file chooser. */
    public void addFiles() {
        for (Path file : work.context().platform().chooseFiles(texts.get("dispute.step.chooseFiles"))) {
            if (files.stream().noneMatch(f -> file.equals(f.source()))) {
                files.add(StepFile.chosen(file));
            }
        }
    }

    /** Takes a file off the step; one kept already stays among the order's files. */
    public void remove(StepFile file) {
        files.remove(file);
    }

    /** Once a step was refused, what is typed is checked again as it changes, so the words follow the typing. */
    private void recheck() {
        if (checked && !busy.get() && !done.get()) {
            check();
        }
    }

    /**
     * The step's time when it can be read and {@link DisputeStepRules} (the rule the service
     * enforces) finds nothing wrong; otherwise empty, with the problem shown.
     */
    private Optional<LocalDateTime> check() {
        LocalDateTime at;
        try {
            at = DateInput.parseDateTime(when.get());
        } catch (InvalidInputException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
        Dispute dispute = work.current().dispute();
        int position = correcting() ? number - 1 : dispute.events().size();
        List<FieldProblem> problems = DisputeStepRules.problems(dispute.openedOn(), dispute.events(), position, at,
                note.get(), work.today());
        problem.set(problems.isEmpty() ? "" : ErrorText.of(problems.get(0), texts));
        return problems.isEmpty() ? Optional.of(at) : Optional.empty();
    }

    /** Records the step; a date that cannot be read, or a step that may not follow, is said in words. */
    public void submit() {
        if (busy.get() || done.get()) {
            return;
        }
        checked = true;
        Optional<LocalDateTime> read = check();
        if (read.isEmpty()) {
            return;
        }
        LocalDateTime at = read.get();
        String statusText = texts.get("status." + status.name());
        String caption = texts.get("dispute.step.fileCaption", statusText, texts.formats().date(at));
        List<EvidenceInput> evidence = files.stream().filter(f -> f.source() != null)
                .map(f -> new EvidenceInput(f.source(), caption, null)).toList();
        List<Long> kept = files.stream().map(StepFile::evidenceId).filter(java.util.Objects::nonNull).toList();
        long id = work.disputeId();
        String typedNote = note.get();
        problem.set("");
        busy.set(true);
        DisputeService disputes = work.context().services().disputes();
        work.run("", progress -> correcting()
                ? disputes.editStep(id, number, at, typedNote, kept, evidence)
                : disputes.advance(id, status, at, typedNote, evidence),
                saved -> {
                    busy.set(false);
                    done.set(true);
                    work.changed(correcting()
                            ? texts.get("dispute.step.corrected", number, statusText, texts.formats().date(at))
                            : texts.get("dispute.step.recorded", statusText, texts.formats().date(at)));
                }, refused -> {
                    busy.set(false);
                    problem.set(refused);
                });
    }
}
