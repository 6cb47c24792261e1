package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DefectRegion;
import app.dossier.ui.common.Texts;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Dragging on the photo: pixels of the box shown become fractions of the photo, checked as the service checks them. */
class DefectMarkModelTest {
    private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

    private static DefectMarkModel onABoxOf400By300(DefectRegion marked) {
        DefectMarkModel model = new DefectMarkModel(ENGLISH, marked);
        model.box(400, 300);
        return model;
    }

    @Test
    void aDragMarksTheRectangleAsFractionsOfThePhoto() {
        DefectMarkModel model = onABoxOf400By300(null);
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo("Nothing marked yet.");

        model.press(100, 60);
        model.drag(200, 100);
        assertThat(model.outlineProperty().get()).as("shown while dragging").isEqualTo(new Rectangle2D(100, 60, 100, 40));
        assertThat(model.result()).as("kept only when the drag ends").isNull();
        model.release(300, 150);

        assertThat(model.result()).isEqualTo(new DefectRegion(0.25, 0.2, 0.5, 0.3));
        assertThat(model.outlineProperty().get()).isEqualTo(new Rectangle2D(100, 60, 200, 90));
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.summaryProperty().get())
                .isEqualTo("Marked: 25% from the left, 20% from the top, 50% × 30% of the photo.");
    }

    @Test
    void aDragUpAndLeftAndPastTheEdgeStaysOnThePhoto() {
        DefectMarkModel model = onABoxOf400By300(null);
        model.press(300, 150);
        model.release(-50, -20);
        assertThat(model.result()).isEqualTo(new DefectRegion(0, 0, 0.75, 0.5));
    }

    @Test
    void draggingInsideTheRectangleMovesItAndNeverOffThePhoto() {
        DefectMarkModel model = onABoxOf400By300(new DefectRegion(0.25, 0.2, 0.5, 0.3));
        model.press(200, 100);
        model.release(260, 70);
        assertThat(model.result()).isEqualTo(new DefectRegion(0.4, 0.1, 0.5, 0.3));
        model.press(200, 100);
        model.release(400, 300);
        assertThat(model.result()).as("stopped at the right and bottom edges").isEqualTo(new DefectRegion(0.5, 0.7, 0.5, 0.3));
    }

    @Test
    void draggingACornerResizesFromTheOppositeOne() {
        DefectMarkModel model = onABoxOf400By300(new DefectRegion(0.25, 0.2, 0.5, 0.3));
        model.press(303, 148); // near the bottom right corner (300, 150)
        model.release(340, 210);
        assertThat(model.result()).isEqualTo(new DefectRegion(0.25, 0.2, 0.6, 0.5));
    }

    @Test
    void aTinyRectangleIsRefusedWithTheReasonAndTheMarkStaysAsItWas() {
        DefectRegion saved = new DefectRegion(0.25, 0.2, 0.5, 0.3);
        DefectMarkModel model = onABoxOf400By300(saved);
        model.press(10, 10);
        model.release(12, 40);
        assertThat(model.result()).isEqualTo(saved);
        assertThat(model.problemProperty().get()).isEqualTo("Drag a larger rectangle: at least 1% of the photo each way.");
        assertThat(model.outlineProperty().get()).isEqualTo(new Rectangle2D(100, 60, 200, 90));
        assertThat(model.canSaveProperty().get()).as("nothing changed").isFalse();

        model.press(10, 10);
        model.release(10, 10);
        assertThat(model.problemProperty().get()).as("a click says nothing").isEmpty();
    }

    @Test
    void everyProblemIsWordedInBothLanguages() {
        DefectMarkModel english = new DefectMarkModel(ENGLISH, null);
        DefectMarkModel vietnamese = new DefectMarkModel(new Texts(Locale.forLanguageTag("vi")), null);
        for (DefectRegion.Problem problem : DefectRegion.Problem.values()) {
            assertThat(english.words(problem)).doesNotStartWith("!");
            assertThat(vietnamese.words(problem)).doesNotStartWith("!").isNotEqualTo(english.words(problem));
        }
        assertThat(new DefectMarkModel(new Texts(Locale.forLanguageTag("vi")), new DefectRegion(0.25, 0.125, 0.5, 0.3))
                .summaryProperty().get()).isEqualTo("Đã đánh dấu: cách mép trái 25%, cách mép trên 12,5%, rộng 50% × cao 30% của ảnh.");
    }
}
