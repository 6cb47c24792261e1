package app.dossier.cli;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.CaptureTime;
import app.dossier.domain.DateInput;
import app.dossier.domain.Dispute;
import app.dossier.domain.Evidence;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentLedger;
import app.dossier.domain.PinnedMessage;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.Services;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one order's case file: the order, its files, payments, receiving record and disputes with"
        + " their numbered steps.")
final class ShowCommand extends DataCommand implements ReadsOnly {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Services services) {
        CaseFile c = services.orders().caseOf(services.orders().find(order).id());
        if (json) {
            Json.print(out(), Described.caseFile(c));
            return 0;
        }
        PrintWriter out = out();
        Order o = c.order();
        out.println("Order    " + o.label() + "  (id " + o.id() + ")");
        out.println("Factory  " + c.factory().displayName());
        out.println("Product  " + o.product());
        out.println("Quantity " + o.quantity() + " " + o.unit() + " × " + o.unitPrice() + " = " + o.total());
        out.println("Dates    ordered " + o.orderedOn() + ", agreed " + dash(o.agreedOn()) + ", deadline "
                + dash(o.deliveryDeadline()));
        out.println("Folder   " + o.folder());
        out.println();
        out.println("Files (" + c.evidence().size() + ")");
        for (Evidence e : c.evidence()) {
            out.println("  " + e.file() + (e.caption() == null ? "" : "  — " + e.caption()) + "  (" + times(e, o.orderedOn()) + ")");
            if (e.defectRegion() != null) {
                out.println("    defect marked: " + MarkDefectCommand.describe(e.defectRegion()));
            }
        }
        for (Conversation chat : c.conversations()) {
            for (PinnedMessage pin : chat.pinned()) {
                out.println("  pinned  " + DateInput.format(pin.sentAt()) + "  " + pin.sender() + ": "
                        + pin.text().replaceAll("\\s*\\R\\s*", " / "));
            }
        }
        out.println("Payments (" + c.payments().size() + ")");
        PaymentLedger ledger = PaymentLedger.of(c);
        for (PaymentLedger.Line line : ledger.lines()) {
            Payment p = line.payment();
            out.println("  " + p.paidOn() + "  " + amount(line.value()) + "  " + Converters.display(p.covers())
                    + (p.acknowledgedAt() == null ? "  not acknowledged" : "  acknowledged " + p.acknowledgedAt())
                    + "  (id " + p.id() + ")");
        }
        if (!ledger.lines().isEmpty()) {
            out.println("  paid " + MoneyParser.format(ledger.paid()) + " of " + MoneyParser.format(ledger.orderTotal())
                    + ", owed " + MoneyParser.format(ledger.owed()));
        }
        ReceivingRecord r = c.receiving();
        out.println("Receiving");
        if (r == null) {
            out.println("  not recorded");
        } else {
            out.println("  arrived " + r.arrivedAt() + ": " + r.unitsReceived() + " of " + r.unitsExpected()
                    + " units, " + dash(r.parcelsReceived()) + " of " + dash(r.parcelsExpected()) + " parcels; checked "
                    + r.unitsSampled() + ", defective " + r.defectiveUnits());
            if (!r.defects().isEmpty()) {
                out.println("  " + app.dossier.domain.words.Words.english().get("cli.defects"));
                DefectFiles.lines(r.defects(), c.evidence()).forEach(l -> out.println("    " + l));
            }
        }
        for (Dispute d : c.disputes()) {
            out.println("Dispute " + d.id() + ", opened " + d.openedOn() + ": " + Converters.display(d.status())
                    + (d.summary() == null ? "" : "  — " + d.summary()));
            for (int i = 0; i < d.events().size(); i++) {
                out.println("  " + OrderDisputes.step(i + 1, d.events().get(i), c.evidence()));
            }
        }
        return 0;
    }

    /**
     * "3.650.000 ₫ (= ¥1,000.00 at 3,650 ₫/¥)" for a payment counted in the order's currency at a
     * rate; "$1,000.00 (not counted: needs the rate ₫/¥)" for one missing a rate.
     */
    static String amount(ConvertedPayment value) {
        String paid = MoneyParser.format(value.payment().amount());
        if (!value.converted()) {
            return paid;
        }
        if (!value.counts()) {
            return paid + " (not counted: needs the rate " + value.missingRates().stream()
                    .map(ConvertedPayment::rateUnit).reduce((a, b) -> a + " and " + b).orElse("") + ")";
        }
        return paid + " (= " + MoneyParser.format(value.counted()) + " at " + value.rates().replace(", ", " and ") + ")";
    }

    /** When the photo was taken (its EXIF time), beside when it was added to the case file. */
    private static String times(Evidence e, LocalDate orderedOn) {
        LocalDateTime addedAt = LocalDateTime.ofInstant(e.addedAt(), ZoneId.systemDefault());
        String added = "added " + DateInput.format(addedAt);
        if (e.capturedAt() == null) {
            return added;
        }
        String clock = switch (CaptureTime.judge(e.capturedAt(), addedAt, orderedOn)) {
            case AFTER_ADDED -> " (the phone's clock seems wrong: after it was added)";
            case YEARS_BEFORE_ORDER -> " (the phone's clock seems wrong: years before the order)";
            case PLAUSIBLE -> "";
        };
        return "taken " + DateInput.format(e.capturedAt()) + clock + ", " + added;
    }

    private static String dash(Object value) {
        return value == null ? "—" : value.toString();
    }
}
