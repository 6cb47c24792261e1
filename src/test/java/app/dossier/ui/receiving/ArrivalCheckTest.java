package app.dossier.ui.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.guidance.Finding;
import app.dossier.photos.PhoneFiles;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Arrived at" as the photos tell it: never now by default, proposed from the earliest photo and
 * saying so, a photo taken before it flagged by name, and a late record said before saving. The
 * computer's clock is 26 Nov 2026 10:00 in Hanoi ({@link Workspace#CLOCK}).
 */
class ArrivalCheckTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private ReceivingViewModel model;

    @BeforeEach
    void open() {
        ui = ModelContext.ofSmallBusiness(temp);
        model = new ReceivingViewModel(ui.context(), Workspace.CLOCK);
        model.refresh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    /** A phone's JPEG taken at {@code taken} ("2026:11:24 09:14:00"), with the phone's offset when not null. */
    private Path photo(String name, String taken, String offset) {
        return PhoneFiles.write(temp.resolve("phone"), name,
                PhoneFiles.jpeg(PhoneFiles.picture(320, 240), PhoneFiles.exif(taken, offset, 6)));
    }

    private void choose(ReceivingViewModel form, String number) {
        form.finder().searchProperty().set(number);
        form.choose(form.finder().matches().get(0));
    }

    private void fillTheRest(ReceivingViewModel form) {
        form.unitsReceived().textProperty().set("1200");
        form.packagingProperty().set(PackagingCondition.INTACT);
        form.unitsSampled().textProperty().set("50");
        form.defective().textProperty().set("0");
        form.inspectedByProperty().set("Trần Văn Hùng");
    }

    @Test
    void photosTakenTwoDaysAgoProposeTheirArrivalSaySoAndTheRecordIsLate() {
        choose(model, "JX-2026-031");
        assertThat(model.arrivedAt().textProperty().get()).as("no default of now").isEmpty();

        // A phone set to China time (+08:00) took the first photo at 10:14 there, 09:14 in Hanoi.
        model.photos().add(List.of(photo("IMG_0415.jpg", "2026:11:24 09:20:05", null),
                photo("IMG_0412.jpg", "2026:11:24 10:14:37", "+08:00")));
        fillTheRest(model);

        assertThat(model.arrivedAt().textProperty().get()).isEqualTo("2026-11-24 09:14");
        assertThat(model.arrival().sourceProperty().get())
                .isEqualTo("From the earliest photo, IMG_0412.jpg, taken 24 Nov 2026 09:14. "
                        + "Change it if the goods came earlier.");
        assertThat(model.arrival().flags()).isEmpty();
        assertThat(model.arrival().lateProperty().get())
                .startsWith("Late: with this arrival time the record is saved as late, and the order keeps its warning."
                        + " The goods were checked 48 hours after they arrived, later than 48 hours.");

        model.save();

        Order order = ui.workspace().services().orders().find("JX-2026-031");
        ReceivingRecord saved = ui.workspace().services().receiving().ofOrder(order.id()).orElseThrow();
        assertThat(saved.arrivedAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 14));
        assertThat(ui.workspace().services().guidance().findings(order.id())).extracting(Finding::kind)
                .as("the order keeps its warning").contains(Finding.Kind.INSPECTED_LATE);
    }

    @Test
    void anArrivalTypedAfterAPhotoFlagsThatPhotoByNameAndSavingWaitsForADeliberateChoice() {
        choose(model, "JX-2026-031");
        model.arrivedAt().textProperty().set("2026-11-26 08:00");
        model.photos().add(List.of(photo("IMG_0412.jpg", "2026:11:25 17:40:00", "+07:00"),
                photo("IMG_0413.jpg", "2026:11:26 08:05:00", "+07:00")));
        fillTheRest(model);

        assertThat(model.arrivedAt().textProperty().get()).as("what the user typed stays").isEqualTo("2026-11-26 08:00");
        assertThat(model.arrival().flags()).containsExactly(
                "IMG_0412.jpg was taken 25 Nov 2026 17:40, before the arrival time (26 Nov 2026 08:00).");
        assertThat(model.arrival().sourceProperty().get()).isEqualTo("The earliest photo, IMG_0412.jpg, was taken 25 Nov 2026 17:40.");
        assertThat(model.arrival().canUseProposalProperty().get()).isTrue();
        assertThat(model.arrival().takenBeforeProperty().get()).isTrue();

        model.save();

        assertThat(model.formErrorProperty().get()).isEqualTo("A photo was taken before the arrival time. Correct the "
                + "arrival time, or tick “Keep this arrival time anyway” to save it as it is.");
        Order order = ui.workspace().services().orders().find("JX-2026-031");
        assertThat(ui.workspace().services().receiving().ofOrder(order.id())).as("nothing saved yet").isEmpty();

        model.arrival().keepAnywayProperty().set(true);
        model.save();

        assertThat(ui.workspace().services().receiving().ofOrder(order.id()).orElseThrow().arrivedAt())
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 8, 0));
    }

    @Test
    void theProposalCanBeTakenBackAfterTypingAnother() {
        choose(model, "JX-2026-031");
        model.photos().add(List.of(photo("IMG_0412.jpg", "2026:11:25 17:40:00", "+07:00")));
        assertThat(model.arrivedAt().textProperty().get()).isEqualTo("2026-11-25 17:40");
        model.arrivedAt().textProperty().set("2026-11-26 09:00");
        assertThat(model.arrival().flags()).hasSize(1);

        model.photos().add(List.of(photo("IMG_0420.jpg", "2026:11:25 18:00:00", "+07:00")));
        assertThat(model.arrivedAt().textProperty().get()).as("another photo does not overwrite what was typed")
                .isEqualTo("2026-11-26 09:00");

        model.arrival().useProposal();

        assertThat(model.arrivedAt().textProperty().get()).isEqualTo("2026-11-25 17:40");
        assertThat(model.arrival().flags()).isEmpty();
        assertThat(model.arrival().keepAnywayProperty().get()).isFalse();
        assertThat(model.arrival().lateProperty().get()).isEmpty();
    }

    @Test
    void aPhoneWithAWrongClockIsNamedAndNotProposedFrom() throws Exception {
        choose(model, "JX-2026-031");
        model.photos().add(List.of(photo("20310101.jpg", "2031:01:01 00:00:00", null),
                photo("DSC_0001.JPG", "2000:01:01 00:00:00", null), ui.workspace().textFile("phieu.jpg", "x")));

        assertThat(model.arrivedAt().textProperty().get()).isEmpty();
        assertThat(model.arrival().sourceProperty().get())
                .isEqualTo("No photo says when it was taken: type when the goods arrived.");
        assertThat(model.arrival().flags()).hasSize(2).first().asString()
                .isEqualTo("20310101.jpg says it was taken 1 Jan 2031 00:00, later than now: the phone’s clock seems"
                        + " wrong, so it is not used for the arrival.");
        assertThat(model.arrival().takenBeforeProperty().get()).isFalse();
    }

    @Test
    void inVietnameseTheProposalAndTheFlagAreSaidInVietnamese() {
        try (ModelContext vi = new ModelContext(temp.resolve("vi"), true, Locale.forLanguageTag("vi"))) {
            ReceivingViewModel form = new ReceivingViewModel(vi.context(), Workspace.CLOCK);
            form.refresh();
            choose(form, "JX-2026-031");
            form.photos().add(List.of(photo("IMG_0412.jpg", "2026:11:24 09:14:00", "+07:00")));
            assertThat(form.arrival().sourceProperty().get())
                    .isEqualTo("Lấy từ ảnh sớm nhất, IMG_0412.jpg, chụp lúc 09:14 ngày 24/11/2026. "
                            + "Sửa lại nếu hàng về sớm hơn.");
            form.arrivedAt().textProperty().set("2026-11-25 08:00");
            assertThat(form.arrival().flags()).containsExactly("IMG_0412.jpg được chụp lúc 09:14 ngày 24/11/2026, "
                    + "trước giờ hàng về đã ghi (08:00 ngày 25/11/2026).");
        }
    }
}
