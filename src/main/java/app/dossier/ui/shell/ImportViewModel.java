package app.dossier.ui.shell;

import app.dossier.domain.Clash;
import app.dossier.domain.FieldChange;
import app.dossier.domain.ImportAction;
import app.dossier.domain.PlannedOrder;
import app.dossier.domain.TakenClashes;
import app.dossier.service.ImportPreview;
import app.dossier.service.ImportReport;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing a 1688 order export: the preview of what each order becomes (created, updated,
 * skipped, refused, clashing with Dossier, and why) before anything changes, then the import itself
 * in the background. A clash shows both sides and is left as it is unless its box is ticked.
 */
public final class ImportViewModel {
    private final UiContext context;
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private Path file;
    private boolean changes;
    private boolean importing;

    public ImportViewModel(UiContext context) {
        this.context = context;
    }

    public ObservableList<ImportRow> rows() {
        return rowsView;
    }

    /** Where the orders were found: "sheet “订单列表” of orders.xlsx". */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** "2 to create, 1 to update, 3 already there, 1 row refused". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the file cannot be imported at all, or what went wrong; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** True once the import has run. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Reads the file and plans, without changing anything. */
    public void preview(Path chosen) {
        file = chosen;
        rows.clear();
        problem.set("");
        canImport.set(false);
        done.set(false);
        changes = false;
        importing = false;
        source.set(chosen.getFileName().toString());
        BackgroundTask.wrap(context.t("import.reading"), progress -> context.services().imports().preview(chosen))
                .onSuccess(this::show)
                .onFailure(error -> problem.set(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    private void show(ImportPreview preview) {
        source.set(preview.readAs());
        List<ImportRow> lines = new ArrayList<>();
        int create = 0;
        int update = 0;
        int skip = 0;
        int refused = 0;
        for (PlannedOrder order : preview.orders()) {
            if (order.refused()) {
                refused++;
            } else if (order.action() == ImportAction.CREATE) {
                create++;
            } else if (order.action() == ImportAction.UPDATE) {
                update++;
            } else if (order.action() == ImportAction.SKIP) {
                skip++;
            }
            ImportRow row = row(order);
            row.takeProperty().addListener((o, was, now) -> refreshCanImport());
            lines.add(row);
        }
        rows.setAll(lines);
        String text = context.t("import.summary", create, update, skip, refused, preview.plan().newFactories().size());
        int clashes = preview.plan().clashes().size();
        summary.set(clashes == 0 ? text : text + " " + context.t("import.clashes", clashes));
        changes = !preview.changesNothing();
        canImport.set(changes);
    }

    private ImportRow row(PlannedOrder order) {
        String action = order.refused() ? context.t("import.action.REFUSED")
                : context.t("import.action." + order.action().name());
        String factory = order.factoryName() == null ? ""
                : order.factoryName() + (order.newFactory() ? " " + context.t("import.newFactory") : "");
        List<String> why = new ArrayList<>();
        List<String> reasons = order.reasons();
        if (order.action() == ImportAction.CLASH) {
            Clash clash = order.clash();
            why.add(context.t("import.clash", clash.reasons().stream()
                    .map(reason -> context.t("import.clash." + reason.name())).collect(Collectors.joining(", "))));
            why.add(side("import.side.dossier", clash.inDossier()));
            why.add(side("import.side.file", clash.inFile()));
            why.add(context.t("import.clash.take"));
            reasons = reasons.subList(1, reasons.size());
        }
        for (FieldChange change : order.changes()) {
            why.add(field(change.field()) + ": " + (change.before().isEmpty() ? "—" : change.before()) + " → "
                    + change.after());
        }
        why.addAll(reasons);
        String number = order.orderNumber() != null ? order.orderNumber()
                : context.t("import.rows", order.rowNumbers().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
        return new ImportRow(action, number, factory, String.join("\n", why), order.refused(),
                order.action() == ImportAction.CLASH);
    }

    private String side(String key, Clash.Side side) {
        return context.t(key, side.factory(), side.product(), side.amount());
    }

    /** A field's name in the window's language ("số lượng"), or as the plan names it. */
    private String field(String name) {
        String key = "import.field." + name.replace(' ', '_');
        return context.texts().has(key) ? context.t(key) : name;
    }

    private void refreshCanImport() {
        canImport.set(!importing && !done.get() && (changes || anyTaken()));
    }

    private boolean anyTaken() {
        return rows.stream().anyMatch(row -> row.clash() && row.takeProperty().get());
    }

    /**
     * Carries the plan out, one order at a time, taking the file's side of the clashes ticked; the
     * status line shows progress and can stop it.
     */
    public void importNow() {
        if (file == null || !canImport.get()) {
            return;
        }
        canImport.set(false);
        importing = true;
        TakenClashes taken = TakenClashes.of(rows.stream().filter(row -> row.clash() && row.takeProperty().get())
                .map(ImportRow::orderNumber).toList());
        BackgroundTask.wrap(context.t("import.running"),
                        progress -> context.services().imports().apply(file, taken, progress))
                .onSuccess(this::reported)
                .onFailure(error -> {
                    importing = false;
                    problem.set(ErrorText.of(error, context.texts()));
                    canImport.set(true);
                })
                .executeWith(context.runner());
    }

    private void reported(ImportReport report) {
        importing = false;
        done.set(true);
        String text = context.t("import.done", report.created().size(), report.updated().size(),
                report.factories().size());
        if (report.cancelled()) {
            text = text + " " + context.t("import.stopped");
        }
        int clashes = report.preview().plan().clashes().size();
        if (clashes > 0) {
            text = text + " " + context.t("import.clashesLeft", clashes);
        }
        summary.set(text);
        if (!report.failed().isEmpty()) {
            problem.set(context.t("import.failed") + "\n" + report.failed().stream()
                    .map(f -> f.orderNumber() + ": " + f.reason()).collect(Collectors.joining("\n")));
        }
        context.navigator().say(text);
    }
}
