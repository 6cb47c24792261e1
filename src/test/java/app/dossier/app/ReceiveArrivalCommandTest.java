package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.photos.PhoneFiles;
import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code receive --arrived-at}: taken from the photos with a line saying which one, refused while a
 * photo was taken before the arrival given unless kept deliberately, and a late record said as it is
 * saved. The computer's clock is 26 Nov 2026 10:00 in Hanoi.
 */
@Tag("slow")
class ReceiveArrivalCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @BeforeEach
    void anOrder() {
        data = temp.resolve("D");
        CommandRun.oneOrder(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), ORDER, "¥18.50", "2026-11-02");
    }

    private String photo(String name, String taken, String offset) {
        return PhoneFiles.write(temp.resolve("Ảnh nhận hàng"), name,
                PhoneFiles.jpeg(PhoneFiles.picture(320, 240), PhoneFiles.exif(taken, offset, 6))).toString();
    }

    private CommandRun receive(String arrivedAt, String... more) {
        String[] base = {"receive", ORDER, "--arrived-at", arrivedAt, "--units-received", "180", "--sampled", "32",
            "--defective", "0", "--inspected-by", "Trần Văn Hùng"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return dossier(all);
    }

    @Test
    void theArrivalIsTakenFromTheEarliestPhotoWithALineSayingWhichAndTheLateRecordIsSaid() {
        // A phone on China time took the pallet at 10:14 there, 09:14 in Hanoi; the other phone kept no offset.
        CommandRun run = receive("photos", "--photo", photo("IMG_0415.jpg", "2026:11:24 09:20:05", null),
                "--photo", photo("IMG_0412.jpg", "2026:11:24 10:14:37", "+08:00"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(
                "Arrived at 24 Nov 2026 09:14: from the earliest photo, IMG_0412.jpg, taken 24 Nov 2026 09:14.\n");
        assertThat(run.out()).contains("Late: The receiving record shows 20 units short");
        assertThat(dossier("show", ORDER).out()).contains("arrived 2026-11-24T09:14");
        assertThat(dossier("verify").err()).contains("All consistent");
    }

    @Test
    void aPhotoTakenBeforeTheArrivalGivenIsNamedAndNothingIsSavedUnlessKept() {
        String pallet = photo("IMG_0412.jpg", "2026:11:25 17:40:00", "+07:00");
        String before = dossier("show", ORDER).out();

        CommandRun refused = receive("2026-11-26 08:00", "--photo", pallet);

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("A photo, IMG_0412.jpg, was taken on 2026-11-25 17:40, before the "
                + "arrival given (2026-11-26 08:00): the goods were there by then. Give the time the photos show "
                + "with --arrived-at photos, or keep yours with --keep-arrival.");
        assertThat(dossier("show", ORDER).out()).isEqualTo(before);

        CommandRun kept = receive("2026-11-26 08:00", "--photo", pallet, "--keep-arrival");

        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(dossier("show", ORDER).out()).contains("arrived 2026-11-26T08:00");
    }

    @Test
    void withoutAPhotoTimeTheArrivalMustBeGivenAndAWrongClockIsSaid() {
        CommandRun refused = receive("photos", "--photo", photo("DSC_0001.JPG", "2000:01:01 00:00:00", null));

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("DSC_0001.JPG says it was taken 1 Jan 2000 00:00, before the order was "
                + "placed (2 Nov 2026)", "No photo of order " + ORDER + " says when it was taken");
    }
}
