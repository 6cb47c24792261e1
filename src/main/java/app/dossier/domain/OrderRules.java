package app.dossier.domain;

import java.util.ArrayList;
import java.util.List;

/** What an order needs before it is kept: the one check the order form, the service and add-order share. */
public final class OrderRules {
    private OrderRules() {
    }

    /** Everything wrong with {@code o} as typed, field by field; empty when it can be kept. */
    public static List<FieldProblem> problems(Order o) {
        List<FieldProblem> out = new ArrayList<>();
        if (Text.isBlank(o.product())) {
            out.add(FieldProblem.of(Field.PRODUCT, Refusal.PRODUCT_REQUIRED));
        }
        if (o.quantity() <= 0) {
            out.add(FieldProblem.of(Field.QUANTITY, Refusal.QUANTITY_NOT_POSITIVE, o.quantity()));
        }
        if (Text.isBlank(o.unit())) {
            out.add(FieldProblem.of(Field.UNIT, Refusal.UNIT_REQUIRED));
        }
        if (o.unitPrice() == null) {
            out.add(FieldProblem.of(Field.UNIT_PRICE, Refusal.UNIT_PRICE_REQUIRED));
        } else if (o.unitPrice().isNegative()) {
            out.add(FieldProblem.of(Field.UNIT_PRICE, Refusal.UNIT_PRICE_NEGATIVE, o.unitPrice()));
        }
        if (o.orderedOn() == null) {
            out.add(FieldProblem.of(Field.ORDERED_ON, Refusal.ORDER_DATE_REQUIRED));
        }
        if (o.channel() == null || o.kind() == null) {
            out.add(FieldProblem.of(o.channel() == null ? Field.CHANNEL : Field.KIND, Refusal.CHANNEL_AND_KIND_REQUIRED));
        }
        if (o.orderedOn() != null && o.deliveryDeadline() != null && o.deliveryDeadline().isBefore(o.orderedOn())) {
            out.add(FieldProblem.of(Field.DEADLINE, Refusal.DEADLINE_BEFORE_ORDER_DATE, o.deliveryDeadline(),
                    o.orderedOn()));
        }
        AgreedSpecs specs = o.specs() == null ? AgreedSpecs.NONE : o.specs();
        FieldProblem.texts(out, Field.ORDER_NUMBER, o.orderNumber(), Field.PRODUCT, o.product(), Field.COLORS,
                specs.colors(), Field.SIZES, specs.sizes(), Field.PACKAGING, specs.packaging(),
                Field.PRICE_AT_QUANTITY, specs.priceAtQuantity(), Field.UNIT, o.unit(), Field.ORDER_NOTES, o.notes());
        return out;
    }
}
