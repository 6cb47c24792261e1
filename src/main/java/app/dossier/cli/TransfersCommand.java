package app.dossier.cli;

import app.dossier.domain.ChatTransfer;
import app.dossier.domain.DateInput;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.service.Services;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "transfers", description = {
    "List the WeChat transfers you sent in the order's chats (with the factory's 已收款 when it came),",
    "and record one as a payment of the order, the chat as its proof."})
final class TransfersCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--record", paramLabel = "N", description = "Record transfer N of the list as a payment.")
    Integer record;

    @Option(names = "--covers", paramLabel = "WHAT", description = "deposit, balance, full or other (default full).")
    PaymentCovers covers;

    @Option(names = "--rate", paramLabel = "VND", description = "VND for one yuan that day, e.g. 3650.")
    BigDecimal rate;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        List<ChatTransfer> transfers = services.transfers().of(o.id());
        if (record != null) {
            if (record < 1 || record > transfers.size()) {
                err().println(transfers.isEmpty() ? "The chats of " + o.label() + " hold no transfer you sent."
                        : "There is no transfer " + record + ": the chats of " + o.label() + " hold " + transfers.size()
                                + " (dossier transfers " + order + ").");
                return 1;
            }
            Payment saved = services.transfers().record(o.id(), transfers.get(record - 1).messageId(),
                    covers == null ? PaymentCovers.FULL : covers, rate);
            out().println("Recorded payment " + saved.id() + ": " + saved.amount() + " on " + saved.paidOn() + " for "
                    + o.label() + ", the chat as its proof"
                    + (saved.acknowledgedAt() == null ? "" : "; acknowledged " + DateInput.format(saved.acknowledgedAt())));
            return 0;
        }
        if (transfers.isEmpty()) {
            out().println("The chats of " + o.label() + " hold no transfer you sent.");
            return 0;
        }
        int n = 0;
        for (ChatTransfer t : transfers) {
            out().printf("%d. %s  %s  %s  %s%n", ++n, DateInput.format(t.sentAt()), t.amount(),
                    t.acknowledgedAt() == null ? "not acknowledged" : "已收款 " + DateInput.format(t.acknowledgedAt()),
                    t.recorded() ? "recorded as payment " + t.paymentId() : "not recorded: dossier transfers " + order
                            + " --record " + n);
        }
        return 0;
    }
}
