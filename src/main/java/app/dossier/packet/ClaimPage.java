package app.dossier.packet;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Conversation;
import app.dossier.domain.DateInput;
import app.dossier.domain.DefectKind;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.PinnedMessage;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.Resolution;
import app.dossier.domain.Text;
import app.dossier.domain.words.Words;
import app.dossier.packet.PageFlow.Style;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Page 1: the claim as a factory's sales manager grasps it in thirty seconds. The order and what
 * arrived, count by count, each defect named with the photos that show it; what is asked, how it is
 * reckoned and by when; what was agreed, quoted with who said it and when; and who is asking. Chinese
 * first, then the packet's other language, each line cited by exhibit number.
 */
final class ClaimPage {
    private static final float LABEL_WIDTH = 118;
    /** At most this many pinned messages are quoted on page 1; the chat's pages show them all. */
    private static final int QUOTES = 2;

    private final PageFlow flow;
    private final Labels labels;
    private final PacketContent content;
    private final CaseFile caseFile;
    private final DisputeFacts facts;
    private final Exhibits exhibits;

    ClaimPage(PageFlow flow, Labels labels, PacketContent content, Exhibits exhibits) {
        this.flow = flow;
        this.labels = labels;
        this.content = content;
        this.caseFile = content.caseFile();
        this.facts = content.facts();
        this.exhibits = exhibits;
    }

    void write() throws IOException {
        flow.section(labels.both(Label.TITLE), labels.both(Label.CLAIM));
        counts();
        flow.space(6);
        ask();
        flow.space(6);
        agreed();
        flow.space(6);
        buyer();
    }

    /* Who asks and how to reach them; the buyer's own copy says so when the profile is empty. */
    private void buyer() throws IOException {
        BusinessProfile buyer = content.buyer();
        if (buyer.isEmpty()) {
            if (!content.forFactory()) {
                flow.heading(labels.both(Label.BUYER), Style.H2, 20);
                flow.text(labels.mine(Label.NO_PROFILE), Style.WARNING, 0);
            }
            return;
        }
        flow.heading(labels.both(Label.BUYER), Style.H2, 60);
        buyerField(Label.BUYER_NAME, buyer.name());
        buyerField(Label.COMPANY, buyer.company());
        buyerField(Label.MEMBER_1688, buyer.memberName());
        buyerField(Label.WECHAT, buyer.wechatId());
        buyerField(Label.CONTACT, buyer.contact());
    }

    private void buyerField(Label label, String value) throws IOException {
        if (value != null) {
            field(label, value);
        }
    }

    /* The order, then what arrived: ordered, received, short, checked, defective by kind, cartons. */
    private void counts() throws IOException {
        flow.heading(labels.both(Label.CLAIM), Style.H2, 60);
        Order order = caseFile.order();
        String number = order.orderNumber() == null || order.orderNumber().isBlank()
                ? labels.both(Label.NO_ORDER_NUMBER) : order.orderNumber();
        field(Label.ORDER_NUMBER, number + (order.orderedOn() == null ? "" : "  ·  " + DateInput.format(order.orderedOn())));
        field(Label.FACTORY, caseFile.factory().displayName());
        field(Label.PRODUCT, factoryFacing(order.product()));
        field(Label.ORDERED, each(l -> quantity(order.quantity(), l)));
        if (!facts.hasReceivingRecord()) {
            flow.text(labels.both(Label.NO_CLAIM), Style.BODY, 0);
            return;
        }
        DisputeFacts.Receipt receipt = facts.receipt();
        String arrived = receipt.arrivedAt() == null ? "" : "  ·  " + DateInput.format(receipt.arrivedAt());
        field(Label.RECEIVED, each(l -> quantity(facts.unitsReceived(), l) + arrived));
        if (facts.unitsShort() > 0) {
            List<Long> photos = photosOf(receipt, d -> d.kind() == DefectKind.SHORT);
            field(Label.SHORT, each(l -> cited(quantity(facts.unitsShort(), l), photos, l)), Style.WARNING);
        }
        if (receipt.unitsSampled() > 0) {
            field(Label.CHECKED, each(l -> quantity(receipt.unitsSampled(), l)));
        }
        if (facts.defectiveUnits() > 0) {
            List<Long> photos = photosOf(receipt, d -> d.kind().countsDefectiveUnits());
            field(Label.DEFECTIVE, each(l -> receipt.unitDefects().isEmpty()
                    ? cited(quantity(facts.defectiveUnits(), l), photos, l) : defective(receipt, l)), Style.WARNING);
        }
        String cartons = cartons(receipt);
        if (cartons != null) {
            field(Label.CARTONS, cartons);
        }
    }

    /* "3套：开裂或破损2套（图10）、划伤1套（图12）"; the kinds unnamed, the number alone. */
    private String defective(DisputeFacts.Receipt receipt, Language language) {
        String total = quantity(facts.defectiveUnits(), language);
        List<ReceivingDefect> kinds = receipt.unitDefects();
        if (kinds.isEmpty()) {
            return total;
        }
        List<String> named = new ArrayList<>();
        for (ReceivingDefect d : kinds) {
            String name = Words.in(language).defect(d.kind());
            String count = quantity(d.count(), language);
            named.add(cited(language == Language.CHINESE ? name + count : name + ": " + count, d.evidenceIds(), language));
        }
        return total + (language == Language.CHINESE ? "：" + String.join("、", named) : " — " + String.join("; ", named));
    }

    /* "到货9箱（应到10箱）；包装破损1箱（图9）", or null when neither the cartons nor damage were counted. */
    private String cartons(DisputeFacts.Receipt receipt) {
        long damaged = receipt.damagedCartons();
        boolean counted = receipt.parcelsReceived() != null && receipt.parcelsExpected() != null;
        if (!counted && damaged == 0) {
            return null;
        }
        List<Long> photos = photosOf(receipt, d -> d.kind() == DefectKind.DAMAGED_PACKAGING);
        return each(l -> {
            List<String> parts = new ArrayList<>();
            if (counted) {
                parts.add(Label.CARTONS_ARRIVED.in(l, receipt.parcelsReceived(), receipt.parcelsExpected()));
            }
            if (damaged > 0) {
                parts.add(cited(Label.CARTONS_DAMAGED.in(l, damaged), photos, l));
            }
            return String.join(l == Language.CHINESE ? "；" : "; ", parts);
        });
    }

    /* What is asked, how it is reckoned, and by when. */
    private void ask() throws IOException {
        flow.heading(labels.both(Label.WHAT_WE_ASK), Style.H2, 40);
        Resolution resolution = content.resolution();
        if (resolution == null) {
            flow.text(labels.both(Label.NO_RESOLUTION), Style.BODY, 0);
        } else {
            for (Language language : languages()) {
                flow.text(asked(resolution, language), language == Language.CHINESE ? Style.H2 : Style.BODY, 0);
            }
        }
        flow.space(3);
        for (Language language : languages()) {
            flow.text(Label.REPLY_BY.in(language, content.replyBy(), content.replyWithinDays()), Style.BODY, 0);
        }
    }

    /* "部分退款：¥425.50 = 23套 × ¥18.50（短缺20套 + 不良3套）" */
    private String asked(Resolution resolution, Language language) {
        if (resolution instanceof Resolution.PartialRefund r) {
            // the buyer's own copy adds what the refund comes to in đồng; the factory's copy leaves it out
            String dong = r.vndEquivalent() == null || content.forFactory() || language == Language.CHINESE ? ""
                    : " (≈ " + money(r.vndEquivalent(), language) + ")";
            return Label.REFUND.in(language) + colon(language) + money(r.amount(), language) + formula(r, language) + dong;
        }
        if (resolution instanceof Resolution.Replacement r) {
            return Label.REPLACEMENT.in(language) + colon(language) + quantity(r.units(), language);
        }
        Resolution.NextOrderDiscount d = (Resolution.NextOrderDiscount) resolution;
        return Label.DISCOUNT.in(language) + colon(language) + (d.amount() != null ? money(d.amount(), language)
                : d.percent().stripTrailingZeros().toPlainString() + "%");
    }

    /* " = 23套 × ¥18.50（短缺20套 + 不良3套）" when the refund is the units affected at the unit price; else "". */
    private String formula(Resolution.PartialRefund refund, Language language) {
        Money price = facts.unitPrice();
        if (price == null || !refund.amount().equals(price.times(facts.affectedUnits()))) {
            return "";
        }
        String formula = " = " + quantity(facts.affectedUnits(), language) + " × " + money(price, language);
        if (facts.unitsShort() > 0 && facts.defectiveUnits() > 0) {
            String split = Label.SHORT_PLUS_DEFECTIVE.in(language, quantity(facts.unitsShort(), language),
                    quantity(facts.defectiveUnits(), language));
            formula += language == Language.CHINESE ? "（" + split + "）" : " (" + split + ")";
        }
        return formula;
    }

    /* The factory's own words, pinned in the chat, with who said them and when; then the order line. */
    private void agreed() throws IOException {
        flow.heading(labels.both(Label.AGREED), Style.H2, 40);
        for (Quote quote : quotes()) {
            flow.text("「" + quote.message().text() + "」", Style.BODY, 12);
            String time = quote.message().sentAt() == null ? "" : DateInput.format(quote.message().sentAt());
            String sender = quote.message().sender() == null ? "" : quote.message().sender();
            flow.text(each(l -> cited(Label.SAID_BY.in(l, sender, time), List.of(quote.chat()), l)), Style.SMALL, 24);
            flow.space(3);
        }
        Order order = caseFile.order();
        List<Long> confirmation = caseFile.evidence().stream()
                .filter(e -> e.category() == EvidenceCategory.CONFIRMATION).map(Evidence::id).toList();
        String product = factoryFacing(order.product());
        flow.field(labels.stacked(Label.ORDER_LINE), each(l -> cited(product + (l == Language.CHINESE ? "，" : ", ")
                + quantity(order.quantity(), l) + " × " + money(order.unitPrice(), l) + " = " + money(order.total(), l),
                confirmation, l)), LABEL_WIDTH);
        if (order.agreedOn() != null) {
            field(Label.AGREED_ON, DateInput.format(order.agreedOn()));
        }
    }

    /*
     * The pinned messages to quote: the factory's side first (a message whose sender is not the buyer),
     * then the latest; in the factory's copy, only those it can read.
     */
    private List<Quote> quotes() {
        List<Quote> all = new ArrayList<>();
        for (Conversation chat : caseFile.conversations()) {
            for (PinnedMessage message : chat.pinned()) {
                boolean theirs = chat.me() == null || !chat.me().equals(message.sender());
                if (!content.forFactory() || !app.dossier.domain.ChineseText.hasVietnamese(message.text())) {
                    all.add(new Quote(message, chat.evidenceId(), theirs));
                }
            }
        }
        return all.stream()
                .sorted(Comparator.comparing((Quote q) -> !q.theirs()).thenComparing(
                        (Quote q) -> q.message().sentAt(), Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(QUOTES).toList();
    }

    private record Quote(PinnedMessage message, long chat, boolean theirs) {
    }

    private void field(Label label, String value) throws IOException {
        field(label, value, Style.BODY);
    }

    private void field(Label label, String value, Style style) throws IOException {
        flow.field(labels.stacked(label), value, LABEL_WIDTH, style);
    }

    /* The value in Chinese, then, on its own line, in the buyer's language when it reads differently. */
    private String each(Function<Language, String> value) {
        String zh = value.apply(Language.CHINESE);
        if (!labels.bilingual()) {
            return zh;
        }
        String mine = value.apply(labels.buyer());
        return Objects.equals(zh, mine) ? zh : zh + "\n" + mine;
    }

    private List<Language> languages() {
        return labels.bilingual() ? List.of(Language.CHINESE, labels.buyer()) : List.of(Language.CHINESE);
    }

    /* "20套（图8、图11）" / "20 sets (Exhibit 8, Exhibit 11)"; the text alone when no file shows it. */
    private String cited(String text, Collection<Long> ids, Language language) {
        String list = exhibits.cited(ids, language);
        if (list.isEmpty()) {
            return text;
        }
        return language == Language.CHINESE ? text + "（" + list + "）" : text + " (" + list + ")";
    }

    /* The photos of the defects {@code which} picks; when none is linked, every receiving photo. */
    private List<Long> photosOf(DisputeFacts.Receipt receipt, java.util.function.Predicate<ReceivingDefect> which) {
        List<Long> linked = receipt.defects().stream().filter(which).flatMap(d -> d.evidenceIds().stream()).toList();
        return linked.isEmpty() ? facts.receivingEvidence().stream().map(Evidence::id).toList() : linked;
    }

    private static String colon(Language language) {
        return language == Language.CHINESE ? "：" : ": ";
    }

    /* The factory's copy names things in words the factory reads: a product's Vietnamese name is left out. */
    private String factoryFacing(String text) {
        return content.forFactory() ? app.dossier.domain.ChineseText.withoutVietnamese(text) : text;
    }

    private String quantity(long count, Language language) {
        return Words.in(language).quantity(count, caseFile.order().unit());
    }

    private static String money(Money money, Language language) {
        return app.dossier.domain.LocalFormat.amount(money, language);
    }
}
