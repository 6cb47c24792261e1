package app.dossier.imports;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.DefectKind;
import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code sample-data/sample.json}. */
public final class SampleBusinessReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public SampleBusiness read(InputStream json) {
        try {
            JsonNode root = mapper.readTree(json);
            List<SampleBusiness.SampleFactory> factories = new ArrayList<>();
            for (JsonNode f : root.path("factories")) {
                factories.add(new SampleBusiness.SampleFactory(text(f, "key"), new Factory(0, text(f, "name"),
                        text(f, "latinName"), text(f, "shopUrl"), text(f, "wechatId"), text(f, "contact"),
                        text(f, "notes"), null)));
            }
            List<SampleBusiness.SampleOrder> orders = new ArrayList<>();
            for (JsonNode o : root.path("orders")) {
                orders.add(order(o));
            }
            JsonNode buyer = root.path("profile");
            BusinessProfile profile = buyer.isMissingNode() ? BusinessProfile.empty()
                    : new BusinessProfile(text(buyer, "name"), text(buyer, "company"), text(buyer, "contact"),
                            text(buyer, "memberName"), text(buyer, "wechatId"));
            return new SampleBusiness(profile, factories, orders);
        } catch (IOException | RuntimeException e) {
            throw new DossierException("The sample data cannot be read: " + e.getMessage(), e);
        }
    }

    private static SampleBusiness.SampleOrder order(JsonNode o) {
        Order draft = new Order(0, 0, text(o, "orderNumber"), Channel.valueOf(text(o, "channel")),
                OrderKind.valueOf(text(o, "kind")), text(o, "product"),
                new AgreedSpecs(text(o, "colors"), text(o, "sizes"), text(o, "packaging"), text(o, "priceAtQuantity")),
                o.path("quantity").asLong(), text(o, "unit"), money(o, "unitPrice"), date(o, "orderedOn"),
                date(o, "deliveryDeadline"), date(o, "agreedOn"), text(o, "notes"), null);
        List<SampleBusiness.SampleFile> evidence = new ArrayList<>();
        for (JsonNode e : o.path("evidence")) {
            evidence.add(file(e, EvidenceCategory.fromShortName(text(e, "category"))));
        }
        List<SampleBusiness.SamplePayment> payments = new ArrayList<>();
        for (JsonNode p : o.path("payments")) {
            Payment payment = new Payment(0, 0, date(p, "paidOn"), money(p, "amount"),
                    p.hasNonNull("rateToVnd") ? new BigDecimal(text(p, "rateToVnd")) : null,
                    PaymentCovers.valueOf(text(p, "covers")), text(p, "method"), text(p, "receivingAccount"),
                    text(p, "reference"), dateTime(p, "acknowledgedAt"), null);
            JsonNode proof = p.path("proof");
            payments.add(new SampleBusiness.SamplePayment(payment,
                    proof.isObject() ? file(proof, EvidenceCategory.PAYMENT) : null));
        }
        SampleBusiness.SampleReceiving receiving = null;
        JsonNode r = o.path("receiving");
        if (r.isObject()) {
            ReceivingRecord record = new ReceivingRecord(0, 0, dateTime(r, "arrivedAt"),
                    r.hasNonNull("parcelsExpected") ? r.get("parcelsExpected").asInt() : null,
                    r.hasNonNull("parcelsReceived") ? r.get("parcelsReceived").asInt() : null,
                    r.path("unitsExpected").asLong(), r.path("unitsReceived").asLong(),
                    PackagingCondition.valueOf(text(r, "packagingCondition")), text(r, "packagingNotes"),
                    r.path("unitsSampled").asLong(), r.path("defectiveUnits").asLong(), text(r, "defectNotes"),
                    text(r, "inspectedBy"), dateTime(r, "inspectedAt"), dateTime(r, "factoryNotifiedAt"));
            List<SampleBusiness.SampleFile> photos = new ArrayList<>();
            for (JsonNode photo : r.path("photos")) {
                photos.add(file(photo, EvidenceCategory.RECEIVING));
            }
            List<ReceivingDefect> defects = new ArrayList<>();
            Map<DefectKind, List<String>> showing = new LinkedHashMap<>();
            for (JsonNode d : r.path("defects")) {
                DefectKind kind = DefectKind.valueOf(text(d, "kind"));
                defects.add(new ReceivingDefect(kind, d.path("count").asLong()));
                List<String> names = new ArrayList<>();
                d.path("photos").forEach(name -> names.add(name.asText()));
                showing.put(kind, names);
            }
            receiving = new SampleBusiness.SampleReceiving(record.withDefects(defects), photos, showing);
        }
        List<String> disputes = new ArrayList<>();
        for (JsonNode d : o.path("disputes")) {
            disputes.add(d.asText());
        }
        List<SampleBusiness.SampleChat> chats = new ArrayList<>();
        for (JsonNode c : o.path("chats")) {
            List<String> pins = new ArrayList<>();
            c.path("pin").forEach(p -> pins.add(p.asText()));
            chats.add(new SampleBusiness.SampleChat(text(c, "file"), text(c, "me"), text(c, "them"), pins));
        }
        return new SampleBusiness.SampleOrder(text(o, "factory"), draft, evidence, payments, receiving, disputes,
                chats);
    }

    private static SampleBusiness.SampleFile file(JsonNode node, EvidenceCategory category) {
        return new SampleBusiness.SampleFile(category, text(node, "file"), text(node, "caption"),
                dateTime(node, "capturedAt"));
    }

    private static Money money(JsonNode node, String field) {
        String currency = node.hasNonNull("currency") ? node.get("currency").asText() : "CNY";
        return Money.of(text(node, field), currency);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static LocalDateTime dateTime(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDateTime.parse(value);
    }
}
