package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DisputeStatus;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every fixed word of the packet is there in Chinese, English and Vietnamese, the Chinese in Chinese. */
class LabelWordsTest {
    @ParameterizedTest
    @EnumSource(Label.class)
    void everyLabelHasItsWordsInEveryLanguage(Label label) {
        for (Language language : Language.values()) {
            assertThat(label.in(language, 3, 7)).as(language + " " + label).isNotBlank().doesNotContain("!", "{");
        }
        assertThat(label.in(Language.CHINESE, 3, 7)).as("Chinese " + label).containsPattern("\\p{IsHan}");
        assertThat(label.in(Language.VIETNAMESE, 3, 7)).as("Vietnamese, not English")
                .isNotEqualTo(label.in(Language.ENGLISH, 3, 7));
    }

    @Test
    void categoriesStepsCountsAndPagesReadChineseFirst() {
        Labels vietnamese = new Labels(Language.VIETNAMESE);
        assertThat(vietnamese.category(EvidenceCategory.RECEIVING)).isEqualTo("收货与质检 / Nhận hàng và kiểm tra");
        assertThat(vietnamese.status(DisputeStatus.ESCALATED)).isEqualTo("已提交1688平台纠纷\nĐã khiếu nại lên 1688");
        assertThat(vietnamese.page(2, 9)).isEqualTo("第 2 页，共 9 页 / Trang 2 / 9");
        assertThat(new Labels(Language.ENGLISH).files(1)).isEqualTo("1 个文件 / 1 file");
        assertThat(new Labels(Language.ENGLISH).hoursAfterArrival("50")).isEqualTo("到货后 50 小时 / 50 h after arrival");
        assertThat(new Labels(Language.CHINESE).files(4)).isEqualTo("4 个文件");
        assertThat(vietnamese.quantity(200, "sets", " × ¥18.50")).isEqualTo("200套 × ¥18.50 / 200 bộ × ¥18.50");
        assertThat(new Labels(Language.ENGLISH).unit(180, "pcs")).isEqualTo("件 (pcs)");
    }
}
