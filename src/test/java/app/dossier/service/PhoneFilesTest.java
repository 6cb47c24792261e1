package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Language;
import app.dossier.domain.Order;
import app.dossier.photos.PhoneFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as real phones write them, attached through the service as the window and the command line
 * do: every good one kept byte for byte, dated where it carries a date, shown upright and drawn in
 * the packet; every bad one refused with its reason and nothing left behind.
 */
@Tag("slow")
class PhoneFilesTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private Path phone;

    @BeforeEach
    void order() throws IOException {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        phone = workspace.outside().resolve("DCIM");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private AttachReport attach(Path... files) {
        return workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                java.util.Arrays.stream(files).map(EvidenceInput::of).toList(), ProgressListener.NONE);
    }

    private static String taken(int minute) {
        return String.format("2026:10:03 10:%02d:00", minute);
    }

    /** The good files of a phone's camera folder, with the orientation each one carries. */
    private Map<Path, Integer> goodFiles() throws IOException {
        Map<Path, Integer> files = new LinkedHashMap<>();
        BufferedImage picture = PhoneFiles.picture(640, 480);
        for (int orientation = 1; orientation <= 8; orientation++) {
            byte[] jpeg = PhoneFiles.jpeg(picture, PhoneFiles.exif(taken(orientation), "+07:00", orientation));
            files.put(PhoneFiles.write(phone, "IMG_000" + orientation + ".jpg", jpeg), orientation);
        }
        byte[] plain = PhoneFiles.jpeg(PhoneFiles.picture(600, 400), PhoneFiles.exif(taken(20), null, 6));
        files.put(PhoneFiles.write(phone, "20261003_102000.jpg", PhoneFiles.withSamsungTrailer(plain)), 6);
        byte[] motion = PhoneFiles.jpeg(PhoneFiles.picture(500, 400), PhoneFiles.exif(taken(21), null, 1));
        files.put(PhoneFiles.write(phone, "PXL_20261003_MP.jpg", PhoneFiles.withMotionPhoto(motion)), 1);
        byte[] portrait = PhoneFiles.jpeg(PhoneFiles.picture(480, 640), PhoneFiles.exif(taken(22), null, 1));
        files.put(PhoneFiles.write(phone, "portrait.jpg",
                PhoneFiles.mpf(portrait, PhoneFiles.jpeg(PhoneFiles.picture(120, 160), null))), 1);
        files.put(PhoneFiles.write(phone, "no-exif.jpg", PhoneFiles.jpeg(PhoneFiles.picture(300, 200), null)), 1);
        files.put(copy("iphone-grid.heic", "IMG_1001.HEIC"), 6);
        files.put(copy("single.heic", "IMG_1002.heic"), 1);
        files.put(copy("screenshot.webp", "zalo-chat.webp"), 1);
        Path png = phone.resolve("Screenshot_20261003.png");
        ImageIO.write(PhoneFiles.picture(360, 780), "png", png.toFile());
        files.put(png, 1);
        return files;
    }

    private Path copy(String sample, String as) throws IOException {
        Files.createDirectories(phone);
        return Files.copy(PhoneFiles.SAMPLES.resolve(sample), phone.resolve(as));
    }

    @Test
    void everyGoodFileIsKeptWholeDatedUprightAndShown() throws IOException {
        Map<Path, Integer> files = goodFiles();
        AttachReport report = attach(files.keySet().toArray(Path[]::new));

        assertThat(report.refused()).isEmpty();
        assertThat(report.added()).hasSize(files.size());
        EvidenceService evidence = workspace.services().evidence();
        for (Evidence e : report.added()) {
            Path source = phone.resolve(e.originalName());
            assertThat(evidence.pathOf(e)).as(e.originalName()).hasSameBinaryContentAs(source);
            assertThat(evidence.orientation(e)).as(e.originalName()).isEqualTo(files.get(source));
            assertThat(evidence.shown(e)).as(e.originalName()).isNotNull().isRegularFile();
        }
        assertThat(byName(report, "IMG_0003.jpg").capturedAt()).isEqualTo(LocalDateTime.of(2026, 10, 3, 10, 3));
        assertThat(byName(report, "20261003_102000.jpg").capturedAt()).isEqualTo(LocalDateTime.of(2026, 10, 3, 10, 20));
        assertThat(byName(report, "IMG_1001.HEIC").capturedAt()).isEqualTo(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(byName(report, "IMG_1001.HEIC").mediaType()).isEqualTo("image/heic");
        assertThat(byName(report, "no-exif.jpg").capturedAt()).isNull();
        // the preview of a HEIC is a JPEG the window can draw, the photo's size
        BufferedImage preview = ImageIO.read(evidence.shown(byName(report, "IMG_1001.HEIC")).toFile());
        assertThat(preview.getWidth()).isEqualTo(480);
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void everyPhotoIsDrawnInThePacketHeicIncluded() throws IOException {
        Map<Path, Integer> files = goodFiles();
        attach(files.keySet().toArray(Path[]::new));

        PacketWritten packet = workspace.services().disputes().writePacket(order.id(), Language.VIETNAMESE,
                temp.resolve("packet.pdf"), ProgressListener.NONE);

        assertThat(packet.photosNotShown()).isEmpty();
        assertThat(packet.photos()).isEqualTo(files.size());
    }

    @Test
    void anIphonePhotoGoesToThe1688RefundFolderAsAJpegUnderOneMegabyte() throws IOException {
        AttachReport report = attach(copy("iphone-grid.heic", "IMG_1001.HEIC"));
        Path folder = temp.resolve("refund");

        workspace.services().disputes().writeRefundFolder(order.id(), folder, List.of(report.added().get(0).id()),
                "Thiếu 20 bộ, 3 bộ nứt cán");

        try (var written = Files.list(folder)) {
            Path jpg = written.filter(p -> p.toString().endsWith(".jpg")).findFirst().orElseThrow();
            assertThat(Files.size(jpg)).isLessThan(1_000_000);
            BufferedImage image = ImageIO.read(jpg.toFile());
            // upright: the photo was stored 480 × 360 with orientation 6
            assertThat(image.getWidth()).isEqualTo(360);
            assertThat(image.getHeight()).isEqualTo(480);
        }
    }

    @Test
    void aPhoneVideoIsKeptWithItsTimeAndListedInThePacket() throws IOException {
        Path video = PhoneFiles.write(phone, "VID_20261003_103000.mp4",
                PhoneFiles.mp4(Instant.parse("2026-10-03T03:30:00Z"), 14.2, 300_000));
        AttachReport report = attach(video);

        Evidence kept = report.added().get(0);
        assertThat(kept.mediaType()).isEqualTo("video/mp4");
        assertThat(kept.capturedAt()).isNotNull();
        assertThat(workspace.services().evidence().shown(kept)).isNull();
        PacketWritten packet = workspace.services().disputes().writePacket(order.id(), Language.VIETNAMESE,
                temp.resolve("packet.pdf"), ProgressListener.NONE);
        assertThat(packet.photosNotShown()).isEmpty();
        assertThat(packetText(packet.file())).contains("VID_20261003_103000.mp4", kept.sha256().substring(0, 16),
                "0:14");
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndNothingIsLeftBehind() throws IOException {
        byte[] jpeg = PhoneFiles.jpeg(PhoneFiles.picture(640, 480), PhoneFiles.exif(taken(1), null, 1));
        byte[] heic = Files.readAllBytes(PhoneFiles.SAMPLES.resolve("iphone-grid.heic"));
        Map<Path, String> bad = new LinkedHashMap<>();
        bad.put(PhoneFiles.write(phone, "cut.jpg", PhoneFiles.cutAt(jpeg, jpeg.length * 2 / 3)), "cut off");
        bad.put(PhoneFiles.write(phone, "empty.jpg", new byte[0]), "empty (0 bytes)");
        bad.put(PhoneFiles.write(phone, "notes.jpg", "Hàng về thiếu 20 bộ".getBytes()), "not one");
        bad.put(PhoneFiles.write(phone, "bomb.jpg", PhoneFiles.claimingSize(jpeg, 65_000, 65_000)), "cannot be opened safely");
        bad.put(PhoneFiles.write(phone, "cut.heic", PhoneFiles.cutAt(heic, heic.length / 2)), "cut off");
        bad.put(PhoneFiles.write(phone, "cut.mp4", PhoneFiles.cutAt(
                PhoneFiles.mp4(Instant.parse("2026-10-03T03:30:00Z"), 5, 10_000), 5_000)), "cut off");

        AttachReport report = attach(bad.keySet().toArray(Path[]::new));

        assertThat(report.added()).isEmpty();
        List<String> reasons = new ArrayList<>();
        for (AttachReport.Refused refused : report.refused()) {
            reasons.add(refused.source().getFileName() + ": " + refused.reason());
            assertThat(refused.reason()).as(refused.source().getFileName().toString())
                    .contains(bad.get(refused.source()));
        }
        assertThat(reasons).hasSize(bad.size());
        Path folder = workspace.root().resolve(order.folder()).resolve(EvidenceCategory.RECEIVING.folderName());
        if (Files.isDirectory(folder)) {
            try (var left = Files.list(folder)) {
                assertThat(left).isEmpty();
            }
        }
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private static String packetText(Path pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static Evidence byName(AttachReport report, String name) {
        return report.added().stream().filter(e -> e.originalName().equals(name)).findFirst().orElseThrow();
    }
}
