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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pay", description = "Record a payment to the factory, with its proof.")
final class PayCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--amount", required = true, paramLabel = "MONEY", description = {"e.g. 3700 (in the order's currency), ¥3,700.00, 3700 tệ or 31.536.000 ₫;",
            "signs: ¥ 元 tệ CNY RMB, ₫ đ VND, $ USD."})
    TypedMoney amount;

    @Option(names = "--paid-on", required = true, paramLabel = "DATE")
    LocalDate paidOn;

    @Option(names = "--covers", paramLabel = "WHAT", description = "deposit, balance, full or other (default full).")
    PaymentCovers covers;

    @Option(names = "--rate", paramLabel = "VND", description = {"VND for one unit of the payment's currency that day, e.g. 3650;",
            "for a payment in VND on an order in CNY or USD, VND for one unit of the order's currency."})
    BigDecimal rate;

    @Option(names = "--method", paramLabel = "TEXT", description = "Alipay, WeChat Pay, bank transfer…")
    String method;

    @Option(names = "--account", paramLabel = "TEXT", description = "Receiving account or wallet.")
    String account;

    @Option(names = "--reference", paramLabel = "TEXT")
    String reference;

    @Option(names = "--acknowledged-at", paramLabel = "DATETIME", description = "When the factory confirmed receipt in writing.")
    LocalDateTime acknowledgedAt;

    @Option(names = "--proof", paramLabel = "FILE", description = "Screenshot or receipt of the transfer.")
    Path proof;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Payment saved = services.payments().record(new Payment(0, o.id(), paidOn, amount.in(o.total().currency()), rate,
                covers == null ? PaymentCovers.FULL : covers, method, account, reference, acknowledgedAt, null),
                proof == null ? null : EvidenceInput.of(proof));
        out().println("Recorded payment " + saved.id() + ": " + saved.amount() + " on " + saved.paidOn() + " for "
                + o.label() + (saved.proofEvidenceId() == null ? " (no proof attached)" : ""));
        ConvertedPayment value = ConvertedPayment.of(saved, o.total().currency(), services.payments().ofOrder(o.id()));
        if (value.converted()) {
            out().println("  " + ShowCommand.amount(value));
        }
        return 0;
    }
}
