package app.dossier.packet;

import app.dossier.domain.ChineseText;
import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.DateInput;
import app.dossier.domain.HistoryEvent;
import app.dossier.domain.Language;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderHistory;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.words.Words;
import app.dossier.packet.PageFlow.Style;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline: the order's history ({@link OrderHistory}), oldest first, one row per event with when
 * it happened, what happened (in Chinese, then in the buyer's language) and the exhibits that show it.
 *
 * <p>In the factory's copy a payment is given in the order's currency only (a payment in đồng that
 * cannot be counted towards the order is left out, as in the ledger), and a note the user typed is
 * printed only when it is written in Chinese ({@link ChineseText}): a note in Vietnamese was written
 * for the buyer. The buyer's own copy prints every note and the amount as paid.
 */
final class HistoryTable {
    /** When, event, exhibits: the event takes what the date and the exhibits leave. */
    private static final float[] COLUMNS = {72, 343, 80};

    private final PageFlow flow;
    private final Labels labels;
    private final PacketContent content;
    private final Exhibits exhibits;

    HistoryTable(PageFlow flow, Labels labels, PacketContent content, Exhibits exhibits) {
        this.flow = flow;
        this.labels = labels;
        this.content = content;
        this.exhibits = exhibits;
    }

    void write() throws IOException {
        List<List<String>> rows = rows();
        if (rows.isEmpty()) {
            flow.text(labels.both(Label.NO_EVENTS), Style.BODY, 0);
            return;
        }
        flow.table(COLUMNS, List.of(labels.stacked(Label.WHEN), labels.stacked(Label.EVENT),
                labels.stacked(Label.EVENT_EXHIBITS)), rows);
    }

    /** The table's rows: when, what (Chinese, the buyer's language, the note), exhibits. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (HistoryEvent event : OrderHistory.of(content.caseFile(), content.timeline()).events()) {
            if (!shown(event)) {
                continue;
            }
            StringBuilder what = new StringBuilder(describe(event, Language.CHINESE));
            if (labels.bilingual()) {
                what.append('\n').append(describe(event, labels.buyer()));
            }
            if (event.note() != null && (!content.forFactory() || ChineseText.isChinese(event.note()))) {
                what.append('\n').append('“').append(event.note()).append('”');
            }
            String cited = exhibits.cited(event.evidenceIds(), Language.CHINESE);
            if (labels.bilingual() && !cited.isEmpty()) {
                cited += "\n" + exhibits.cited(event.evidenceIds(), labels.buyer());
            }
            rows.add(List.of(when(event), what.toString(), cited));
        }
        return rows;
    }

    /* The factory's copy leaves out a payment in đồng that does not count towards the order, as its ledger does. */
    private boolean shown(HistoryEvent event) {
        ConvertedPayment p = event.payment();
        return p == null || !content.forFactory() || !p.payment().amount().currency().equals(Money.VND)
                || p.converted() && p.counts();
    }

    private static String when(HistoryEvent event) {
        if (event.date() == null) {
            return "—";
        }
        return event.timed() ? DateInput.format(event.at()) : DateInput.format(event.date());
    }

    /** What happened, in {@code language}: "到货：9箱（应到10箱）", "Goods arrived: 9 of 10 parcels". */
    String describe(HistoryEvent event, Language language) {
        Words words = Words.in(language);
        Order order = content.caseFile().order();
        ReceivingRecord r = event.receiving();
        return switch (event.kind()) {
            case AGREED -> event.speaker() == null ? words.get("history.AGREED")
                    : words.get("history.AGREED_IN_CHAT", event.speaker());
            case ORDERED -> words.get("history.ORDERED", words.quantity(order.quantity(), order.unit()),
                    Labels.money(order.unitPrice()));
            case PAID -> words.get("history.PAID", words.get("history.covers." + event.payment().payment().covers()),
                    amount(event.payment()));
            case ACKNOWLEDGED -> words.get("history.ACKNOWLEDGED", amount(event.payment()));
            case DUE -> words.get("history.DUE");
            case ARRIVED -> r.parcelsReceived() == null ? words.get("history.ARRIVED")
                    : r.parcelsExpected() == null ? words.get("history.ARRIVED_RECEIVED", r.parcelsReceived())
                    : words.get("history.ARRIVED_PARCELS", r.parcelsReceived(), r.parcelsExpected());
            case COUNTED -> r.unitsSampled() > 0
                    ? words.get("history.COUNTED", units(words, r.unitsReceived()), units(words, r.unitsShort()),
                            units(words, r.unitsSampled()), units(words, r.defectiveUnits()))
                    : words.get("history.COUNTED_UNSAMPLED", units(words, r.unitsReceived()),
                            units(words, r.unitsShort()));
            case FACTORY_TOLD -> words.get("history.FACTORY_TOLD");
            case DISPUTE_STEP -> words.get("history.DISPUTE_STEP", words.get("packet.status." + event.step()));
        };
    }

    private String units(Words words, long count) {
        return words.quantity(count, content.caseFile().order().unit());
    }

    /*
     * The payment as it counts towards the order, written as Chinese writes amounts (the table's first
     * language); the buyer's own copy shows first what was paid when it was another currency.
     */
    private String amount(ConvertedPayment value) {
        Money paid = value.payment().amount();
        boolean counted = value.converted() && value.counts();
        if (content.forFactory()) {
            return Labels.money(counted ? value.counted() : paid);
        }
        return Labels.money(paid) + (counted ? " = " + Labels.money(value.counted()) : "");
    }
}
