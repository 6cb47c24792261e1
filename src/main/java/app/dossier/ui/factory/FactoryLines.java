package app.dossier.ui.factory;

import app.dossier.domain.Dispute;
import app.dossier.domain.guidance.FactoryRecord;
import app.dossier.domain.guidance.Rate;
import app.dossier.domain.Order;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A factory's orders, disputes and record turned into the lines the user reads, in the user's language. */
final class FactoryLines {
    private final Texts texts;

    FactoryLines(Texts texts) {
        this.texts = texts;
    }

    List<FactoryOrderRow> orders(List<OrderSummary> summaries) {
        List<FactoryOrderRow> rows = new ArrayList<>();
        for (OrderSummary s : summaries) {
            Order o = s.order();
            boolean numbered = o.orderNumber() != null && !o.orderNumber().isBlank();
            rows.add(new FactoryOrderRow(o.id(), o.label(), numbered ? o.product() : "",
                    texts.formats().date(o.orderedOn()),
                    texts.words().quantity(o.quantity(), o.unit()),
                    texts.formats().money(o.total()), Map.copyOf(s.evidenceCounts())));
        }
        return rows;
    }

    List<FactoryDisputeRow> disputes(List<Dispute> list, List<OrderSummary> summaries) {
        Map<Long, Order> byId = summaries.stream().map(OrderSummary::order)
                .collect(Collectors.toMap(Order::id, Function.identity()));
        return list.stream()
                .sorted(Comparator.comparing(Dispute::openedOn).thenComparingLong(Dispute::id).reversed())
                .map(d -> new FactoryDisputeRow(d.id(),
                        texts.get("factory.dispute.line", texts.formats().date(d.openedOn()),
                                texts.get("status." + d.status().name()),
                                byId.containsKey(d.orderId()) ? byId.get(d.orderId()).label() : "#" + d.orderId()),
                        d.summary() == null ? "" : d.summary()))
                .toList();
    }

    private static double fraction(java.util.Optional<Rate> rate) {
        return rate.map(x -> (double) x.part() / x.whole()).orElse(0.0);
    }

    List<RecordLine> record(FactoryRecord r) {
        List<RecordLine> lines = new ArrayList<>();
        lines.add(new RecordLine(texts.get("factory.record.orders"), texts.formats().count(r.orders()), false));
        lines.add(new RecordLine(texts.get("factory.record.received"), texts.formats().count(r.ordersReceived()),
                false));
        lines.add(r.unitsExpected() == 0
                ? new RecordLine(texts.get("factory.record.short"), texts.get("factory.record.nothingReceived"), false)
                : new RecordLine(texts.get("factory.record.short"), texts.get("factory.record.shortValue",
                        texts.formats().count(r.unitsShort()), texts.formats().count(r.unitsExpected()),
                        texts.formats().percent(fraction(r.shortRate()))), r.unitsShort() > 0));
        lines.add(r.unitsSampled() == 0
                ? new RecordLine(texts.get("factory.record.defective"), texts.get("factory.record.nothingChecked"),
                        false)
                : new RecordLine(texts.get("factory.record.defective"), texts.get("factory.record.defectiveValue",
                        texts.formats().count(r.defectiveUnits()), texts.formats().count(r.unitsSampled()),
                        texts.formats().percent(fraction(r.defectRate()))), r.defectiveUnits() > 0));
        lines.add(new RecordLine(texts.get("factory.record.disputes"), texts.get("factory.record.disputesValue",
                texts.formats().count(r.disputes()), texts.formats().count(r.openDisputes())), r.openDisputes() > 0));
        return lines;
    }
}
