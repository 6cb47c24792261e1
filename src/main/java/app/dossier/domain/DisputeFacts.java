package app.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a dispute rests on, taken from one case file: what was ordered, what arrived, how many units
 * are short or defective, the agreement they are measured against, and which evidence exists.
 *
 * <p>Counts come from the receiving record only. Without one, {@link #receipt()} is null and the
 * facts say that nothing has been counted yet: no number is guessed.
 *
 * @param agreementEvidence the agreement files to attach: those saved before the goods arrived
 *                          (the chat, the sample photos, the factory's confirmation), the ones whose
 *                          caption or name says they confirm something first
 * @param categoriesWithEvidence the evidence categories that hold at least one file
 */
public record DisputeFacts(
        String orderLabel,
        String orderNumber,
        String product,
        String unit,
        LocalDate orderedOn,
        LocalDate agreedOn,
        long unitsOrdered,
        Money unitPrice,
        Receipt receipt,
        List<Evidence> agreementEvidence,
        List<Evidence> receivingEvidence,
        Set<EvidenceCategory> categoriesWithEvidence) {

    /**
     * What the warehouse counted. {@code unitsShort} is units ordered minus units received, never
     * negative; {@code defectiveUnits} is the count found in the sample check (not extrapolated).
     */
    public record Receipt(
            LocalDateTime arrivedAt,
            long unitsReceived,
            long unitsShort,
            long unitsSampled,
            long defectiveUnits,
            Integer parcelsExpected,
            Integer parcelsReceived,
            PackagingCondition packagingCondition,
            String packagingNotes,
            String defectNotes,
            LocalDateTime factoryNotifiedAt,
            List<ReceivingDefect> defects) {

        public Receipt {
            defects = defects == null ? List.of() : List.copyOf(defects);
        }

        /** The defects found among the units, kind by kind (not the shortage, not the cartons). */
        public List<ReceivingDefect> unitDefects() {
            return defects.stream().filter(d -> d.kind().countsDefectiveUnits()).toList();
        }

        /** Cartons that arrived damaged, as named by kind; 0 when none was named. */
        public long damagedCartons() {
            return defects.stream().filter(d -> d.kind() == DefectKind.DAMAGED_PACKAGING)
                    .mapToLong(ReceivingDefect::count).sum();
        }

        /** Units short plus units found defective: what the claim is for. */
        public long affectedUnits() {
            return unitsShort + defectiveUnits;
        }
    }

    /* Words in a caption or file name that say the factory confirmed or settled something. */
    private static final List<String> CONFIRMING_WORDS = List.of(
            "confirm", "agreed", "xác nhận", "chốt", "đồng ý", "确认", "确定", "同意", "没问题");

    public DisputeFacts {
        Objects.requireNonNull(orderLabel, "orderLabel");
        agreementEvidence = List.copyOf(agreementEvidence);
        receivingEvidence = List.copyOf(receivingEvidence);
        categoriesWithEvidence = categoriesWithEvidence.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(categoriesWithEvidence));
    }

    public static DisputeFacts of(CaseFile caseFile) {
        Order order = caseFile.order();
        ReceivingRecord record = caseFile.receiving();
        Receipt receipt = record == null ? null : new Receipt(record.arrivedAt(), record.unitsReceived(),
                Math.max(0, order.quantity() - record.unitsReceived()), record.unitsSampled(),
                record.defectiveUnits(), record.parcelsExpected(), record.parcelsReceived(),
                record.packagingCondition(), Text.clean(record.packagingNotes()), Text.clean(record.defectNotes()),
                record.factoryNotifiedAt(), record.defects());
        Set<EvidenceCategory> present = EnumSet.noneOf(EvidenceCategory.class);
        caseFile.evidence().forEach(e -> present.add(e.category()));
        List<Evidence> receiving = caseFile.evidence().stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING)
                .sorted(byCaptureTime())
                .toList();
        return new DisputeFacts(order.label(), Text.clean(order.orderNumber()), order.product(), order.unit(),
                order.orderedOn(), order.agreedOn(), order.quantity(), order.unitPrice(), receipt,
                agreementEvidence(caseFile, record), receiving, present);
    }

    public boolean hasReceivingRecord() {
        return receipt != null;
    }

    /** Units received; 0 when nothing was counted (see {@link #hasReceivingRecord()}). */
    public long unitsReceived() {
        return receipt == null ? 0 : receipt.unitsReceived();
    }

    public long unitsShort() {
        return receipt == null ? 0 : receipt.unitsShort();
    }

    public long defectiveUnits() {
        return receipt == null ? 0 : receipt.defectiveUnits();
    }

    public long affectedUnits() {
        return receipt == null ? 0 : receipt.affectedUnits();
    }

    /** Whether there is anything to claim: a receiving record with units short or defective. */
    public boolean hasClaim() {
        return affectedUnits() > 0;
    }

    public boolean hasEvidence(EvidenceCategory category) {
        return categoriesWithEvidence.contains(category);
    }

    /** The categories with no file at all, in the seed's order; the packet says so on its cover. */
    public List<EvidenceCategory> missingCategories() {
        return Arrays.stream(EvidenceCategory.values()).filter(c -> !hasEvidence(c)).toList();
    }

    /** The warehouse's notes on defects and damaged packaging, as typed; empty when none. */
    public List<String> offSpecNotes() {
        List<String> notes = new ArrayList<>();
        if (receipt != null) {
            if (receipt.defectNotes() != null) {
                notes.add(receipt.defectNotes());
            }
            if (receipt.packagingNotes() != null) {
                notes.add(receipt.packagingNotes());
            }
        }
        return List.copyOf(notes);
    }

    /** Agreement and receiving files together, in that order: what goes with the message. */
    public List<Evidence> attachments() {
        List<Evidence> all = new ArrayList<>(agreementEvidence);
        all.addAll(receivingEvidence);
        return List.copyOf(all);
    }

    /** Whether any attachment is a picture, so the message can say "photos attached". */
    public boolean hasPhotos() {
        return attachments().stream().anyMatch(DisputeFacts::isImage);
    }

    public static boolean isImage(Evidence evidence) {
        String type = evidence.mediaType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("image/")) {
            return true;
        }
        String name = evidence.fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png")
                || name.endsWith(".webp") || name.endsWith(".gif") || name.endsWith(".bmp");
    }

    /** Whether a file's caption or name says it shows a confirmation ("xác nhận", "确认", "confirmed"…). */
    public static boolean suggestsConfirmation(Evidence evidence) {
        String words = String.join(" ", nonNull(evidence.caption()), nonNull(evidence.file()),
                nonNull(evidence.originalName())).toLowerCase(Locale.ROOT);
        String nfc = java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFC);
        return CONFIRMING_WORDS.stream().anyMatch(nfc::contains);
    }

    /*
     * Agreement files saved after the goods arrived (the notice sent to the factory, say) are part
     * of the dispute, not of the agreement, so they are left out; files with no capture time stay.
     */
    private static List<Evidence> agreementEvidence(CaseFile caseFile, ReceivingRecord record) {
        LocalDateTime arrived = record == null ? null : record.arrivedAt();
        return caseFile.evidence().stream()
                .filter(e -> e.category() == EvidenceCategory.AGREEMENT)
                .filter(e -> arrived == null || e.capturedAt() == null || e.capturedAt().isBefore(arrived))
                .sorted(Comparator.comparing((Evidence e) -> !suggestsConfirmation(e)).thenComparing(byCaptureTime()))
                .toList();
    }

    private static Comparator<Evidence> byCaptureTime() {
        return Comparator.comparing(Evidence::capturedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Evidence::id);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
