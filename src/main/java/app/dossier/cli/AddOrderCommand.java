package app.dossier.cli;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add-order", description = "Log an order and create its case-file folder.")
final class AddOrderCommand extends DataCommand {
    @Option(names = "--factory", required = true, paramLabel = "FACTORY", description = "Name, part of it, or id.")
    String factory;

    @Mixin
    OrderOptions fields;

    @Override
    int run(Services services) {
        require(fields.product != null, "--product");
        require(fields.quantity != null, "--quantity");
        require(fields.unitPrice != null, "--unit-price");
        require(fields.orderedOn != null, "--ordered-on");
        Factory f = services.factories().find(factory);
        Order saved = services.orders().add(new Order(0, f.id(), fields.number,
                fields.channel == null ? Channel.PLATFORM : fields.channel,
                fields.kind == null ? OrderKind.STANDARD : fields.kind, fields.product,
                new AgreedSpecs(fields.colors, fields.sizes, fields.packaging, fields.priceAtQuantity),
                fields.quantity, fields.unit == null ? "pcs" : fields.unit, fields.unitPrice, fields.orderedOn,
                fields.deadline, fields.agreedOn, fields.notes, null));
        out().println("Added order " + saved.id() + ": " + saved.label() + ", " + saved.quantity() + " " + saved.unit()
                + " × " + saved.unitPrice() + " = " + saved.total() + "  (folder " + saved.folder() + ")");
        return 0;
    }

    private void require(boolean given, String option) {
        if (!given) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: " + option);
        }
    }
}
