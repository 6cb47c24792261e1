package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Channel;
import app.dossier.domain.Conversation;
import app.dossier.domain.DefectKind;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.PinnedMessage;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseJsonTest {
    @TempDir
    Path temp;

    private static CaseFile sample() {
        Factory factory = new Factory(1, "义乌市佳美日用品有限公司", "Yiwu Jiamei", null, "jiamei_lisa", "李丽", null,
                "义乌市佳美日用品有限公司");
        Order order = new Order(3, 1, "2837461920384756123", Channel.PLATFORM, OrderKind.STANDARD, "硅胶铲5件套",
                new AgreedSpecs("灰色", null, null, null), 200, "sets", Money.of("18.5", Money.CNY),
                LocalDate.of(2026, 9, 2), null, LocalDate.of(2026, 9, 1), "Hàng về thiếu", "f/o");
        Evidence e = new Evidence(7, 3, EvidenceCategory.PAYMENT, "Payments/alipay.png", "alipay.png", "ab".repeat(32),
                1234, "image/png", LocalDateTime.of(2026, 9, 2, 10, 35), Instant.parse("2026-09-02T03:40:00Z"), null, null);
        Payment p = new Payment(2, 3, LocalDate.of(2026, 9, 2), Money.of("3700", Money.CNY), new BigDecimal("3650.5"),
                PaymentCovers.FULL, "Alipay", null, null, null, 7L);
        return CaseFile.of(factory, order, List.of(e), List.of(p), null, List.of());
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        CaseJson json = new CaseJson();
        Path file = temp.resolve("case.json");
        Files.write(file, json.render(sample()));
        assertThat(json.readCase(file)).isEqualTo(sample());
    }

    @Test
    void writesMoneyAsTextAndOrderNumbersAsStringsInAFixedFieldOrder() {
        String text = new String(new CaseJson().render(sample()), StandardCharsets.UTF_8);
        assertThat(text).contains("\"orderNumber\": \"2837461920384756123\"", "\"amount\": \"18.50\"",
                "\"amount\": \"3700.00\"", "\"rateToVnd\": \"3650.5\"", "\"capturedAt\": \"2026-09-02T10:35:00\"");
        assertThat(text).doesNotContain("\r").endsWith("}\n");
        assertThat(text.indexOf("\"format\"")).isLessThan(text.indexOf("\"factory\""));
        assertThat(text.indexOf("\"factory\"")).isLessThan(text.indexOf("\"order\""));
        assertThat(text.indexOf("\"order\"")).isLessThan(text.indexOf("\"evidence\""));
        assertThat(new CaseJson().render(sample())).isEqualTo(new CaseJson().render(sample()));
    }

    @Test
    void aCaseFileWithoutChatsIsWrittenAsBeforeChatsExisted() {
        String text = new String(new CaseJson().render(sample()), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("conversations");
    }

    @Test
    void keepsEachChatsPartiesAndPinnedMessages() throws Exception {
        CaseFile withChat = sample().withConversations(List.of(new Conversation(7, "MEMOTRACE_TXT", "Mai", null, 12,
                List.of(new PinnedMessage(7, LocalDateTime.of(2026, 9, 1, 14, 30, 2), "李丽",
                        "大货按照这个样品做，颜色和包装都一样，确认。")))));
        CaseJson json = new CaseJson();
        Path file = temp.resolve("case.json");
        Files.write(file, json.render(withChat));
        String text = Files.readString(file);
        assertThat(text).contains("\"conversations\"", "\"sentAt\": \"2026-09-01T14:30:02\"", "\"index\": 7");
        assertThat(text.indexOf("\"disputes\"")).isLessThan(text.indexOf("\"conversations\""));
        assertThat(json.readCase(file)).isEqualTo(withChat);
    }

    @Test
    void aCaseJsonWrittenBeforeChatsExistedReadsWithNone() throws Exception {
        Path file = temp.resolve("case.json");
        Files.write(file, new CaseJson().render(sample()));
        assertThat(new CaseJson().readCase(file).conversations()).isEmpty();
    }

    @Test
    void aFileWithoutAMarkedDefectIsWrittenAsBeforeMarksExisted() {
        String text = new String(new CaseJson().render(sample()), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("defectRegion");
    }

    @Test
    void writesTheMarkedDefectAfterTheCaptionWithFourDecimalsAndReadsItBack() throws Exception {
        CaseFile marked = withRegion(new DefectRegion(0.412, 0.3, 0.25, 0.18));
        CaseJson json = new CaseJson();
        Path file = temp.resolve("case.json");
        Files.write(file, json.render(marked));
        String text = Files.readString(file);
        assertThat(text).contains("""
                      "caption": null,
                      "defectRegion": {
                        "left": 0.4120,
                        "top": 0.3000,
                        "width": 0.2500,
                        "height": 0.1800
                      }
                """.replace(": ", ": ").stripTrailing());
        assertThat(json.readCase(file)).isEqualTo(marked);
        assertThat(json.sameContent(file, json.render(marked))).isTrue();
        assertThat(json.sameContent(file, json.render(sample()))).as("a mark removed is a difference").isFalse();
    }

    @Test
    void aMarkThatIsNotARegionReadsAsNoMarkAndTheRestOfTheCaseStillReads() throws Exception {
        CaseJson json = new CaseJson();
        Path file = temp.resolve("case.json");
        String text = new String(json.render(withRegion(new DefectRegion(0.4, 0.3, 0.25, 0.18))), StandardCharsets.UTF_8)
                .replace("\"left\": 0.4000", "\"left\": 0.9000");
        Files.writeString(file, text);
        assertThat(json.readCase(file)).isEqualTo(sample());
    }

    private static CaseFile withRegion(DefectRegion region) {
        CaseFile c = sample();
        return CaseFile.of(c.factory(), c.order(), List.of(c.evidence().get(0).withDefectRegion(region)), c.payments(),
                c.receiving(), c.disputes());
    }

    private static CaseFile withDefects() {
        CaseFile c = sample();
        Evidence photo = new Evidence(9, 3, EvidenceCategory.RECEIVING, "Receiving/IMG_0931.jpg", "IMG_0931.jpg",
                "cd".repeat(32), 4321, "image/jpeg", null, Instant.parse("2026-10-03T03:00:00Z"), null, null);
        ReceivingRecord r = new ReceivingRecord(4, 3, LocalDateTime.of(2026, 10, 3, 9, 40), 5, 5, 200, 180,
                PackagingCondition.SOME_DAMAGE, null, 20, 3, null, "Lan", null, null).withDefects(List.of(
                        new ReceivingDefect(DefectKind.SHORT, 20, List.of(9L, 7L)),
                        new ReceivingDefect(DefectKind.CRACKED, 3, List.of(9L)),
                        new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 1)));
        return CaseFile.of(c.factory(), c.order(), List.of(c.evidence().get(0), photo), c.payments(), r, c.disputes());
    }

    @Test
    void writesEachDefectWithItsKindCountAndThePathsOfItsPhotosAndReadsItBack() throws Exception {
        CaseJson json = new CaseJson();
        Path file = temp.resolve("case.json");
        Files.write(file, json.render(withDefects()));
        String text = Files.readString(file);
        assertThat(text).contains("""
                        "kind": "CRACKED",
                        "count": 3,
                        "photos": [
                          "Receiving/IMG_0931.jpg"
                        ]
                """.stripTrailing());
        assertThat(text).contains("\"Receiving/IMG_0931.jpg\",\n          \"Payments/alipay.png\"");
        assertThat(json.readCase(file)).isEqualTo(withDefects());
    }

    @Test
    void aReceivingRecordWithoutDefectsIsWrittenAsBeforeDefectsByKindExisted() throws Exception {
        CaseFile c = withDefects();
        CaseFile none = CaseFile.of(c.factory(), c.order(), c.evidence(), c.payments(),
                c.receiving().withDefects(List.of()), c.disputes());
        String text = new String(new CaseJson().render(none), StandardCharsets.UTF_8);
        assertThat(text).contains("\"inspectedBy\": \"Lan\"").doesNotContain("defects");
        Path file = temp.resolve("case.json");
        Files.writeString(file, text);
        assertThat(new CaseJson().readCase(file)).isEqualTo(none);
    }

    @Test
    void aPhotoTheCaseDoesNotListIsLeftOutOfItsDefect() throws Exception {
        CaseJson json = new CaseJson();
        Path file = temp.resolve("case.json");
        Files.writeString(file, new String(json.render(withDefects()), StandardCharsets.UTF_8)
                .replace("\"photos\": [\n          \"Receiving/IMG_0931.jpg\"\n", "\"photos\": [\n          \"Receiving/gone.jpg\"\n"));
        assertThat(json.readCase(file).receiving().defect(DefectKind.CRACKED)).hasValue(
                new ReceivingDefect(DefectKind.CRACKED, 3));
    }
}
