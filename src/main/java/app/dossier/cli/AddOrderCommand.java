package app.dossier.cli;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.service.Services;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add-order", description = "Log an order and create its case-file folder.")
final class AddOrderCommand extends DataCommand {
    @Option(names = "--factory", required = true, paramLabel = "FACTORY", description = "Name, part of it, or id.")
    String factory;

    @Option(names = "--product", required = true, paramLabel = "TEXT", description = "What was ordered.")
    String product;

    @Option(names = "--quantity", required = true, paramLabel = "N")
    Long quantity;

    @Option(names = "--unit-price", required = true, paramLabel = "MONEY", description = {"e.g. ¥18.50, 18.50 tệ, 18.50 CNY, 30.000 ₫;",
            "signs: ¥ 元 tệ CNY RMB, ₫ đ VND, $ USD."})
    Money unitPrice;

    @Option(names = "--ordered-on", required = true, paramLabel = "DATE",
            description = "e.g. 2026-09-02 or 2/9/2026 (day first).")
    LocalDate orderedOn;

    @Mixin
    OrderOptions fields;

    @Override
    int run(Services services) {
        Factory f = services.factories().find(factory);
        Order saved = services.orders().add(new Order(0, f.id(), fields.number,
                fields.channel == null ? Channel.PLATFORM : fields.channel,
                fields.kind == null ? OrderKind.STANDARD : fields.kind, product,
                new AgreedSpecs(fields.colors, fields.sizes, fields.packaging, fields.priceAtQuantity),
                quantity, fields.unit == null ? "pcs" : fields.unit, unitPrice, orderedOn,
                fields.deadline, fields.agreedOn, fields.notes, null));
        out().println("Added order " + saved.id() + ": " + saved.label() + ", " + saved.quantity() + " " + saved.unit()
                + " × " + saved.unitPrice() + " = " + saved.total() + "  (folder " + saved.folder() + ")");
        return 0;
    }
}
