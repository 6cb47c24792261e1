package app.dossier.ui.order;

import app.dossier.domain.CaseFile;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.ReceivingRules;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.DefectsModel;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * "Edit defects…" on a saved receiving record: the same rows as on the warehouse screen, the photos
 * chosen from the order's receiving files, checked by the record's rule as they are typed and saved
 * on their own, without touching the counts.
 */
public final class DefectsEditModel {
    private final UiContext context;
    private final ReceivingRecord record;
    private final DefectsModel defects;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final Consumer<ReceivingRecord> saved;
    private final List<Object> before;
    private boolean judged;

    /** @param saved told the record as saved, on the window's thread */
    DefectsEditModel(UiContext context, CaseFile caseFile, List<EvidenceItem> receivingFiles,
            Consumer<ReceivingRecord> saved) {
        this.context = context;
        this.record = caseFile.receiving();
        this.saved = saved;
        this.defects = new DefectsModel(context.texts(), new SimpleObjectProperty<>(record.unitsShort()),
                new SimpleObjectProperty<>(record.defectiveUnits()),
                new SimpleStringProperty(caseFile.order().unit()));
        List<DefectsModel.Photo> photos = new ArrayList<>();
        for (EvidenceItem item : receivingFiles) {
            if (item.evidence().category() == EvidenceCategory.RECEIVING) {
                photos.add(new DefectsModel.Photo(item.path(), item.evidence().id(), item.evidence().fileName(),
                        item.picture() ? item.shown() : null, item.orientation()));
            }
        }
        defects.photos().setAll(photos);
        defects.load(record.defects());
        defects.onChange(() -> {
            if (judged) {
                judge();
            }
        });
        before = defects.state();
    }

    public DefectsModel defects() {
        return defects;
    }

    /** Whether anything was changed since the dialog opened. */
    public boolean isChanged() {
        return !defects.state().equals(before);
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Checks the defects against the record's rule and, when they pass, saves them in the background;
     * true when saving started (the dialog may close), false when something must be fixed first.
     */
    public boolean save() {
        if (saving.get() || !judge()) {
            return false;
        }
        saving.set(true);
        long orderId = record.orderId();
        List<app.dossier.domain.ReceivingDefect> named = defects.defects();
        BackgroundTask.wrap(context.t("order.defects.saving"),
                        progress -> context.services().receiving().nameDefects(orderId, named))
                .onSuccess(result -> {
                    saving.set(false);
                    context.navigator().say(context.t("order.defects.saved", result.defects().size()));
                    saved.accept(result);
                })
                .onFailure(error -> {
                    saving.set(false);
                    context.navigator().warn(ErrorText.of(error, context.texts()));
                })
                .executeWith(context.runner());
        return true;
    }

    private boolean judge() {
        judged = true;
        boolean readable = defects.checkCounts();
        List<String> problems = ReceivingRules.problems(record.withDefects(defects.defects())).stream()
                .filter(p -> p.field() == app.dossier.domain.Field.DEFECTS)
                .map((FieldProblem p) -> ErrorText.of(p, context.texts())).toList();
        defects.showProblem(String.join(" ", problems));
        return readable && problems.isEmpty();
    }
}
