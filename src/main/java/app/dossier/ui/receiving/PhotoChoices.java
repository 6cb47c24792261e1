package app.dossier.ui.receiving;

import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.ui.common.DefectWords;
import app.dossier.ui.common.DefectsModel;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;

/** The defects part of the warehouse screen beside its photos: which photos can show a defect, and what was named. */
final class PhotoChoices {
    private PhotoChoices() {
    }

    /** Keeps the photos a defect can be shown in as the photos saved with the order and those picked now. */
    static void follow(PhotoPicks photos, DefectsModel defects) {
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
