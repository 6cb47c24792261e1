package app.dossier.ui.order;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.CaseFile;
import app.dossier.domain.CaptureTime;
import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.domain.Text;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** An order's details and files in words: the header's facts, the agreed terms, each file's lines. */
final class OrderFacts {
    private OrderFacts() {
    }

    static List<Fact> header(CaseFile c, Texts t, LocalDate today) {
        Order o = c.order();
        List<Fact> list = new ArrayList<>();
        list.add(new Fact(t.get("order.field.quantity"), t.words().quantity(o.quantity(), o.unit())));
        list.add(new Fact(t.get("order.field.unitPrice"), t.formats().money(o.unitPrice())));
        list.add(new Fact(t.get("order.field.total"), t.formats().money(o.total())));
        list.add(new Fact(t.get("order.field.orderedOn"), t.formats().date(o.orderedOn())));
        if (o.deliveryDeadline() == null) {
            list.add(new Fact(t.get("order.field.deadline"), t.get("common.none")));
        } else {
            boolean late = c.receiving() == null && o.deliveryDeadline().isBefore(today);
            list.add(new Fact(t.get("order.field.deadline"), late
                    ? t.get("order.deadline.passed", t.formats().date(o.deliveryDeadline()))
                    : t.formats().date(o.deliveryDeadline()), late));
        }
        list.add(o.agreedOn() == null
                ? new Fact(t.get("order.field.agreedOn"), t.get("order.agreedOn.missing"), true)
                : new Fact(t.get("order.field.agreedOn"), t.formats().date(o.agreedOn())));
        if (!c.disputes().isEmpty()) {
            list.add(new Fact(t.get("order.field.disputes"), t.get("order.disputes.count", c.disputes().size()),
                    true));
        }
        return list;
    }

    static List<Fact> specs(Order o, Texts t) {
        AgreedSpecs s = o.specs() == null ? AgreedSpecs.NONE : o.specs();
        List<Fact> list = new ArrayList<>();
        list.add(new Fact(t.get("order.field.colors"), orDash(t, s.colors())));
        list.add(new Fact(t.get("order.field.sizes"), orDash(t, s.sizes())));
        list.add(new Fact(t.get("order.field.packaging"), orDash(t, s.packaging())));
        list.add(new Fact(t.get("order.field.priceAtQuantity"), orDash(t, s.priceAtQuantity())));
        if (!Text.isBlank(o.notes())) {
            list.add(new Fact(t.get("order.field.notes"), o.notes()));
        }
        return list;
    }

    /**
     * A file's tile in words. When it was taken and when it was added show on the tile itself: a
     * photo taken days before it was added is the usual case, and in a dispute the time taken counts.
     */
    static EvidenceItem item(Evidence e, Path path, Path shown, int orientation, LocalDate orderedOn, Texts t,
            ZoneId zone) {
        String name = e.fileName();
        boolean picture = shown != null;
        String taken = e.capturedAt() != null ? t.get("order.file.taken", t.formats().date(e.capturedAt()))
                : picture ? t.get("order.file.takenUnknown") : "";
        CaptureTime clock = CaptureTime.judge(e.capturedAt(), LocalDateTime.ofInstant(e.addedAt(), zone), orderedOn);
        if (clock != CaptureTime.PLAUSIBLE) {
            taken = taken + " — " + t.get("order.file.clock." + clock.name());
        }
        String added = t.get("order.file.added", t.formats().date(LocalDateTime.ofInstant(e.addedAt(), zone)));
        String detail = e.caption() == null ? "" : name;
        StringBuilder tip = new StringBuilder();
        if (e.caption() != null) {
            tip.append(e.caption()).append("\n\n");
        }
        tip.append(name).append('\n');
        if (!taken.isEmpty()) {
            tip.append(taken).append('\n');
        }
        tip.append(added);
        return new EvidenceItem(e, path, shown, picture, orientation, e.caption() == null ? name : e.caption(), detail,
                taken, added, tip.toString());
    }

    private static String orDash(Texts t, String text) {
        return Text.isBlank(text) ? t.get("common.none") : text;
    }
}
