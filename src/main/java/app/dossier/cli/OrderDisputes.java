package app.dossier.cli;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.DateInput;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import java.util.List;

/** An order's dispute as the command line names it (its newest), and its steps as numbered lines. */
final class OrderDisputes {
    private OrderDisputes() {
    }

    /** @throws DossierException saying how to open one, when the order has no dispute */
    static Dispute newest(Services services, Order order) {
        List<Dispute> disputes = services.disputes().ofOrder(order.id());
        if (disputes.isEmpty()) {
            throw new DossierException("Order " + order.label() + " has no dispute. Open one with 'dossier open-dispute "
                    + order.label() + "'.");
        }
        return disputes.get(disputes.size() - 1);
    }

    /** "2  2026-11-26 12:00  sent  — Gửi qua chat 1688  [reply.png]": step {@code number} of a dispute. */
    static String step(int number, DisputeEvent step, List<Evidence> files) {
        StringBuilder line = new StringBuilder().append(number).append("  ").append(DateInput.format(step.at()))
                .append("  ").append(Converters.display(step.status()));
        if (step.note() != null) {
            line.append("  — ").append(step.note().replaceAll("\\s*\\R\\s*", " / "));
        }
        List<String> names = files.stream().filter(e -> step.evidenceIds().contains(e.id())).map(Evidence::file)
                .toList();
        if (!names.isEmpty()) {
            line.append("  [").append(String.join(", ", names)).append("]");
        }
        return line.toString();
    }
}
