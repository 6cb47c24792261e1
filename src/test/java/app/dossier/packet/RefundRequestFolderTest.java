package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DisputeFacts;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.MessageDrafter;
import app.dossier.domain.Resolution;
import app.dossier.domain.SampleCases;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class RefundRequestFolderTest {

    @Test
    void theSampleClaimBecomesFiveSmallJpgsAndADescription(@TempDir Path dir) throws IOException {
        DisputeFacts facts = DisputeFacts.of(SampleCases.shortCase());
        Resolution refund = Resolution.proposedRefund(SampleCases.shortCase()).orElseThrow();
        List<Evidence> chosen = facts.attachments().stream().filter(DisputeFacts::isImage).limit(5).toList();

        RefundRequestFolder.Written written = new RefundRequestFolder().write(dir.resolve("1688 refund"),
                MessageDrafter.refundDescription(facts, refund), chosen, PacketFixture.samplePhotos());

        assertThat(written.images()).hasSize(5);
        try (Stream<Path> files = Files.list(written.folder())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "1 o1-chat-spec.jpg", "2 o1-chat-sample-confirmed.jpg", "3 o1-sample.jpg", "4 o1-pallet.jpg",
                    "5 o1-damaged-carton.jpg", "description.txt");
        }
        for (Path image : written.images()) {
            assertThat(Files.size(image)).isLessThan(1_000_000);
            BufferedImage read = ImageIO.read(image.toFile());
            assertThat(read).as(image.toString()).isNotNull();
            assertThat(Files.readAllBytes(image)).startsWith((byte) 0xFF, (byte) 0xD8);
        }
        String description = Files.readString(written.description(), StandardCharsets.UTF_8).strip();
        assertThat(description.codePointCount(0, description.length())).isBetween(2, 150);
        assertThat(description).contains("2837461920384756123").contains("¥425.50");
    }

    @Test
    void aLargePhotoIsBroughtUnderOneMegabyte(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.jpg");
        SyntheticPhotos.write(big, 4000, 3000, new Random(3));
        assertThat(Files.size(big)).isGreaterThan(1_000_000);
        Evidence evidence = SampleCases.file(1, EvidenceCategory.RECEIVING, "big.jpg", "carton", LocalDateTime.now());

        RefundRequestFolder.Written written = new RefundRequestFolder().write(dir.resolve("out"), "少发20套",
                List.of(evidence), e -> PacketPhoto.upright(big));

        assertThat(Files.size(written.images().get(0))).isLessThan(1_000_000);
    }

    @Test
    void thePlatformsLimitsAreSaidBeforeAnythingIsWritten(@TempDir Path dir) {
        List<Evidence> six = SampleCases.shortCase().evidence().stream().filter(DisputeFacts::isImage).limit(6).toList();
        RefundRequestFolder folder = new RefundRequestFolder();

        assertThatThrownBy(() -> folder.write(dir.resolve("a"), "少发", six, PacketFixture.samplePhotos()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 5 images; 6 are chosen");
        assertThatThrownBy(() -> folder.write(dir.resolve("b"), "少", six.subList(0, 1), PacketFixture.samplePhotos()))
                .hasMessageContaining("2 to 150 characters; this one has 1");
        assertThatThrownBy(() -> folder.write(dir.resolve("c"), "缺".repeat(151), six.subList(0, 1),
                PacketFixture.samplePhotos())).hasMessageContaining("this one has 151");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void anUnreadableImageIsNamed(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.jpg");
        Files.writeString(junk, "no picture here");
        Evidence evidence = SampleCases.file(1, EvidenceCategory.RECEIVING, "junk.jpg", null, LocalDateTime.now());

        assertThatThrownBy(() -> new RefundRequestFolder().write(dir.resolve("out"), "少发20套", List.of(evidence),
                e -> PacketPhoto.upright(junk))).hasMessage("junk.jpg cannot be read as an image; choose another.");
    }
}
