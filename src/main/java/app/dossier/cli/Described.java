package app.dossier.cli;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.Dispute;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PinnedMessage;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.OrderSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records as ordered maps for --json output; order numbers are always strings. */
final class Described {
    private Described() {
    }

    static Map<String, Object> factory(Factory f, long orders) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("name", f.name());
        m.put("latinName", f.latinName());
        m.put("shopUrl", f.shopUrl());
        m.put("wechatId", f.wechatId());
        m.put("contact", f.contact());
        m.put("notes", f.notes());
        m.put("folder", f.folder());
        m.put("orders", orders);
        return m;
    }

    static Map<String, Object> order(OrderSummary s) {
        Map<String, Object> m = order(s.order());
        m.put("factory", s.factory().name());
        Map<String, Object> files = new LinkedHashMap<>();
        for (EvidenceCategory c : EvidenceCategory.values()) {
            files.put(c.shortName(), s.count(c));
        }
        m.put("files", files);
        m.put("payments", s.payments());
        m.put("received", s.received());
        return m;
    }

    static Map<String, Object> order(Order o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("orderNumber", o.orderNumber());
        m.put("channel", Converters.display(o.channel()));
        m.put("kind", Converters.display(o.kind()));
        m.put("product", o.product());
        m.put("colors", o.specs().colors());
        m.put("sizes", o.specs().sizes());
        m.put("packaging", o.specs().packaging());
        m.put("priceAtQuantity", o.specs().priceAtQuantity());
        m.put("quantity", o.quantity());
        m.put("unit", o.unit());
        m.put("unitPrice", money(o.unitPrice()));
        m.put("total", money(o.total()));
        m.put("orderedOn", text(o.orderedOn()));
        m.put("deliveryDeadline", text(o.deliveryDeadline()));
        m.put("agreedOn", text(o.agreedOn()));
        m.put("notes", o.notes());
        m.put("folder", o.folder());
        return m;
    }

    static Map<String, Object> caseFile(CaseFile c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factory", factory(c.factory(), -1));
        m.put("order", order(c.order()));
        List<Object> evidence = new ArrayList<>();
        for (Evidence e : c.evidence()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", e.id());
            f.put("category", e.category().shortName());
            f.put("file", e.file());
            f.put("originalName", e.originalName());
            f.put("sha256", e.sha256());
            f.put("size", e.size());
            f.put("mediaType", e.mediaType());
            f.put("capturedAt", text(e.capturedAt()));
            f.put("addedAt", text(e.addedAt()));
            f.put("caption", e.caption());
            if (e.defectRegion() != null) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("left", e.defectRegion().left());
                region.put("top", e.defectRegion().top());
                region.put("width", e.defectRegion().width());
                region.put("height", e.defectRegion().height());
                f.put("defectRegion", region);
            }
            evidence.add(f);
        }
        m.put("evidence", evidence);
        List<Object> payments = new ArrayList<>();
        for (Payment p : c.payments()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", p.id());
            f.put("paidOn", text(p.paidOn()));
            f.put("amount", money(p.amount()));
            f.put("rateToVnd", p.rateToVnd() == null ? null : p.rateToVnd().toPlainString());
            ConvertedPayment value = ConvertedPayment.of(p, c.order().total().currency(), c.payments());
            if (value.converted()) {
                f.put("inOrderCurrency", value.counted() == null ? null : money(value.counted()));
                f.put("missingRates", value.missingRates().stream().map(java.util.Currency::getCurrencyCode).toList());
            }
            f.put("covers", Converters.display(p.covers()));
            f.put("method", p.method());
            f.put("receivingAccount", p.receivingAccount());
            f.put("reference", p.reference());
            f.put("acknowledgedAt", text(p.acknowledgedAt()));
            f.put("proofEvidenceId", p.proofEvidenceId());
            payments.add(f);
        }
        m.put("payments", payments);
        ReceivingRecord r = c.receiving();
        if (r == null) {
            m.put("receiving", null);
        } else {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("arrivedAt", text(r.arrivedAt()));
            f.put("parcelsExpected", r.parcelsExpected());
            f.put("parcelsReceived", r.parcelsReceived());
            f.put("unitsExpected", r.unitsExpected());
            f.put("unitsReceived", r.unitsReceived());
            f.put("unitsShort", r.unitsShort());
            f.put("packagingCondition", Converters.display(r.packagingCondition()));
            f.put("packagingNotes", r.packagingNotes());
            f.put("unitsSampled", r.unitsSampled());
            f.put("defectiveUnits", r.defectiveUnits());
            f.put("defectNotes", r.defectNotes());
            f.put("inspectedBy", r.inspectedBy());
            f.put("inspectedAt", text(r.inspectedAt()));
            f.put("factoryNotifiedAt", text(r.factoryNotifiedAt()));
            List<Object> defects = new ArrayList<>();
            for (app.dossier.domain.ReceivingDefect d : r.defects()) {
                Map<String, Object> defect = new LinkedHashMap<>();
                defect.put("kind", d.kind().typed());
                defect.put("count", d.count());
                defect.put("evidenceIds", d.evidenceIds());
                defect.put("photos", DefectFiles.names(d, c.evidence()));
                defects.add(defect);
            }
            f.put("defects", defects);
            m.put("receiving", f);
        }
        List<Object> disputes = new ArrayList<>();
        for (Dispute d : c.disputes()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", d.id());
            f.put("openedOn", text(d.openedOn()));
            f.put("status", Converters.display(d.status()));
            f.put("summary", d.summary());
            disputes.add(f);
        }
        m.put("disputes", disputes);
        List<Object> chats = new ArrayList<>();
        for (Conversation chat : c.conversations()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("evidenceId", chat.evidenceId());
            f.put("format", chat.format());
            f.put("me", chat.me());
            f.put("them", chat.them());
            f.put("messages", chat.messages());
            List<Object> pins = new ArrayList<>();
            for (PinnedMessage pin : chat.pinned()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("index", pin.index());
                p.put("sentAt", text(pin.sentAt()));
                p.put("sender", pin.sender());
                p.put("text", pin.text());
                pins.add(p);
            }
            f.put("pinned", pins);
            chats.add(f);
        }
        m.put("conversations", chats);
        return m;
    }

    static Map<String, Object> money(Money money) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", money.amount().toPlainString());
        m.put("currency", money.currencyCode());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
