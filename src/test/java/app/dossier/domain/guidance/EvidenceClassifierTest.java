package app.dossier.domain.guidance;

import static app.dossier.domain.guidance.EvidenceRole.CHAT;
import static app.dossier.domain.guidance.EvidenceRole.CONTRACT;
import static app.dossier.domain.guidance.EvidenceRole.FACTORY_CONFIRMATION;
import static app.dossier.domain.guidance.EvidenceRole.ORDER_PAGE;
import static app.dossier.domain.guidance.EvidenceRole.ORDER_SUMMARY;
import static app.dossier.domain.guidance.EvidenceRole.RECEIVING_PHOTO;
import static app.dossier.domain.guidance.EvidenceRole.SAMPLE_CONFIRMATION;
import static app.dossier.domain.guidance.EvidenceRole.SAMPLE_PHOTO;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EvidenceClassifierTest {
    private final EvidenceClassifier classifier = EvidenceClassifier.byKeywords();

    static Stream<Arguments> recognised() {
        EvidenceCategory a = EvidenceCategory.AGREEMENT;
        EvidenceCategory c = EvidenceCategory.CONFIRMATION;
        return Stream.of(
                // the sample business's own captions
                Arguments.of(a, "o1-chat-spec.png", "Chat 1688: chốt giá 18,5 tệ/bộ, 200 bộ, màu xám và xanh", Set.of(CHAT)),
                Arguments.of(a, "o1-sample.jpg", "Ảnh mẫu xưởng gửi (tiêu chuẩn tham chiếu)", Set.of(SAMPLE_PHOTO)),
                Arguments.of(a, "o1-chat-sample-confirmed.png", "Xưởng xác nhận: hàng loạt làm đúng như mẫu",
                        Set.of(SAMPLE_CONFIRMATION, CHAT)),
                Arguments.of(a, "o3-label-sample.jpg", "Mẫu nhãn cổ MAI HOME", Set.of(SAMPLE_PHOTO)),
                Arguments.of(a, "o5-sample-box.jpg", "Ảnh hộp mẫu", Set.of(SAMPLE_PHOTO)),
                Arguments.of(c, "o1-order-page.png", "Trang chi tiết đơn 1688", Set.of(ORDER_PAGE)),
                Arguments.of(c, "o3-summary-confirmed.png", "Tóm tắt đơn bằng tiếng Trung, xưởng trả lời “确认”",
                        Set.of(FACTORY_CONFIRMATION, ORDER_SUMMARY)),
                // Chinese and English
                Arguments.of(a, "IMG_0042.jpg", "工厂发的样品照片", Set.of(SAMPLE_PHOTO)),
                Arguments.of(a, "IMG_0043.png", "微信聊天：工厂确认大货按样品做", Set.of(SAMPLE_CONFIRMATION, CHAT)),
                Arguments.of(a, "golden sample approved.png", null, Set.of(SAMPLE_CONFIRMATION, CHAT)),
                Arguments.of(a, "Screenshot_20260901.png", null, Set.of(CHAT)),
                Arguments.of(a, "tin nhắn zalo.png", "", Set.of(CHAT)),
                // a request or a negation is not a confirmation
                Arguments.of(a, "IMG_1.jpg", "Ảnh mẫu, xưởng chưa xác nhận", Set.of(SAMPLE_PHOTO)),
                Arguments.of(a, "IMG_2.jpg", "样品照片，请确认", Set.of(SAMPLE_PHOTO)),
                Arguments.of(a, "IMG_3.jpg", "sample photo, not confirmed yet", Set.of(SAMPLE_PHOTO)),
                Arguments.of(c, "summary.png", "Tóm tắt đơn gửi xưởng, nhờ xác nhận", Set.of(ORDER_SUMMARY)),
                // "màu" (colour) is not "mẫu" (sample)
                Arguments.of(a, "IMG_4.jpg", "Bảng màu vải", Set.of()),
                // contracts
                Arguments.of(a, "hop-dong.pdf", "Hợp đồng OEM đã ký", Set.of(CONTRACT)),
                Arguments.of(c, "terms.png", "条款 工厂已确认", Set.of(CONTRACT, FACTORY_CONFIRMATION)),
                // a file in Order and confirmation that says nothing is the order page
                Arguments.of(c, "IMG_5.png", null, Set.of(ORDER_PAGE)));
    }

    @ParameterizedTest(name = "{1} “{2}”")
    @MethodSource("recognised")
    void recognisesWhatAFileIsFromItsWords(EvidenceCategory category, String name, String caption, Set<EvidenceRole> roles) {
        assertThat(classifier.rolesOf(file(category, name, caption, CaseBuilder.mediaType(name)))).isEqualTo(roles);
    }

    @Test
    void theFolderNameDoesNotMakeEveryFileAChat() {
        assertThat(classifier.rolesOf(file(EvidenceCategory.AGREEMENT, "IMG_2231.jpg", null, "image/jpeg"))).isEmpty();
        assertThat(classifier.rolesOf(file(EvidenceCategory.CONFIRMATION, "IMG_2231.jpg", null, "image/jpeg")))
                .doesNotContain(FACTORY_CONFIRMATION);
    }

    @Test
    void aChatExportIsAChatWhateverItsName() {
        assertThat(classifier.rolesOf(file(EvidenceCategory.AGREEMENT, "export.csv", null, "text/csv"))).contains(CHAT);
        assertThat(classifier.rolesOf(file(EvidenceCategory.AGREEMENT, "lisa.txt", null, "text/plain"))).contains(CHAT);
    }

    @Test
    void vietnameseTypedAsDecomposedLettersIsStillRecognised() {
        String nfd = Normalizer.normalize("Xưởng xác nhận mẫu", Normalizer.Form.NFD);
        assertThat(classifier.rolesOf(file(EvidenceCategory.AGREEMENT, "a.png", nfd, "image/png")))
                .contains(SAMPLE_CONFIRMATION);
    }

    @Test
    void onlyPicturesInReceivingArePhotos() {
        assertThat(classifier.rolesOf(file(EvidenceCategory.RECEIVING, "door.jpg", null, "image/jpeg")))
                .containsExactly(RECEIVING_PHOTO);
        assertThat(classifier.rolesOf(file(EvidenceCategory.RECEIVING, "count.xlsx", null,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))).isEmpty();
        assertThat(classifier.rolesOf(file(EvidenceCategory.RECEIVING, "door.heic", null, null)))
                .containsExactly(RECEIVING_PHOTO);
    }

    @Test
    void rolesTheUserSetWinOverKeywords() {
        EvidenceClassifier flagged = classifier.preferring(e -> e.fileName().equals("IMG_9.jpg")
                ? Set.of(SAMPLE_CONFIRMATION) : null);
        assertThat(flagged.rolesOf(file(EvidenceCategory.AGREEMENT, "IMG_9.jpg", "Ảnh mẫu", "image/jpeg")))
                .containsExactly(SAMPLE_CONFIRMATION);
        assertThat(flagged.rolesOf(file(EvidenceCategory.AGREEMENT, "IMG_8.jpg", "Ảnh mẫu", "image/jpeg")))
                .containsExactly(SAMPLE_PHOTO);
    }

    private static Evidence file(EvidenceCategory category, String name, String caption, String mediaType) {
        return new Evidence(1, 1, category, category.folderName() + "/" + name, name, "0".repeat(64), 10, mediaType,
                null, Instant.EPOCH, caption, null);
    }
}
