package app.dossier.cli;

import app.dossier.domain.Channel;
import app.dossier.domain.OrderKind;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The fields of an order that add-order and edit-order both leave optional. */
final class OrderOptions {
    @Option(names = "--number", paramLabel = "TEXT", description = "Order number (1688's ~19 digits, or your own).")
    String number;

    @Option(names = "--channel", paramLabel = "WHERE", description = "platform or off-platform.")
    Channel channel;

    @Option(names = "--kind", paramLabel = "KIND", description = "standard or oem.")
    OrderKind kind;

    @Option(names = "--unit", paramLabel = "UNIT", description = "pcs, sets, cartons… (default pcs).")
    String unit;

    @Option(names = "--deadline", paramLabel = "DATE", description = "Delivery deadline.")
    LocalDate deadline;

    @Option(names = "--agreed-on", paramLabel = "DATE", description = "Date of the agreement (chat or contract).")
    LocalDate agreedOn;

    @Option(names = "--colors", paramLabel = "TEXT")
    String colors;

    @Option(names = "--sizes", paramLabel = "TEXT")
    String sizes;

    @Option(names = "--packaging", paramLabel = "TEXT")
    String packaging;

    @Option(names = "--price-at-quantity", paramLabel = "TEXT", description = "e.g. “¥18.50 from 200 sets”.")
    String priceAtQuantity;

    @Option(names = "--notes", paramLabel = "TEXT")
    String notes;
}
