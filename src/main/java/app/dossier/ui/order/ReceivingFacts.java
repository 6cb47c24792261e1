package app.dossier.ui.order;

import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Text;
import app.dossier.ui.common.DefectWords;
import app.dossier.ui.common.Texts;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;

/** The receiving record in words for the order's Receiving and QC tab; shortfalls and damage marked. */
final class ReceivingFacts {
    private ReceivingFacts() {
    }

    static List<Fact> of(ReceivingRecord r, Order order, Texts t) {
        List<Fact> list = new ArrayList<>();
        list.add(new Fact(t.get("order.rcv.arrivedAt"), t.formats().date(r.arrivedAt())));
        if (r.parcelsReceived() != null) {
            String value = r.parcelsExpected() == null ? r.parcelsReceived().toString()
                    : t.get("order.rcv.ofExpected", r.parcelsReceived(), r.parcelsExpected())
                            + difference(r.parcelsExpected() - r.parcelsReceived(), t);
            list.add(new Fact(t.get("order.rcv.parcels"), value,
                    r.parcelsExpected() != null && !r.parcelsExpected().equals(r.parcelsReceived())));
        }
        list.add(new Fact(t.get("order.rcv.units"),
                t.get("order.rcv.ofExpected", r.unitsReceived(), r.unitsExpected()) + " "
                        + t.words().unit(r.unitsExpected(), order.unit())
                        + difference(r.unitsExpected() - r.unitsReceived(), t),
                r.unitsExpected() != r.unitsReceived()));
        String packaging = t.get("packaging." + r.packagingCondition().name());
        list.add(new Fact(t.get("order.rcv.packaging"),
                Text.isBlank(r.packagingNotes()) ? packaging : packaging + " — " + r.packagingNotes(),
                r.packagingCondition() != app.dossier.domain.PackagingCondition.INTACT));
        String sample = r.unitsSampled() == 0 ? t.get("order.rcv.noSample")
                : t.get("order.rcv.sample", r.unitsSampled(), r.defectiveUnits(),
                        Math.round(1000.0 * r.defectiveUnits() / r.unitsSampled()) / 10.0);
        list.add(new Fact(t.get("order.rcv.sampleCheck"), sample, r.defectiveUnits() > 0 || r.unitsSampled() == 0));
        if (!Text.isBlank(r.defectNotes())) {
            list.add(new Fact(t.get("order.rcv.defects"), r.defectNotes()));
        }
        if (!r.defects().isEmpty()) {
            list.add(new Fact(t.get("order.rcv.defectsByKind"), r.defects().stream()
                    .map(d -> DefectWords.line(d, order.unit(), t)).collect(Collectors.joining("\n")), true));
        }
        String inspected = Text.isBlank(r.inspectedBy()) ? t.get("common.none") : r.inspectedBy();
        if (r.inspectedAt() != null) {
            inspected += ", " + t.formats().date(r.inspectedAt());
        }
        list.add(new Fact(t.get("order.rcv.inspectedBy"), inspected));
        list.add(r.factoryNotifiedAt() == null
                ? new Fact(t.get("order.rcv.notified"), t.get("order.rcv.notNotified"), true)
                : new Fact(t.get("order.rcv.notified"), t.formats().date(r.factoryNotifiedAt())));
        return list;
    }

    /** " (20 short)", " (5 more)", or nothing when the counts agree. */
    private static String difference(long missing, Texts t) {
        if (missing > 0) {
            return " (" + t.get("order.rcv.short", missing) + ")";
        }
        if (missing < 0) {
            return " (" + t.get("order.rcv.over", -missing) + ")";
        }
        return "";
    }
}
