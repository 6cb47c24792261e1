package app.dossier.ui.shell;

import app.dossier.service.TrashEmptied;
import app.dossier.service.TrashedFile;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trash in the window: what is in it, newest first; putting the chosen file back in its order;
 * emptying it (the files of an order with an open dispute are kept). Nothing changes in a read-only
 * data folder.
 */
final class TrashViewModel {
    private final UiContext context;
    private final ZoneId zone;
    private final ObservableList<TrashRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TrashRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    TrashViewModel(UiContext context) {
        this(context, ZoneId.systemDefault());
    }

    TrashViewModel(UiContext context, ZoneId zone) {
        this.context = context;
        this.zone = zone;
    }

    ObservableList<TrashRow> rows() {
        return rows;
    }

    ObjectProperty<TrashRow> selectedProperty() {
        return selected;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean readOnly() {
        return context.services().readOnly();
    }

    /** Put back: a file chosen, the folder writable, nothing under way. */
    BooleanBinding canPutBack() {
        return Bindings.createBooleanBinding(() -> !readOnly() && !busy.get() && selected.get() != null,
                selected, busy);
    }

    /** Empty the trash: something in it, the folder writable, nothing under way. */
    BooleanBinding canEmpty() {
        return Bindings.createBooleanBinding(() -> !readOnly() && !busy.get() && !rows.isEmpty(), rows, busy);
    }

    /** Reads what is in the trash, off the window's thread. */
    void load() {
        busy.set(true);
        BackgroundTask.wrap(context.t("trash.loading"), progress -> context.services().trash().list())
                .onSuccess(files -> {
                    busy.set(false);
                    show(files);
                })
                .onFailure(this::failed)
                .executeWith(context.runner());
    }

    /** Puts the chosen file back in its order, shows the order, and says so; a refusal is said in words. */
    void putBack() {
        TrashRow row = selected.get();
        if (row == null || readOnly()) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(context.t("trash.restoring"), progress -> context.services().trash().restore(row.id()))
                .onSuccess(evidence -> {
                    busy.set(false);
                    context.navigator().showOrder(evidence.orderId());
                    context.navigator().say(context.t("trash.restored", evidence.fileName(), row.order()));
                    load();
                })
                .onFailure(this::failed)
                .executeWith(context.runner());
    }

    /** Empties the trash (the caller has asked first) and says what went and what was kept. */
    void empty() {
        if (readOnly()) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(context.t("trash.emptying"), progress -> context.services().trash().empty())
                .onSuccess(emptied -> {
                    busy.set(false);
                    context.navigator().say(emptiedText(emptied));
                    load();
                })
                .onFailure(this::failed)
                .executeWith(context.runner());
    }

    private String emptiedText(TrashEmptied emptied) {
        int kept = emptied.keptForDispute().size() + emptied.keptUnreadable().size();
        return kept == 0 ? context.t("trash.emptied", emptied.deleted())
                : context.t("trash.emptied.kept", emptied.deleted(), kept);
    }

    private void show(List<TrashedFile> files) {
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(files.stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        summary.set(files.isEmpty() ? context.t("trash.empty") : context.t("trash.count", files.size()));
    }

    private TrashRow row(TrashedFile file) {
        var evidence = file.evidence();
        return new TrashRow(file.id(), evidence.orderId(), evidence.fileName(), file.orderLabel(),
                context.t("category." + evidence.category().name()),
                context.texts().formats().date(LocalDateTime.ofInstant(file.removedAt(), zone)),
                evidence.caption() == null ? "" : evidence.caption());
    }

    private void failed(Throwable error) {
        busy.set(false);
        context.navigator().warn(ErrorText.of(error, context.texts()));
        load();
    }
}
