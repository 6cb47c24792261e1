package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Language;
import app.dossier.domain.Money;
import app.dossier.domain.words.Words;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The guidance in English and Vietnamese: every kind of finding, gap and deadline has its words in
 * every case, naming only the values the domain gives it, and a value that is missing is seen.
 */
class GuidanceWordsTest {
    private static final LocalDateTime ARRIVED = LocalDateTime.of(2026, 11, 26, 9, 0);
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 28, 9, 0);
    /** The values each finding kind carries, as its javadoc lists them, and those GuidanceWords makes of them. */
    private static final Map<Finding.Kind, Set<String>> FINDING_PARAMS = Map.ofEntries(
            Map.entry(Finding.Kind.SAMPLE_NOT_CONFIRMED, Set.of("files", "count")),
            Map.entry(Finding.Kind.NOT_INSPECTED, Set.of("arrivedAt", "arrivalFrom", "due", "limitHours", "fromNow")),
            Map.entry(Finding.Kind.INSPECTED_LATE, Set.of("arrivedAt", "inspectedAt", "limit", "limitHours",
                    "hoursAfterArrival")),
            Map.entry(Finding.Kind.DELIVERY_OVERDUE, Set.of("deadline", "daysLate")),
            Map.entry(Finding.Kind.FACTORY_NOT_NOTIFIED, Set.of("unitsShort", "defectiveUnits", "arrivedAt", "due",
                    "limitHours", "discrepancy", "fromNow")),
            Map.entry(Finding.Kind.FACTORY_NOTIFIED_LATE, Set.of("unitsShort", "defectiveUnits", "arrivedAt",
                    "notifiedAt", "limit", "limitHours", "discrepancy")),
            Map.entry(Finding.Kind.SAMPLE_CHECK_FAILED, Set.of("lotSize", "unitsSampled", "defectiveUnits", "aql",
                    "accept", "reject")),
            Map.entry(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, Set.of("lotSize", "unitsSampled", "planned", "tenPercent",
                    "fifteenPercent")),
            Map.entry(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, Set.of("amount", "paidOn", "method", "firstOrder")),
            Map.entry(Finding.Kind.ORDER_NOT_CONFIRMED, Set.of("channel")),
            Map.entry(Finding.Kind.CHAT_EXPORT_DUE, Set.of("newestChatAt", "daysSince", "interval", "chatApps")),
            Map.entry(Finding.Kind.CONTRACT_ADVICE_OEM, Set.of("product")),
            Map.entry(Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER, Set.of("valueVnd", "threshold", "payments")),
            Map.entry(Finding.Kind.EXCHANGE_RATE_UNKNOWN, Set.of("total", "rate", "threshold")));
    private static final Map<Gap.Kind, Set<String>> GAP_PARAMS = Map.of(
            Gap.Kind.SAMPLE_NOT_CONFIRMED, Set.of("files", "count"),
            Gap.Kind.NO_CONFIRMATION_RECORDS, Set.of("channel"),
            Gap.Kind.NO_WRITTEN_CONFIRMATION, Set.of("summarySaved"),
            Gap.Kind.PAYMENTS_NOT_RECORDED, Set.of("files"),
            Gap.Kind.PAYMENT_WITHOUT_PROOF, Set.of("paidOn", "amount", "covers"),
            Gap.Kind.PAYMENTS_NOT_COMPARABLE, Set.of("paidOn", "amount", "missing", "orderCurrency", "needs"),
            Gap.Kind.NOT_FULLY_PAID, Set.of("paid", "total", "unpaid"),
            Gap.Kind.NOT_ARRIVED_YET, Set.of("deadline"),
            Gap.Kind.NO_RECEIVING_RECORD, Set.of("photos", "deadline"));
    private static final Map<Deadline.Kind, Set<String>> DEADLINE_PARAMS = Map.of(
            Deadline.Kind.INSPECT_TARGET, Set.of("due", "hours"), Deadline.Kind.INSPECT_LIMIT, Set.of("due", "hours"),
            Deadline.Kind.NOTIFY_TARGET, Set.of("due", "hours"), Deadline.Kind.NOTIFY_LIMIT, Set.of("due", "hours"),
            Deadline.Kind.DELIVERY, Set.of("due"), Deadline.Kind.DISPUTE_WINDOW, Set.of("due", "days"));

    private final GuidanceWords english = GuidanceWords.english();
    private final GuidanceWords vietnamese = GuidanceWords.in(Language.VIETNAMESE);

    @ParameterizedTest
    @EnumSource(Finding.Kind.class)
    void everyFindingKindNamesOnlyItsValuesInEveryLanguage(Finding.Kind kind) throws IOException {
        for (String language : List.of("en", "vi")) {
            List<String> codes = codesOf(language, "guidance.finding." + kind.name());
            assertThat(codes).as(language + " " + kind).isNotEmpty();
            for (String code : codes) {
                assertThat(Words.placeholders(words(language).getProperty(code))).as(code)
                        .isSubsetOf(FINDING_PARAMS.get(kind));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Gap.Kind.class)
    void everyGapKindNamesOnlyItsValuesInEveryLanguage(Gap.Kind kind) throws IOException {
        for (String language : List.of("en", "vi")) {
            List<String> codes = codesOf(language, "guidance.gap." + kind.name());
            assertThat(codes).as(language + " " + kind).isNotEmpty();
            for (String code : codes) {
                assertThat(Words.placeholders(words(language).getProperty(code))).as(code)
                        .isSubsetOf(GAP_PARAMS.getOrDefault(kind, Set.of()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Deadline.Kind.class)
    void everyDeadlineIsSaidInEveryLanguageWithItsValues(Deadline.Kind kind) {
        Map<String, Object> params = Map.of("hours", 24L, "days", 30L);
        for (Urgency urgency : Urgency.values()) {
            Deadline d = new Deadline(1, 1, "A-1", kind, DUE, urgency, params);
            for (GuidanceWords words : List.of(english, vietnamese)) {
                assertThat(words.deadline(d)).as(kind + " " + urgency).doesNotContain("!", "{").isNotBlank();
            }
        }
    }

    @Test
    void everyCaseOfEveryFindingIsSaidInBothLanguages() {
        List<Finding> all = new ArrayList<>();
        for (String from : List.of("RECORD", "PHOTO", "PHOTO_RECORDED")) {
            for (Urgency urgency : List.of(Urgency.DUE_SOON, Urgency.OVERDUE)) {
                all.add(finding(Finding.Kind.NOT_INSPECTED, urgency, Map.of("arrivedAt", ARRIVED, "arrivalFrom", from,
                        "due", DUE, "limitHours", 48L, "minutesToDue", urgency == Urgency.OVERDUE ? -90L : 360L)));
            }
        }
        for (Urgency urgency : List.of(Urgency.DUE_SOON, Urgency.OVERDUE)) {
            all.add(finding(Finding.Kind.FACTORY_NOT_NOTIFIED, urgency, Map.of("unitsShort", 20L, "defectiveUnits", 0L,
                    "arrivedAt", ARRIVED, "due", DUE, "limitHours", 48L, "minutesToDue", -3000L)));
        }
        for (String first : List.of("YES", "NO")) {
            all.add(deposit(first, true));
            all.add(deposit(first, false));
        }
        all.add(finding(Finding.Kind.CHAT_EXPORT_DUE, null, Map.of("interval", 14L, "chatApps", "ONLY_1688")));
        all.add(finding(Finding.Kind.CHAT_EXPORT_DUE, null, Map.of("interval", 14L, "chatApps", "WECHAT_AND_1688",
                "newestChatAt", ARRIVED, "daysSince", 20L)));
        for (Finding f : all) {
            assertThat(english.finding(f)).as(f.toString()).doesNotContain("!", "{");
            assertThat(vietnamese.finding(f)).as(f.toString()).doesNotContain("!", "{");
        }
    }

    @Test
    void englishReadsAsTheCommandLinePrintedIt() {
        assertThat(english.finding(deposit("YES", true))).isEqualTo("The deposit of ¥3,200.00 paid on 18 Nov 2026"
                + " has no written acknowledgement from the factory, and this is your first order with them. Ask them"
                + " to confirm in the chat that they received it, save that message, and record when they did.");
        Finding notInspected = finding(Finding.Kind.NOT_INSPECTED, Urgency.DUE_SOON, Map.of("arrivedAt", ARRIVED,
                "arrivalFrom", "PHOTO", "due", DUE, "limitHours", 48L, "minutesToDue", 360L));
        assertThat(english.finding(notInspected)).isEqualTo("A photo in Receiving and QC shows the goods arrived on"
                + " 26 Nov 2026 09:00, but there is no receiving record yet. Count them and check a sample before"
                + " 28 Nov 2026 09:00 (48 hours after arrival; in 6 hours), or it becomes hard to prove defects came"
                + " from the factory and not from your warehouse.");
        Finding failed = finding(Finding.Kind.SAMPLE_CHECK_FAILED, null, Map.of("lotSize", 1200L, "unitsSampled", 80L,
                "defectiveUnits", 1L, "aql", "2.5", "accept", 5L, "reject", 6L));
        assertThat(english.finding(failed)).startsWith("The sample check failed: 1 defective unit in 80 checked, where"
                + " a lot of 1,200 at AQL 2.5 accepts up to 5.");
    }

    @Test
    void vietnameseWritesTheValuesItsOwnWay() {
        assertThat(vietnamese.finding(deposit("YES", true))).startsWith("Khoản cọc ¥3.200,00 trả ngày 18/11/2026 chưa"
                + " được xưởng xác nhận bằng văn bản, mà đây là đơn đầu tiên");
        assertThat(vietnamese.finding(deposit("NO", true))).doesNotContain("đơn đầu tiên");
        Finding notNotified = finding(Finding.Kind.FACTORY_NOT_NOTIFIED, Urgency.DUE_SOON, Map.of("unitsShort", 20L,
                "defectiveUnits", 3L, "arrivedAt", ARRIVED, "due", DUE, "limitHours", 48L, "minutesToDue", 1500L));
        assertThat(vietnamese.finding(notNotified)).isEqualTo("Biên bản nhận hàng ghi thiếu 20 sản phẩm và 3 sản phẩm"
                + " lỗi nhưng chưa báo xưởng. Hãy gửi xưởng một tin nhắn có số đơn, các con số và ảnh trước 09:00 ngày"
                + " 28/11/2026 (còn 25 giờ).");
        Finding tooSmall = finding(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, null, Map.of("lotSize", 1200L,
                "unitsSampled", 20L, "planned", 80L, "tenPercent", 120L, "fifteenPercent", 180L));
        assertThat(vietnamese.finding(tooSmall)).startsWith("Mới kiểm 20 sản phẩm; với lô 1.200, kế hoạch AQL cần kiểm"
                + " 80 (mức 10–15 % là 120–180).");
    }

    @Test
    void aMissingValueIsSeenNotReplacedByEnglish() {
        Map<String, Object> params = new LinkedHashMap<>(deposit("NO", true).params());
        params.remove("amount");
        Finding broken = finding(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, null, params);
        assertThat(vietnamese.finding(broken)).isEqualTo("!guidance.finding.DEPOSIT_NOT_ACKNOWLEDGED:amount!");
    }

    @Test
    void gapsAndDeadlinesPickTheirCase() {
        assertThat(vietnamese.gap(new Gap(Gap.Kind.NOT_ARRIVED_YET, Map.of()))).isEqualTo("Hàng chưa về.");
        assertThat(vietnamese.gap(new Gap(Gap.Kind.NOT_ARRIVED_YET, Map.of("deadline", LocalDate.of(2026, 12, 10)))))
                .isEqualTo("Hàng chưa về; hạn giao là 10/12/2026.");
        assertThat(vietnamese.gap(new Gap(Gap.Kind.NO_CONFIRMATION_RECORDS, Map.of("channel", "OFF_PLATFORM"))))
                .contains("bản tóm tắt đơn");
        Gap twoRates = new Gap(Gap.Kind.PAYMENTS_NOT_COMPARABLE, Map.of("amount", Money.of("1000.00", Money.USD),
                "orderCurrency", "CNY", "missing", "₫/$, ₫/¥", "needs", List.of(
                        new Gap.RateNeeded(Gap.RateNeeded.Where.OWN_RATE, "₫/$", "USD"),
                        new Gap.RateNeeded(Gap.RateNeeded.Where.ORDER_RATE, "₫/¥", "CNY"))));
        assertThat(english.gap(twoRates)).isEqualTo("The payment of $1,000.00 is not counted towards the order's total"
                + " in CNY. It needs the rate it was paid at (₫/$), which is not recorded on it: add it to the payment;"
                + " and the rate of CNY (₫/¥), which no payment of this order records: record it on a payment in CNY"
                + " or in đồng.");
        Deadline closed = new Deadline(1, 1, "A-1", Deadline.Kind.DISPUTE_WINDOW, LocalDateTime.of(2026, 11, 2, 9, 40),
                Urgency.OVERDUE, Map.of("days", 30L));
        assertThat(vietnamese.deadline(closed)).startsWith("Hạn mở khiếu nại trên 1688 có lẽ đã hết từ ngày 02/11/2026");
        assertThat(english.deadline(closed)).startsWith("The window to open a dispute on 1688 probably closed on"
                + " 2 Nov 2026 (30 days after receipt).");
    }

    private static Finding deposit(String firstOrder, boolean dated) {
        Map<String, Object> params = new HashMap<>(Map.of("amount", Money.of("3200.00", Money.CNY),
                "method", "WeChat Pay", "firstOrder", firstOrder));
        if (dated) {
            params.put("paidOn", LocalDate.of(2026, 11, 18));
        }
        return finding(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, null, params);
    }

    private static Finding finding(Finding.Kind kind, Urgency urgency, Map<String, Object> params) {
        return new Finding(kind, Severity.WARNING, 5, 3, "定制磁吸礼盒", urgency == null ? null : DUE, urgency, params);
    }

    private static List<String> codesOf(String language, String base) throws IOException {
        return words(language).stringPropertyNames().stream()
                .filter(k -> k.equals(base) || k.startsWith(base + ".")).sorted().toList();
    }

    private static Properties words(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/app/dossier/words/guidance_" + language
                + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
