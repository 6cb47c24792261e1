package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A photo's tile says when it was taken, and says so when the phone's clock cannot be right. */
class OrderFactsTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant ADDED = LocalDateTime.of(2026, 10, 3, 11, 0).atZone(HANOI).toInstant();
    private static final LocalDate ORDERED = LocalDate.of(2026, 9, 2);

    private static Evidence photo(LocalDateTime taken) {
        return new Evidence(1, 1, EvidenceCategory.RECEIVING, "Receiving and QC/IMG_1001.HEIC", "IMG_1001.HEIC",
                "ab".repeat(32), 1000, "image/heic", taken, ADDED, null, null);
    }

    private static EvidenceItem item(LocalDateTime taken, Locale language) {
        Path file = Path.of("IMG_1001.HEIC");
        return OrderFacts.item(photo(taken), file, Path.of("preview.jpg"), 6, ORDERED, new Texts(language), HANOI);
    }

    @Test
    void aPhotoTakenWhenItCouldHaveBeenSaysOnlyWhen() {
        EvidenceItem item = item(LocalDateTime.of(2026, 10, 3, 10, 31), Locale.ENGLISH);
        assertThat(item.taken()).isEqualTo("Taken 2026-10-03 10:31");
        assertThat(item.picture()).isTrue();
        assertThat(item.shown()).isEqualTo(Path.of("preview.jpg"));
    }

    @Test
    void aClockAheadOrResetIsSaidBesideTheTimeInTheWindowsLanguage() {
        assertThat(item(LocalDateTime.of(2027, 10, 3, 10, 31), Locale.ENGLISH).taken())
                .startsWith("Taken 2027-10-03 10:31").contains("clock of the phone seems wrong", "after the photo was added");
        assertThat(item(LocalDateTime.of(2015, 1, 1, 0, 0), Locale.ENGLISH).taken()).contains("years before the order");
        assertThat(item(LocalDateTime.of(2015, 1, 1, 0, 0), Locale.forLanguageTag("vi")).taken())
                .startsWith("Chụp lúc").contains("đồng hồ điện thoại có vẻ sai");
    }

    @Test
    void aFileTheWindowCannotDrawIsNoPicture() {
        EvidenceItem item = OrderFacts.item(photo(null), Path.of("VID.mp4"), null, 1, ORDERED,
                new Texts(Locale.ENGLISH), HANOI);
        assertThat(item.picture()).isFalse();
        assertThat(item.taken()).isEmpty();
    }
}
