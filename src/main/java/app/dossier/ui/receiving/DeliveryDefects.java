package app.dossier.ui.receiving;

import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.DefectWords;
import app.dossier.ui.common.DefectsModel;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/** The defects of the delivery on the warehouse screen: short as counted, the photos that can show a defect, what was named. */
final class DeliveryDefects {
    private DeliveryDefects() {
    }

    /** The defects part for the chosen order: short is its quantity minus the units received. */
    static DefectsModel model(Texts texts,
            ObservableObjectValue<OrderSummary> chosen,
            ObservableValue<Long> unitsReceived, ObservableValue<Long> defective,
            PhotoPicks photos) {
        DefectsModel model = new DefectsModel(texts, Bindings.createObjectBinding(() ->
                chosen.get() == null || unitsReceived.getValue() == null ? null
                        : chosen.get().order().quantity() - unitsReceived.getValue(), chosen, unitsReceived),
                defective, Bindings.createStringBinding(() ->
                        chosen.get() == null ? "" : chosen.get().order().unit(), chosen));
        follow(photos, model);
        return model;
    }

    /** Keeps the photos a defect can be shown in as the photos saved with the order and those picked now. */
    private static void follow(PhotoPicks photos, DefectsModel defects) {
        Runnable offer = () -> {
            List<DefectsModel.Photo> choices = new ArrayList<>();
            for (PhotoPicks.SavedPhoto saved : photos.saved()) {
                choices.add(new DefectsModel.Photo(saved.path(), saved.evidence().id(), saved.evidence().fileName(),
                        saved.shown(), saved.orientation()));
            }
            for (Path picked : photos.list()) {
                choices.add(DefectsModel.Photo.picked(picked));
            }
            if (!choices.equals(defects.photos())) {
                defects.photos().setAll(choices);
            }
        };
        photos.saved().addListener((ListChangeListener<PhotoPicks.SavedPhoto>) c -> offer.run());
        photos.list().addListener((ListChangeListener<Path>) c -> offer.run());
    }

    /** " Defects: cracked or broken 3 sets, damaged packaging 1 carton.", or nothing when none were named. */
    static String named(ReceivingRecord record, String unit, Texts texts) {
        if (record.defects().isEmpty()) {
            return "";
        }
        return " " + texts.get("receiving.defects.saved", record.defects().stream()
                .map((ReceivingDefect d) -> texts.words().defect(d.kind()) + " "
                        + texts.words().quantity(d.count(), DefectWords.unitOf(d.kind(), unit)))
                .collect(Collectors.joining(", ")));
    }
}
