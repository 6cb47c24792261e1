package app.dossier.packet;

import app.dossier.domain.CaseFile;
import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.DateInput;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DisputeMessage;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Language;
import app.dossier.domain.LocalFormat;
import app.dossier.domain.MessageDrafter;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.PaymentLedger;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Resolution;
import app.dossier.packet.PageFlow.Style;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The packet's sections, in the order the factory reads them; photos are placed by {@link EvidencePages}. */
final class PacketSections {
    private static final float LABEL_WIDTH = 140;

    private final PageFlow flow;
    private final Labels labels;
    private final PacketContent content;
    private final CaseFile caseFile;
    private final DisputeFacts facts;
    private final Exhibits exhibits;

    PacketSections(PageFlow flow, Labels labels, PacketContent content) {
        this.flow = flow;
        this.labels = labels;
        this.content = content;
        this.caseFile = content.caseFile();
        this.facts = content.facts();
        this.exhibits = new Exhibits(caseFile);
    }

    void cover() throws IOException {
        new ClaimPage(flow, labels, content, exhibits).write();
        flow.section(labels.both(Label.ORDER_DETAILS), labels.both(Label.ORDER_DETAILS), PageFlow.NEW_PAGE);
        Factory factory = caseFile.factory();
        Order order = caseFile.order();
        flow.field(labels.both(Label.GENERATED_ON), DateInput.format(content.generatedOn()), LABEL_WIDTH);
        flow.field(labels.both(Label.FACTORY), factoryLines(factory), LABEL_WIDTH);
        flow.field(labels.both(Label.PRODUCT), content.forFactory() ? app.dossier.domain.ChineseText.withoutVietnamese(
                order.product()) : order.product(), LABEL_WIDTH);
        flow.field(labels.both(Label.ORDERED_ON), dateOrNot(order.orderedOn()), LABEL_WIDTH);
        flow.field(labels.both(Label.AGREED_ON), dateOrNot(order.agreedOn()), LABEL_WIDTH);
        flow.field(labels.both(Label.QUANTITY_PRICE), labels.quantity(order.quantity(), order.unit(),
                " × " + Labels.money(order.unitPrice())), LABEL_WIDTH);
        PaymentLedger ledger = PaymentLedger.of(caseFile);
        flow.field(labels.both(Label.ORDER_TOTAL), Labels.money(ledger.orderTotal()), LABEL_WIDTH);
        flow.field(labels.both(Label.PAID), Labels.money(ledger.paid()) + "  (" + labels.both(Label.OWED) + ": "
                + Labels.money(ledger.owed()) + ")", LABEL_WIDTH);
        flow.field(labels.both(Label.ARRIVED), facts.hasReceivingRecord() && facts.receipt().arrivedAt() != null
                ? DateInput.format(facts.receipt().arrivedAt()) : labels.both(Label.NOT_RECORDED), LABEL_WIDTH);

        flow.space(8);
        flow.heading(labels.both(Label.EVIDENCE), Style.H2, 60);
        Map<EvidenceCategory, Long> counts = caseFile.evidence().stream()
                .collect(Collectors.groupingBy(Evidence::category, Collectors.counting()));
        for (EvidenceCategory category : EvidenceCategory.values()) {
            long count = counts.getOrDefault(category, 0L);
            if (count == 0 && content.forFactory()) {
                continue; // the factory's copy shows the evidence there is, not what the buyer lacks
            }
            if (count == 0) {
                flow.field(labels.category(category), labels.both(Label.MISSING_EVIDENCE), 190, Style.WARNING);
            } else {
                flow.field(labels.category(category), "✓ " + labels.files(count), 190);
            }
        }
        flow.space(4);
        List<EvidenceCategory> missing = facts.missingCategories();
        if (content.forFactory()) {
            return;
        }
        if (missing.isEmpty()) {
            flow.text(labels.both(Label.ALL_EVIDENCE), Style.BODY, 0);
        } else {
            for (EvidenceCategory category : missing) {
                flow.text(labels.zh(Label.MISSING_EVIDENCE) + "：" + labels.category(category).split(Labels.SEP)[0] + "。"
                        + labels.zh(Label.MISSING_NOTE), Style.WARNING, 0);
                if (labels.bilingual()) {
                    flow.text(labels.mine(Label.MISSING_EVIDENCE) + ": " + category(category) + " — "
                            + labels.mine(Label.MISSING_NOTE), Style.WARNING, 0);
                }
            }
        }
    }

    void messages() throws IOException {
        flow.section(labels.both(Label.MESSAGE), labels.both(Label.MESSAGE));
        // one message per language: a dispute whose buyer reads Chinese has the Chinese message once
        Map<Language, DisputeMessage> byLanguage = new java.util.LinkedHashMap<>();
        content.messages().forEach(m -> byLanguage.putIfAbsent(m.language(), m));
        List<DisputeMessage> messages = byLanguage.values().stream()
                .sorted(Comparator.comparing((DisputeMessage m) -> m.language() != Language.CHINESE))
                .toList();
        if (messages.isEmpty()) {
            flow.text(labels.both(Label.NO_MESSAGE), Style.BODY, 0);
        }
        for (DisputeMessage message : messages) {
            flow.heading(labels.messageHeading(message.language()), Style.H2, 40);
            flow.text(exhibits.cite(shown(message), message.language()), Style.BODY, 0);
            flow.space(14);
        }
    }

    /*
     * The message as the packet prints it. In the factory's copy a message as drafted (not edited) is
     * drafted again without the refund's value in đồng, which is the buyer's business only; a message the
     * user edited is printed as written.
     */
    private String shown(DisputeMessage message) {
        if (!content.forFactory() || !(content.resolution() instanceof Resolution.PartialRefund r)
                || r.vndEquivalent() == null || message.language() == Language.CHINESE) {
            return message.text();
        }
        try {
            String drafted = draft(content.resolution(), message.language());
            return drafted != null && drafted.equals(message.text())
                    ? draft(new Resolution.PartialRefund(r.amount(), null), message.language())
                    : message.text();
        } catch (RuntimeException e) {
            return message.text();
        }
    }

    private String draft(Resolution resolution, Language language) {
        return MessageDrafter.draftForFactoryAndBuyer(facts, resolution, language).stream()
                .filter(m -> m.language() == language).map(DisputeMessage::text).findFirst().orElse(null);
    }

    /** The order's history, oldest first, each event with the exhibits that show it ({@link HistoryTable}). */
    void timeline() throws IOException {
        flow.section(labels.both(Label.TIMELINE), labels.both(Label.TIMELINE));
        new HistoryTable(flow, labels, content, exhibits).write();
    }

    void ledger() throws IOException {
        flow.section(labels.both(Label.LEDGER), labels.both(Label.LEDGER));
        PaymentLedger ledger = PaymentLedger.of(caseFile);
        if (ledger.lines().isEmpty()) {
            flow.text(labels.both(Label.NO_PAYMENTS), Style.WARNING, 0);
        } else if (content.forFactory()) {
            factoryLedger(ledger);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (PaymentLedger.Line row : ledger.lines()) {
                var p = row.payment();
                rows.add(List.of(p.paidOn() == null ? "" : DateInput.format(p.paidOn()),
                        amountCell(row.value()), labels.covers(p.covers()), nonNull(p.method()), rateCell(row.value()),
                        row.vnd() == null ? "—" : Labels.money(row.vnd()),
                        p.acknowledgedAt() == null ? labels.stacked(Label.NOT_ACKNOWLEDGED) : DateInput.format(p.acknowledgedAt()),
                        row.runningTotal() == null ? "—" : Labels.money(row.runningTotal()),
                        row.owedAfter() == null ? "—" : Labels.money(row.owedAfter())));
            }
            flow.table(new float[] {50, 58, 40, 66, 34, 62, 58, 62, 65}, List.of(labels.stacked(Label.DATE),
                    labels.stacked(Label.AMOUNT), labels.stacked(Label.COVERS), labels.stacked(Label.METHOD),
                    labels.stacked(Label.RATE), labels.stacked(Label.IN_VND), labels.stacked(Label.ACKNOWLEDGED),
                    labels.stacked(Label.PAID_SO_FAR), labels.stacked(Label.OWED)), rows);
        }
        flow.space(10);
        flow.field(labels.both(Label.ORDER_TOTAL), Labels.money(ledger.orderTotal()), LABEL_WIDTH);
        flow.field(labels.both(Label.PAID), Labels.money(ledger.paid()), LABEL_WIDTH);
        flow.field(labels.both(Label.OWED), Labels.money(ledger.owed()), LABEL_WIDTH);
    }

    /*
     * The factory's copy: what was paid in the order's currency, no đồng and no rates; a payment in
     * another currency that does not count towards the order (no rate recorded) is not the factory's.
     */
    private void factoryLedger(PaymentLedger ledger) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (PaymentLedger.Line row : ledger.lines()) {
            var p = row.payment();
            ConvertedPayment value = row.value();
            boolean foreign = p.amount().currency().equals(Money.VND);
            if (foreign && !(value.converted() && value.counts())) {
                continue;
            }
            rows.add(List.of(p.paidOn() == null ? "" : DateInput.format(p.paidOn()),
                    Labels.money(value.converted() && value.counts() ? value.counted() : p.amount()),
                    labels.covers(p.covers()), nonNull(p.method()),
                    p.acknowledgedAt() == null ? labels.stacked(Label.NOT_ACKNOWLEDGED) : DateInput.format(p.acknowledgedAt()),
                    row.runningTotal() == null ? "—" : Labels.money(row.runningTotal()),
                    row.owedAfter() == null ? "—" : Labels.money(row.owedAfter())));
        }
        flow.table(new float[] {60, 70, 55, 90, 75, 70, 75}, List.of(labels.stacked(Label.DATE),
                labels.stacked(Label.AMOUNT), labels.stacked(Label.COVERS), labels.stacked(Label.METHOD),
                labels.stacked(Label.ACKNOWLEDGED), labels.stacked(Label.PAID_SO_FAR), labels.stacked(Label.OWED)), rows);
    }

    /* Both amounts for a payment counted in the order's currency at a rate: "3.650.000 ₫", "= ¥1,000.00". */
    private static String amountCell(ConvertedPayment value) {
        String paid = Labels.money(value.payment().amount());
        return value.converted() && value.counts() ? paid + "\n= " + Labels.money(value.counted()) : paid;
    }

    /* The rates the payment was counted at, with their units; else its own rate; else a dash. */
    private static String rateCell(ConvertedPayment value) {
        if (value.converted() && value.counts()) {
            return value.rates().replace(", ", "\n");
        }
        var own = value.payment().rateToVnd();
        var paidIn = value.payment().amount().currency();
        return own == null || paidIn.equals(Money.VND) ? "—" : ConvertedPayment.rateText(own, paidIn);
    }

    void receiving() throws IOException {
        flow.section(labels.both(Label.RECEIVING_RECORD), labels.both(Label.RECEIVING_RECORD));
        ReceivingRecord r = caseFile.receiving();
        if (r == null) {
            flow.text(labels.both(Label.NO_RECEIVING), Style.WARNING, 0);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(Label.ARRIVED, r.arrivedAt() == null ? "" : DateInput.format(r.arrivedAt())));
        rows.add(row(Label.PARCELS, (r.parcelsExpected() == null ? "—" : r.parcelsExpected()) + " / "
                + (r.parcelsReceived() == null ? "—" : r.parcelsReceived())));
        rows.add(row(Label.UNITS, count(caseFile.order().quantity()) + " / " + count(r.unitsReceived())
                + " " + labels.unit(r.unitsReceived(), caseFile.order().unit())));
        rows.add(row(Label.SHORT, count(facts.unitsShort())));
        String packagingNotes = readable(r.packagingNotes());
        rows.add(row(Label.PACKAGING, (r.packagingCondition() == null ? "" : labels.packaging(r.packagingCondition()))
                + (packagingNotes == null ? "" : "\n" + packagingNotes)));
        rows.add(row(Label.SAMPLED, count(r.unitsSampled()) + percentOf(r.unitsSampled(), r.unitsReceived())));
        rows.add(row(Label.DEFECTIVE, count(r.defectiveUnits())));
        if (!r.defects().isEmpty()) {
            rows.add(row(Label.DEFECT_KINDS, r.defects().stream().map(d -> labels.defect(d.kind()) + ": "
                    + count(d.count()) + citedIn(d.evidenceIds())).collect(Collectors.joining("\n"))));
        }
        rows.add(row(Label.DEFECT_NOTES, nonNull(readable(r.defectNotes()))));
        rows.add(row(Label.INSPECTED_BY, nonNull(r.inspectedBy())));
        rows.add(row(Label.INSPECTED_AT, r.inspectedAt() == null ? "" : DateInput.format(r.inspectedAt())));
        rows.add(row(Label.FACTORY_NOTIFIED, notified(r.arrivedAt(), r.factoryNotifiedAt())));
        flow.table(new float[] {170, 325}, List.of(), rows);
    }

    void appendix(Function<Evidence, String> sizeText) throws IOException {
        flow.section(labels.both(Label.APPENDIX), labels.both(Label.APPENDIX));
        flow.text(labels.zh(Label.APPENDIX_NOTE), Style.SMALL, 0);
        if (labels.bilingual()) {
            flow.text(labels.mine(Label.APPENDIX_NOTE), Style.SMALL, 0);
        }
        flow.space(6);
        flow.heading(labels.both(Label.EXHIBIT_INDEX), Style.H2, 40);
        List<List<String>> rows = new ArrayList<>();
        for (Evidence e : exhibits.all()) {
            int n = exhibits.number(e);
            rows.add(List.of(labels.bilingual() ? Exhibits.one(n, Language.CHINESE) + "\n" + Exhibits.one(n, labels.buyer())
                            : Exhibits.one(n, Language.CHINESE), labels.category(e.category()).replace(Labels.SEP, "\n"),
                    e.file(), sizeText.apply(e), splitHash(e.sha256())));
        }
        flow.table(new float[] {40, 88, 140, 45, 182}, List.of("#", labels.stacked(Label.CATEGORY),
                labels.stacked(Label.FILE), labels.stacked(Label.SIZE), "SHA-256"), rows);
    }

    /** "争议材料 / Dispute packet — 订单 2837461920384756123 — 义乌市佳美日用品有限公司", atop every page. */
    String runningHeader() {
        return labels.both(Label.TITLE) + " — " + labels.zh(Label.ORDER) + " " + facts.orderLabel() + " — "
                + caseFile.factory().name();
    }

    private String category(EvidenceCategory category) {
        String both = labels.category(category);
        int at = both.indexOf(Labels.SEP);
        return at < 0 ? both : both.substring(at + Labels.SEP.length());
    }

    /* A note the user typed, as this copy prints it: the factory's copy leaves out what is written in Vietnamese. */
    private String readable(String note) {
        return content.forFactory() && app.dossier.domain.ChineseText.hasVietnamese(note) ? null : note;
    }

    /* "  (图9 / Exhibit 9)" */
    private String citedIn(List<Long> ids) {
        String zh = exhibits.cited(ids, Language.CHINESE);
        if (zh.isEmpty()) {
            return "";
        }
        return "  (" + (labels.bilingual() ? zh + Labels.SEP + exhibits.cited(ids, labels.buyer()) : zh) + ")";
    }

    private List<String> row(Label label, String value) {
        return List.of(labels.stacked(label), value);
    }

    private String notified(LocalDateTime arrived, LocalDateTime told) {
        if (told == null) {
            return labels.both(Label.NOT_RECORDED);
        }
        String when = DateInput.format(told);
        if (arrived == null || told.isBefore(arrived)) {
            return when;
        }
        long minutes = Duration.between(arrived, told).toMinutes();
        String hours = minutes % 60 == 0 ? String.valueOf(minutes / 60)
                : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
        return when + "\n" + labels.hoursAfterArrival(hours);
    }

    private static String percentOf(long part, long whole) {
        if (whole <= 0 || part <= 0) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "  (%.1f %%)", 100.0 * part / whole);
    }

    private static String count(long units) {
        return LocalFormat.count(units, Language.ENGLISH);
    }

    private String dateOrNot(java.time.LocalDate date) {
        return date == null ? labels.both(Label.NOT_RECORDED) : DateInput.format(date);
    }

    private static String factoryLines(Factory factory) {
        StringBuilder s = new StringBuilder(factory.displayName());
        if (factory.shopUrl() != null) {
            s.append("\n").append(factory.shopUrl());
        }
        if (factory.wechatId() != null) {
            s.append("\nWeChat: ").append(factory.wechatId());
        }
        if (factory.contact() != null) {
            s.append("\n").append(factory.contact());
        }
        return s.toString();
    }

    static String splitHash(String sha256) {
        if (sha256 == null) {
            return "";
        }
        return sha256.length() == 64 ? sha256.substring(0, 32) + "\n" + sha256.substring(32) : sha256;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
