package app.dossier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DefectKind;
import app.dossier.domain.ReceivingDefect;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** Naming defects by kind: counts prefilled from the form, photos ticked, what is saved. */
class DefectsModelTest {
    private final SimpleObjectProperty<Long> shortBy = new SimpleObjectProperty<>(20L);
    private final SimpleObjectProperty<Long> defective = new SimpleObjectProperty<>();
    private final DefectsModel model = new DefectsModel(new Texts(Locale.ENGLISH), shortBy, defective,
            new SimpleStringProperty("sets"));
    private final DefectsModel.Photo kept = new DefectsModel.Photo(Path.of("kept.jpg"), 41L, "kept.jpg", null, 1);
    private final DefectsModel.Photo lid = DefectsModel.Photo.picked(Path.of("/photos/lid.jpg"));
    private final DefectsModel.Photo box = DefectsModel.Photo.picked(Path.of("/photos/box.jpg"));

    @Test
    void aKindChosenAfterTheDefectiveCountTakesThatCount() {
        defective.set(3L);
        DefectsModel.Row row = model.add();
        assertThat(row.count().textProperty().get()).isEmpty();
        row.kindProperty().set(DefectKind.CRACKED);
        assertThat(row.count().textProperty().get()).isEqualTo("3");
        row.count().textProperty().set("2");
        row.kindProperty().set(DefectKind.SCRATCHED);
        assertThat(row.count().textProperty().get()).as("what was typed stays").isEqualTo("2");
    }

    @Test
    void shortIsOrderedMinusReceivedAndFollowsTheCount() {
        DefectsModel.Row row = model.add(DefectKind.SHORT);
        assertThat(row.count().textProperty().get()).isEqualTo("20");
        assertThat(row.unitProperty().get()).isEqualTo("sets");
        shortBy.set(25L);
        assertThat(row.count().textProperty().get()).isEqualTo("25");
        defective.set(4L);
        row.kindProperty().set(DefectKind.STAINED);
        assertThat(row.count().textProperty().get()).as("the shortfall is not a count of stained units")
                .isEqualTo("4");
    }

    @Test
    void damagedPackagingIsCountedInCartons() {
        DefectsModel.Row row = model.add(DefectKind.DAMAGED_PACKAGING);
        row.count().textProperty().set("1");
        assertThat(row.unitProperty().get()).isEqualTo("carton");
        row.count().textProperty().set("2");
        assertThat(row.unitProperty().get()).isEqualTo("cartons");
    }

    @Test
    void keptPhotosAreNamedByIdAndNewOnesByFile() {
        model.photos().setAll(kept, lid, box);
        defective.set(3L);
        DefectsModel.Row cracked = model.add(DefectKind.CRACKED);
        cracked.show(kept, true);
        cracked.show(lid, true);
        DefectsModel.Row cartons = model.add(DefectKind.DAMAGED_PACKAGING);
        cartons.count().textProperty().set("1");
        cartons.show(box, true);
        cartons.show(box, false);

        assertThat(model.defects()).containsExactly(new ReceivingDefect(DefectKind.CRACKED, 3, List.of(41L)),
                new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 1, List.of()));
        assertThat(model.newPhotosShowing()).isEqualTo(Map.of(DefectKind.CRACKED, List.of(lid.file())));

        model.photos().setAll(kept, box);
        assertThat(cracked.showing()).as("a photo taken out of the picks shows nothing").containsExactly(kept);
        assertThat(model.newPhotosShowing()).isEmpty();
    }

    @Test
    void aSavedRecordsDefectsComeBackWithTheirPhotos() {
        model.photos().setAll(kept, lid);
        model.load(List.of(new ReceivingDefect(DefectKind.WRONG_COLOUR, 5, List.of(41L))));
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.kindProperty().get()).isEqualTo(DefectKind.WRONG_COLOUR);
            assertThat(row.count().textProperty().get()).isEqualTo("5");
            assertThat(row.showing()).containsExactly(kept);
        });
        List<Object> before = model.state();
        model.rows().get(0).count().textProperty().set("6");
        assertThat(model.state()).isNotEqualTo(before);
    }

    @Test
    void aCountThatCannotBeReadIsSaidAndEachChangeIsTold() {
        int[] told = {0};
        model.onChange(() -> told[0]++);
        DefectsModel.Row row = model.add(DefectKind.OTHER);
        row.count().textProperty().set("ba");
        assertThat(model.checkCounts()).isFalse();
        assertThat(row.count().errorProperty().get()).isEqualTo("“ba” is not a count. Type a whole number, for example 3.");
        assertThat(told[0]).isGreaterThanOrEqualTo(2);
        model.remove(row);
        assertThat(model.defects()).isEmpty();
        assertThat(model.name(DefectKind.CRACKED)).isEqualTo("Cracked or broken");
    }
}
