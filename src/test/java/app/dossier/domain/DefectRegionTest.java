package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A marked defect is a rectangle inside the upright picture, not a slip of the mouse, kept to 1/10,000. */
class DefectRegionTest {
    @Test
    void aRegionInsideThePictureIsKept() {
        assertThat(DefectRegion.problem(0.412, 0.3, 0.25, 0.18)).isEmpty();
        assertThat(DefectRegion.problem(0, 0, 1, 1)).as("the whole picture").isEmpty();
    }

    @Test
    void eachWrongRegionHasItsCode() {
        assertThat(DefectRegion.problem(-0.01, 0.3, 0.25, 0.18)).contains(DefectRegion.Problem.OUTSIDE_THE_PICTURE);
        assertThat(DefectRegion.problem(0.8, 0.3, 0.25, 0.18)).contains(DefectRegion.Problem.OUTSIDE_THE_PICTURE);
        assertThat(DefectRegion.problem(0.1, 0.9, 0.25, 0.18)).contains(DefectRegion.Problem.OUTSIDE_THE_PICTURE);
        assertThat(DefectRegion.problem(0.1, 0.1, 0.005, 0.18)).contains(DefectRegion.Problem.TOO_SMALL);
        assertThat(DefectRegion.problem(0.1, 0.1, 0.2, 0)).contains(DefectRegion.Problem.TOO_SMALL);
        assertThat(DefectRegion.problem(0.1, 0.1, -0.2, 0.3)).contains(DefectRegion.Problem.TOO_SMALL);
        assertThat(DefectRegion.problem(Double.NaN, 0.1, 0.2, 0.3)).contains(DefectRegion.Problem.NOT_A_NUMBER);
        assertThatThrownBy(() -> new DefectRegion(0.9, 0.1, 0.2, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fractionsAreKeptToFourDecimals() {
        DefectRegion region = new DefectRegion(0.412345, 0.3, 0.250049, 0.18);
        assertThat(region).isEqualTo(new DefectRegion(0.4123, 0.3, 0.25, 0.18));
    }

    @Test
    void aDragMarksTheRegionBetweenItsCornersInAnyDirectionAndClampedToThePicture() {
        assertThat(DefectRegion.between(0.7, 0.6, 0.2, 0.1)).contains(new DefectRegion(0.2, 0.1, 0.5, 0.5));
        assertThat(DefectRegion.between(0.5, 0.5, 1.3, -0.2)).contains(new DefectRegion(0.5, 0, 0.5, 0.5));
        assertThat(DefectRegion.between(0.5, 0.5, 0.502, 0.7)).as("narrower than 1%").isEmpty();
        // edges rounded before the width is taken, so the right edge stays on the picture
        DefectRegion edge = DefectRegion.between(0.41235, 0.2, 1.0, 0.4).orElseThrow();
        assertThat(edge.right()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aRegionIsPlacedInABoxOfAnySize() {
        assertThat(new DefectRegion(0.25, 0.5, 0.5, 0.25).within(400, 200)).containsExactly(100, 100, 200, 50);
    }
}
