package app.dossier.cli;

import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.service.EvidenceInput;
import app.dossier.service.Services;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit-payment", description = {"Correct a payment typed wrong; only what is given changes.",
        "A proof replaced or unlinked stays in the order's Payments folder as evidence."})
final class EditPaymentCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "ID", description = "The payment's id, as `dossier show ORDER` lists it.")
    long id;

    @Option(names = "--amount", paramLabel = "MONEY", description = {"e.g. 3700 (in the order's currency), ¥3,700.00, 3700 tệ or 31.536.000 ₫;",
            "signs: ¥ 元 tệ CNY RMB, ₫ đ VND, $ USD."})
    TypedMoney amount;

    @Option(names = "--paid-on", paramLabel = "DATE")
    LocalDate paidOn;

    @Option(names = "--covers", paramLabel = "WHAT", description = "deposit, balance, full or other.")
    PaymentCovers covers;

    @Option(names = "--rate", paramLabel = "VND", description = "VND for one unit of the payment's currency that day.")
    BigDecimal rate;

    @Option(names = "--method", paramLabel = "TEXT", description = "Alipay, WeChat Pay, bank transfer…")
    String method;

    @Option(names = "--account", paramLabel = "TEXT", description = "Receiving account or wallet.")
    String account;

    @Option(names = "--reference", paramLabel = "TEXT")
    String reference;

    @Option(names = "--acknowledged-at", paramLabel = "DATETIME", description = "When the factory confirmed receipt in writing.")
    LocalDateTime acknowledgedAt;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Proof proof;

    static final class Proof {
        @Option(names = "--proof", paramLabel = "FILE", description = "A new screenshot or receipt of the transfer.")
        Path file;

        @Option(names = "--no-proof", description = "Unlink the proof; the file stays in the case file.")
        boolean none;
    }

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Payment p = services.payments().ofOrder(o.id(), id);
        Payment changed = new Payment(p.id(), p.orderId(), or(paidOn, p.paidOn()), amount == null ? p.amount() : amount.in(o.total().currency()),
                or(rate, p.rateToVnd()), or(covers, p.covers()), or(method, p.method()),
                or(account, p.receivingAccount()), or(reference, p.reference()), or(acknowledgedAt, p.acknowledgedAt()),
                proof != null && proof.none ? null : p.proofEvidenceId());
        Payment saved = services.payments().update(changed,
                proof == null || proof.file == null ? null : EvidenceInput.of(proof.file));
        out().println("Saved payment " + saved.id() + ": " + saved.amount() + " on " + saved.paidOn() + " for "
                + o.label() + (saved.proofEvidenceId() == null ? " (no proof linked)" : ""));
        ConvertedPayment value = ConvertedPayment.of(saved, o.total().currency(), services.payments().ofOrder(o.id()));
        if (value.converted()) {
            out().println("  " + ShowCommand.amount(value));
        }
        return 0;
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
