package app.dossier.ui.dispute;

import app.dossier.domain.DateInput;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DisputeStepRules;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.InvalidInputException;
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
 * One next step of a dispute (sent, factory replied, resolved, escalated, closed): when it happened,
 * a note, and the files that show it, such as a screenshot of the factory's reply. The files are kept
 * in the order's Chat and agreements.
 */
public final class StepForm {
    private final DisputeWorkViewModel work;
    private final Texts texts;
    private final DisputeStatus status;
    private final StringProperty when = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private boolean checked;

    StepForm(DisputeWorkViewModel work, DisputeStatus status, LocalDateTime now) {
        this.work = work;
        this.texts = work.texts();
        this.status = status;
        when.set(DateInput.format(now));
        when.addListener((o, was, text) -> recheck());
        note.addListener((o, was, text) -> recheck());
    }

    public DisputeStatus status() {
        return status;
    }

    /** "Sent to the factory": the title of the dialog. */
    public String title() {
        return texts.get("dispute.step.title." + status.name());
    }

    /** What to write down for this step, in a sentence. */
    public String explanation() {
        return texts.get("dispute.step.explain." + status.name());
    }

    /** When it happened, as typed: "2026-11-26 14:30", "26/11/2026 14h30". */
    public StringProperty whenProperty() {
        return when;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The files to keep with the step. */
    public ObservableList<Path> files() {
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
            if (!files.contains(file)) {
                files.add(file);
            }
        }
    }

    public void remove(Path file) {
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
        List<FieldProblem> problems = DisputeStepRules.problems(work.current().dispute().events(), at, note.get());
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
        String caption = texts.get("dispute.step.fileCaption", statusText, DateInput.format(at));
        List<EvidenceInput> evidence = files.stream().map(f -> new EvidenceInput(f, caption, null)).toList();
        long id = work.disputeId();
        String typedNote = note.get();
        problem.set("");
        busy.set(true);
        work.run("", progress -> work.context().services().disputes().advance(id, status, at, typedNote, evidence),
                saved -> {
                    busy.set(false);
                    done.set(true);
                    work.changed(texts.get("dispute.step.recorded", statusText, DateInput.format(at)));
                }, refused -> {
                    busy.set(false);
                    problem.set(refused);
                });
    }
}
