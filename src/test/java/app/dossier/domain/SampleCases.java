package app.dossier.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The sample business's short order (O1 in docs/sample-data.md): 200 spatula sets ordered from
 * Yiwu Jiamei on 2026-09-02, 180 arrived, 3 cracked in a check of 32, agreed in chat on 2026-09-01.
 * Its files are the sample images, hashed for real.
 */
public final class SampleCases {
    public static final Path IMAGES = Path.of("sample-data", "images");
    public static final String ORDER_NUMBER = "2837461920384756123";

    private SampleCases() {
    }

    public static Factory jiamei() {
        return new Factory(1, "义乌市佳美日用品有限公司", "Yiwu Jiamei Housewares", "https://jiamei-housewares.1688.com",
                "jiamei_lisa", "李丽 (Lisa), sales", null, "义乌市佳美日用品有限公司");
    }

    public static Order shortOrder() {
        return new Order(1, 1, ORDER_NUMBER, Channel.PLATFORM, OrderKind.STANDARD, "硅胶铲5件套 — Bộ xẻng silicon 5 món",
                new AgreedSpecs("灰色, 浅绿色 (xám, xanh lá nhạt)", "5 pcs per set",
                        "OPP bag per set, 20 sets per carton, 10 cartons", "¥18.50 per set from 200 sets"),
                200, "sets", Money.of("18.50", Money.CNY), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 20),
                LocalDate.of(2026, 9, 1), "Hàng về thiếu 1 thùng (20 bộ), 3 bộ nứt cán.",
                "义乌市佳美日用品有限公司/2026-09-02 " + ORDER_NUMBER);
    }

    public static ReceivingRecord shortDelivery() {
        return new ReceivingRecord(1, 1, LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9, 200, 180,
                PackagingCondition.SOME_DAMAGE, "1 thùng bị móp, rách góc", 32, 3, "3 bộ nứt cán xẻng lớn",
                "Trần Văn Hùng", LocalDateTime.of(2026, 10, 3, 11, 15), LocalDateTime.of(2026, 10, 3, 15, 20));
    }

    public static Payment fullPayment() {
        return new Payment(1, 1, LocalDate.of(2026, 9, 2), Money.of("3700.00", Money.CNY), new BigDecimal("3650"),
                PaymentCovers.FULL, "Alipay (1688 checkout)", "义乌市佳美日用品有限公司", ORDER_NUMBER,
                LocalDateTime.of(2026, 9, 2, 10, 40), 5L);
    }

    /** The whole case file of the short order, every category with files. */
    public static CaseFile shortCase() {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(file(1, EvidenceCategory.AGREEMENT, "o1-chat-spec.png",
                "Chat 1688: chốt giá 18,5 tệ/bộ, 200 bộ, màu xám và xanh, giao trước 20/9", at(9, 1, 14, 12)));
        evidence.add(file(2, EvidenceCategory.AGREEMENT, "o1-sample.jpg",
                "Ảnh mẫu xưởng gửi (tiêu chuẩn tham chiếu)", at(8, 28, 10, 12)));
        evidence.add(file(3, EvidenceCategory.AGREEMENT, "o1-chat-sample-confirmed.png",
                "Xưởng xác nhận: hàng loạt làm đúng như mẫu", at(9, 1, 14, 30)));
        evidence.add(file(4, EvidenceCategory.CONFIRMATION, "o1-order-page.png", "Trang chi tiết đơn 1688",
                at(9, 2, 10, 31)));
        evidence.add(file(5, EvidenceCategory.PAYMENT, "o1-alipay-proof.png", "Biên lai Alipay ¥3.700,00",
                at(9, 2, 10, 35)));
        evidence.add(file(6, EvidenceCategory.AGREEMENT, "o1-notice-sent.png",
                "Đã báo xưởng trong ngày: thiếu 20 bộ, 3 bộ lỗi, kèm ảnh", at(10, 3, 15, 20)));
        evidence.add(file(7, EvidenceCategory.RECEIVING, "o1-pallet.jpg", "9 thùng trên pallet, nhãn 9/10",
                at(10, 3, 9, 52)));
        evidence.add(file(8, EvidenceCategory.RECEIVING, "o1-damaged-carton.jpg", "Thùng bị móp, rách",
                at(10, 3, 10, 5)));
        evidence.add(file(9, EvidenceCategory.RECEIVING, "o1-defect-closeup.jpg", "Cán xẻng bị nứt",
                at(10, 3, 10, 31)));
        evidence.add(file(10, EvidenceCategory.RECEIVING, "o1-count-sheet.jpg",
                "Phiếu kiểm đếm: 180/200 bộ, kiểm 32, lỗi 3", at(10, 3, 11, 15)));
        return CaseFile.of(jiamei(), shortOrder(), evidence, List.of(fullPayment()), shortDelivery(),
                List.of(new Dispute(1, 1, LocalDate.of(2026, 10, 3), DisputeStatus.DRAFT,
                        "Thiếu 20 bộ và 3 bộ lỗi so với thỏa thuận ngày 2026-09-01")));
    }

    /** The same order with other counts, other evidence or no receiving record. */
    public static CaseFile with(CaseFile base, ReceivingRecord receiving) {
        return CaseFile.of(base.factory(), base.order(), base.evidence(), base.payments(), receiving, base.disputes());
    }

    public static CaseFile with(CaseFile base, Order order) {
        return CaseFile.of(base.factory(), order, base.evidence(), base.payments(), base.receiving(), base.disputes());
    }

    public static CaseFile withEvidence(CaseFile base, List<Evidence> evidence) {
        return CaseFile.of(base.factory(), base.order(), evidence, base.payments(), base.receiving(), base.disputes());
    }

    public static CaseFile withPayments(CaseFile base, List<Payment> payments) {
        return CaseFile.of(base.factory(), base.order(), base.evidence(), payments, base.receiving(), base.disputes());
    }

    /** A receiving record of the short order with other counts. */
    public static ReceivingRecord counted(long received, long sampled, long defective) {
        ReceivingRecord r = shortDelivery();
        return new ReceivingRecord(r.id(), r.orderId(), r.arrivedAt(), r.parcelsExpected(), r.parcelsReceived(),
                r.unitsExpected(), received, r.packagingCondition(), r.packagingNotes(), sampled, defective,
                defective == 0 ? null : r.defectNotes(), r.inspectedBy(), r.inspectedAt(), r.factoryNotifiedAt());
    }

    public static Evidence file(long id, EvidenceCategory category, String name, String caption, LocalDateTime at) {
        Path path = IMAGES.resolve(name);
        String sha;
        long size;
        if (Files.exists(path)) {
            sha = sha256(path);
            size = size(path);
        } else {
            sha = "0".repeat(64);
            size = 0;
        }
        String type = name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") ? "image/jpeg" : "application/pdf";
        return new Evidence(id, 1, category, category.folderName() + "/" + name, name, sha, size, type, at,
                Instant.parse("2026-10-04T01:00:00Z"), caption, null);
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    public static String sha256(Path path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
