package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two names are one product (a typo, a fuller title), and when they are two products. */
class ProductNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bình giữ nhiệt 500ml | Binh giu nhiet 500 ml",
        "Bình giữ nhiệt 500ml | BÌNH GIỮ NHIỆT 500ML",
        "Bình giữ nhiệt 500ml | Bình giữ nhiêt 500ml",
        "Bình giữ nhiệt 500ml | Bình giữ nhiệt 500m",
        "Đèn ngủ LED | Den ngu LED",
        "不锈钢保温杯 500ml | 不锈钢保温杯500ml",
        "不锈钢保温杯 500ml | 不锈钢保温杯，500ml",
        "硅胶铲5件套 厨房不粘锅专用 耐高温 | 硅胶铲5件套 厨房不粘锅专用耐高温",
        "ＡＢＣ１２３ | abc123",
        "硅胶铲5件套 | 硅胶铲5件套 厨房不粘锅专用 耐高温",
        "Bình giữ nhiệt | Bình giữ nhiệt 500ml"})
    void aTypoOrAFullerTitleIsTheSameProduct(String one, String other) {
        assertThat(ProductNames.sameWithinATypo(one, other)).isTrue();
        assertThat(ProductNames.sameWithinATypo(other, one)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bình giữ nhiệt | 不锈钢保温杯 500ml",
        "Bình giữ nhiệt 500ml | Bình giữ nhiệt 750ml",
        "保温杯 | 保温壶",
        "bình 500 | bình 5000ml",
        "500ml | 1500ml",
        "Bộ xẻng silicon | 硅胶铲5件套"})
    void moreThanATypoOrAFullerTitleIsAnotherProduct(String one, String other) {
        assertThat(ProductNames.sameWithinATypo(one, other)).isFalse();
    }
}
