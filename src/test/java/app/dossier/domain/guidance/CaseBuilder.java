package app.dossier.domain.guidance;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Channel;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds case files for tests, with sensible defaults, in a few lines. */
final class CaseBuilder {
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static long nextId = 1000;

    private long orderId = ++nextId;
    private long factoryId = 1;
    private String wechat = null;
    private String orderNumber = "ORDER-" + orderId;
    private Channel channel = Channel.PLATFORM;
    private OrderKind kind = OrderKind.STANDARD;
    private String product = "硅胶铲5件套 — Bộ xẻng silicon 5 món";
    private AgreedSpecs specs = AgreedSpecs.NONE;
    private long quantity = 200;
    private String unit = "sets";
    private Money unitPrice = Money.of("18.50", Money.CNY);
    private LocalDate orderedOn = LocalDate.parse("2026-09-02");
    private LocalDate deadline = LocalDate.parse("2026-09-20");
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private ReceivingRecord receiving;
    private final List<Dispute> disputes = new ArrayList<>();

    static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant(), HANOI);
    }

    static CaseBuilder order() {
        return new CaseBuilder();
    }

    CaseBuilder id(long id) {
        this.orderId = id;
        return this;
    }

    CaseBuilder factory(long id) {
        this.factoryId = id;
        return this;
    }

    CaseBuilder wechat(String id) {
        this.wechat = id;
        return this;
    }

    CaseBuilder number(String number) {
        this.orderNumber = number;
        return this;
    }

    CaseBuilder offPlatform() {
        this.channel = Channel.OFF_PLATFORM;
        return this;
    }

    CaseBuilder oem() {
        this.kind = OrderKind.OEM;
        return this;
    }

    CaseBuilder product(String name) {
        this.product = name;
        return this;
    }

    CaseBuilder specs(String colors, String sizes, String packaging) {
        this.specs = new AgreedSpecs(colors, sizes, packaging, null);
        return this;
    }

    CaseBuilder quantity(long quantity, String unit) {
        this.quantity = quantity;
        this.unit = unit;
        return this;
    }

    CaseBuilder unitPrice(String amount, String currency) {
        this.unitPrice = Money.of(amount, currency);
        return this;
    }

    CaseBuilder deadline(String date) {
        this.deadline = date == null ? null : LocalDate.parse(date);
        return this;
    }

    /** A file; {@code capturedAt} may be null. Media type from the extension. */
    CaseBuilder file(EvidenceCategory category, String name, String caption, String capturedAt) {
        evidence.add(evidence(category, name, caption, capturedAt));
        return this;
    }

    CaseBuilder chat() {
        return file(EvidenceCategory.AGREEMENT, "chat-spec.png", "Chat 1688: chốt giá", "2026-09-01T14:12");
    }

    CaseBuilder orderPage() {
        return file(EvidenceCategory.CONFIRMATION, "order-page.png", "Trang chi tiết đơn 1688", "2026-09-02T10:31");
    }

    /** A payment with its proof attached. {@code rate} may be null. */
    CaseBuilder paid(String on, String amount, String currency, String rate, PaymentCovers covers, String acknowledgedAt) {
        Evidence proof = evidence(EvidenceCategory.PAYMENT, "proof-" + (payments.size() + 1) + ".png", "Biên lai",
                on + "T10:00");
        evidence.add(proof);
        payments.add(payment(on, amount, currency, rate, covers, acknowledgedAt, proof.id()));
        return this;
    }

    /** A payment without proof. */
    CaseBuilder paidWithoutProof(String on, String amount, String currency, String rate, PaymentCovers covers) {
        payments.add(payment(on, amount, currency, rate, covers, on + "T11:00", null));
        return this;
    }

    CaseBuilder paidInFull() {
        Money total = unitPrice.times(quantity);
        return paid(orderedOn.toString(), total.amount().toPlainString(), total.currencyCode(), "3650",
                PaymentCovers.FULL, orderedOn + "T10:40");
    }

    CaseBuilder proofPointingAt(long missingEvidenceId) {
        Payment last = payments.remove(payments.size() - 1);
        payments.add(last.withProof(missingEvidenceId));
        return this;
    }

    CaseBuilder received(ReceivingRecord record) {
        this.receiving = record;
        return this;
    }

    /** A complete receiving record: all counted, 32 sampled with no defects, inspected and with a photo. */
    CaseBuilder receivedComplete(String arrivedAt) {
        LocalDateTime at = LocalDateTime.parse(arrivedAt);
        file(EvidenceCategory.RECEIVING, "pallet.jpg", "Pallet", arrivedAt);
        return received(receiving(at, quantity, quantity, 32, 0, at.plusHours(2), null));
    }

    CaseBuilder dispute(DisputeStatus status) {
        disputes.add(new Dispute(disputes.size() + 1, orderId, LocalDate.parse("2026-10-04"), status, "claim"));
        return this;
    }

    CaseFile build() {
        Factory factory = new Factory(factoryId, "工厂" + factoryId, "Factory " + factoryId, null, wechat, null, null,
                "F" + factoryId);
        Order order = new Order(orderId, factoryId, orderNumber, channel, kind, product, specs, quantity, unit, unitPrice,
                orderedOn, deadline, orderedOn, null, "F" + factoryId + "/" + orderedOn);
        return CaseFile.of(factory, order, evidence, payments, receiving, disputes);
    }

    ReceivingRecord receiving(LocalDateTime arrivedAt, long expected, long received, long sampled, long defective,
            LocalDateTime inspectedAt, LocalDateTime notifiedAt) {
        return new ReceivingRecord(1, orderId, arrivedAt, 10, 10, expected, received, PackagingCondition.INTACT, null,
                sampled, defective, null, "Hùng", inspectedAt, notifiedAt);
    }

    private Evidence evidence(EvidenceCategory category, String name, String caption, String capturedAt) {
        long id = ++nextId;
        return new Evidence(id, orderId, category, category.folderName() + "/" + name, name, "0".repeat(64), 1000,
                mediaType(name), capturedAt == null ? null : LocalDateTime.parse(capturedAt),
                Instant.parse("2026-11-01T00:00:00Z"), caption, null);
    }

    private Payment payment(String on, String amount, String currency, String rate, PaymentCovers covers,
            String acknowledgedAt, Long proof) {
        return new Payment(++nextId, orderId, LocalDate.parse(on), Money.of(amount, currency),
                rate == null ? null : new BigDecimal(rate), covers, "Alipay", "factory", null,
                acknowledgedAt == null ? null : LocalDateTime.parse(acknowledgedAt), proof);
    }

    static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".csv")) {
            return "text/csv";
        }
        if (lower.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }
}
