package app.dossier.cli;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit-order", description = "Correct an order. A new date or number moves its folder.")
final class EditOrderCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--factory", paramLabel = "FACTORY", description = "Move the order to another factory.")
    String factory;

    @Option(names = "--product", paramLabel = "TEXT", description = "What was ordered.")
    String product;

    @Option(names = "--quantity", paramLabel = "N")
    Long quantity;

    @Option(names = "--unit-price", paramLabel = "MONEY", description = "e.g. 18.50 (in the order's currency), ¥18.50, 18.50 tệ, 30.000 ₫.")
    TypedMoney unitPrice;

    @Option(names = "--ordered-on", paramLabel = "DATE", description = "e.g. 2026-09-02 or 2/9/2026 (day first).")
    LocalDate orderedOn;

    @Mixin
    OrderOptions fields;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        AgreedSpecs s = o.specs();
        long factoryId = factory == null ? o.factoryId() : services.factories().find(factory).id();
        Order saved = services.orders().update(new Order(o.id(), factoryId, or(fields.number, o.orderNumber()),
                or(fields.channel, o.channel()), or(fields.kind, o.kind()), or(product, o.product()),
                new AgreedSpecs(or(fields.colors, s.colors()), or(fields.sizes, s.sizes()),
                        or(fields.packaging, s.packaging()), or(fields.priceAtQuantity, s.priceAtQuantity())),
                or(quantity, o.quantity()), or(fields.unit, o.unit()), unitPrice == null ? o.unitPrice() : unitPrice.in(o.unitPrice().currency()),
                or(orderedOn, o.orderedOn()), or(fields.deadline, o.deliveryDeadline()),
                or(fields.agreedOn, o.agreedOn()), or(fields.notes, o.notes()), o.folder()));
        out().println("Saved order " + saved.id() + ": " + saved.label() + "  (folder " + saved.folder() + ")");
        return 0;
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
