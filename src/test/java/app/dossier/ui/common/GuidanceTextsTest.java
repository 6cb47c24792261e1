package app.dossier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Money;
import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.Gap;
import app.dossier.domain.guidance.Severity;
import app.dossier.domain.guidance.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The guidance in Vietnamese: every kind of finding, gap and deadline has its words, every value a
 * pattern names is one the domain gives, and English shows the domain's own sentence.
 */
class GuidanceTextsTest {
    private static final Pattern NAME = Pattern.compile("\\{(\\w+)(?::date)?\\}");
    /** The values each finding kind carries, as its javadoc lists them (plus discrepancy, made by GuidanceTexts). */
    private static final Map<Finding.Kind, Set<String>> FINDING_PARAMS = Map.ofEntries(
            Map.entry(Finding.Kind.SAMPLE_NOT_CONFIRMED, Set.of("files", "count")),
            Map.entry(Finding.Kind.NOT_INSPECTED, Set.of("arrivedAt", "arrivalFrom", "due")),
            Map.entry(Finding.Kind.INSPECTED_LATE, Set.of("arrivedAt", "inspectedAt", "limit", "hoursAfterArrival")),
            Map.entry(Finding.Kind.DELIVERY_OVERDUE, Set.of("deadline", "daysLate")),
            Map.entry(Finding.Kind.FACTORY_NOT_NOTIFIED, Set.of("unitsShort", "defectiveUnits", "arrivedAt", "due",
                    "discrepancy")),
            Map.entry(Finding.Kind.FACTORY_NOTIFIED_LATE, Set.of("unitsShort", "defectiveUnits", "arrivedAt",
                    "notifiedAt", "limit", "discrepancy")),
            Map.entry(Finding.Kind.SAMPLE_CHECK_FAILED, Set.of("lotSize", "unitsSampled", "defectiveUnits", "aql",
                    "accept", "reject")),
            Map.entry(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, Set.of("lotSize", "unitsSampled", "planned", "tenPercent",
                    "fifteenPercent")),
            Map.entry(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, Set.of("amount", "paidOn", "method", "firstOrder")),
            Map.entry(Finding.Kind.ORDER_NOT_CONFIRMED, Set.of("channel")),
            Map.entry(Finding.Kind.CHAT_EXPORT_DUE, Set.of("newestChatAt", "daysSince", "interval")),
            Map.entry(Finding.Kind.CONTRACT_ADVICE_OEM, Set.of("product")),
            Map.entry(Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER, Set.of("valueVnd", "threshold", "payments")),
            Map.entry(Finding.Kind.EXCHANGE_RATE_UNKNOWN, Set.of("total", "rate")));
    private static final Map<Gap.Kind, Set<String>> GAP_PARAMS = Map.of(
            Gap.Kind.SAMPLE_NOT_CONFIRMED, Set.of("files"),
            Gap.Kind.NO_CONFIRMATION_RECORDS, Set.of("channel"),
            Gap.Kind.NO_WRITTEN_CONFIRMATION, Set.of("summarySaved"),
            Gap.Kind.PAYMENTS_NOT_RECORDED, Set.of("files"),
            Gap.Kind.PAYMENT_WITHOUT_PROOF, Set.of("paidOn", "amount", "covers"),
            Gap.Kind.PAYMENTS_NOT_COMPARABLE, Set.of("paidOn", "amount", "missing", "orderCurrency"),
            Gap.Kind.NOT_FULLY_PAID, Set.of("paid", "total", "unpaid"),
            Gap.Kind.NOT_ARRIVED_YET, Set.of("deadline"),
            Gap.Kind.NO_RECEIVING_RECORD, Set.of("photos"));

    private final GuidanceTexts english = new GuidanceTexts(new Texts(Locale.ENGLISH));
    private final GuidanceTexts vietnamese = new GuidanceTexts(new Texts(Locale.forLanguageTag("vi")));
    private final Properties vi = load("messages_vi.properties");
    private final Properties en = load("messages.properties");

    @ParameterizedTest
    @EnumSource(Finding.Kind.class)
    void everyFindingKindHasVietnameseWordsNamingOnlyItsValues(Finding.Kind kind) {
        List<String> keys = keysOf("guidance.finding." + kind.name());
        assertThat(keys).contains("guidance.finding." + kind.name());
        for (String key : keys) {
            assertThat(names(vi.getProperty(key))).as(key).isSubsetOf(FINDING_PARAMS.get(kind));
        }
    }

    @ParameterizedTest
    @EnumSource(Gap.Kind.class)
    void everyGapKindHasVietnameseWordsNamingOnlyItsValues(Gap.Kind kind) {
        List<String> keys = keysOf("guidance.gap." + kind.name());
        assertThat(keys).contains("guidance.gap." + kind.name());
        for (String key : keys) {
            assertThat(names(vi.getProperty(key))).as(key).isSubsetOf(GAP_PARAMS.getOrDefault(kind, Set.of()));
        }
    }

    @ParameterizedTest
    @EnumSource(Deadline.Kind.class)
    void everyDeadlineKindHasWordsInBothLanguages(Deadline.Kind kind) {
        assertThat(vi.getProperty("guidance.deadline." + kind.name())).isNotBlank();
        assertThat(names(vi.getProperty("guidance.deadline." + kind.name()))).isSubsetOf(Set.of("due"));
        assertThat(en.getProperty("guidance.due." + kind.name())).isNotBlank();
        assertThat(vi.getProperty("guidance.due." + kind.name())).isNotBlank();
    }

    @Test
    void theSharedWordsAreInBothLanguagesAndOnlyTheSentencesAreVietnameseAlone() {
        Set<String> viOnly = new HashSet<>(vi.stringPropertyNames());
        viOnly.removeAll(en.stringPropertyNames());
        assertThat(viOnly).allMatch(k -> k.startsWith("guidance.finding.") || k.startsWith("guidance.gap.")
                || k.startsWith("guidance.deadline.") || k.startsWith("guidance.advice.")
                || k.startsWith("guidance.fill."));
        assertThat(en.stringPropertyNames()).allMatch(vi::containsKey);
    }

    @Test
    void englishShowsTheDomainsSentence() {
        Finding f = deposit("YES");
        assertThat(english.finding(f)).isEqualTo(f.message());
        assertThat(english.line(f).severityWords()).isEqualTo("Urgent");
    }

    @Test
    void vietnameseFillsTheValuesInTheLanguagesOwnWay() {
        assertThat(vietnamese.finding(deposit("YES"))).startsWith("Khoản cọc ¥3,200.00 trả ngày 18/11/2026 chưa được"
                + " xưởng xác nhận bằng văn bản, mà đây là đơn đầu tiên");
        assertThat(vietnamese.finding(deposit("NO"))).doesNotContain("đơn đầu tiên");
        Finding notNotified = new Finding(Finding.Kind.FACTORY_NOT_NOTIFIED, Severity.WARNING, 1, 1, "A-1",
                LocalDateTime.of(2026, 11, 28, 9, 0), Urgency.DUE_SOON, Map.of("unitsShort", 20L,
                        "defectiveUnits", 3L, "arrivedAt", LocalDateTime.of(2026, 11, 26, 9, 0),
                        "due", LocalDateTime.of(2026, 11, 28, 9, 0)), "english");
        assertThat(vietnamese.finding(notNotified)).isEqualTo("Biên bản nhận hàng ghi thiếu 20 sản phẩm và 3 sản phẩm"
                + " lỗi nhưng chưa báo xưởng. Hãy gửi xưởng một tin nhắn có số đơn, các con số và ảnh trước 09:00 ngày"
                + " 28/11/2026.");
        Finding tooSmall = new Finding(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, Severity.ADVICE, 1, 1, "A-1", null, null,
                Map.of("lotSize", 1200L, "unitsSampled", 20L, "planned", 80L, "tenPercent", 120L,
                        "fifteenPercent", 180L), "english");
        assertThat(vietnamese.finding(tooSmall)).startsWith("Mới kiểm 20 sản phẩm; với lô 1.200, kế hoạch AQL cần kiểm"
                + " 80 (mức 10–15 % là 120–180).");
    }

    @Test
    void aMissingValueFallsBackToTheEnglishSentence() {
        Map<String, Object> params = new LinkedHashMap<>(deposit("NO").params());
        params.remove("paidOn");
        Finding undated = new Finding(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, Severity.WARNING, 1, 1, "A-1", null, null,
                params, "The deposit of ¥3,200.00 has no written acknowledgement from the factory.");
        assertThat(vietnamese.finding(undated)).isEqualTo(undated.message());
    }

    @Test
    void gapsAndDeadlinesPickTheirCase() {
        Gap noDeadline = new Gap(Gap.Kind.NOT_ARRIVED_YET, Map.of(), "The goods have not arrived yet.");
        assertThat(vietnamese.gap(noDeadline)).isEqualTo("Hàng chưa về.");
        Gap withDeadline = new Gap(Gap.Kind.NOT_ARRIVED_YET, Map.of("deadline", LocalDate.of(2026, 12, 10)), "x");
        assertThat(vietnamese.gap(withDeadline)).isEqualTo("Hàng chưa về; hạn giao là 10/12/2026.");
        Gap offPlatform = new Gap(Gap.Kind.NO_CONFIRMATION_RECORDS, Map.of("channel", "OFF_PLATFORM"), "x");
        assertThat(vietnamese.gap(offPlatform)).contains("bản tóm tắt đơn");
        Deadline closed = new Deadline(1, 1, "A-1", Deadline.Kind.DISPUTE_WINDOW, LocalDateTime.of(2026, 11, 2, 9, 40),
                Urgency.OVERDUE, "english");
        assertThat(vietnamese.deadline(closed)).startsWith("Hạn mở khiếu nại trên 1688 có lẽ đã hết từ ngày 02/11/2026");
        assertThat(english.deadline(closed)).isEqualTo("english");
        assertThat(vietnamese.toFillIn(List.of("delivery deadline"))).isEqualTo("Điền trước khi gửi: hạn giao hàng");
        assertThat(english.toFillIn(List.of("delivery deadline"))).isEqualTo("Fill in before sending: delivery deadline");
    }

    private static Finding deposit(String firstOrder) {
        return new Finding(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, Severity.URGENT, 5, 3, "定制磁吸礼盒", null, null,
                Map.of("amount", Money.of("3200.00", Money.CNY), "paidOn", LocalDate.of(2026, 11, 18),
                        "method", "WeChat Pay", "firstOrder", firstOrder),
                "The deposit of ¥3,200.00 paid on 18 Nov 2026 has no written acknowledgement from the factory.");
    }

    private List<String> keysOf(String base) {
        return vi.stringPropertyNames().stream().filter(k -> k.equals(base) || k.startsWith(base + "."))
                .sorted().toList();
    }

    private static Set<String> names(String pattern) {
        Matcher m = NAME.matcher(pattern);
        Set<String> out = new HashSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = GuidanceTextsTest.class.getResourceAsStream("/app/dossier/ui/common/guidance/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
