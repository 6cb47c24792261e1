package app.dossier.ui.shell;

import app.dossier.ui.common.CheckLine;
import java.util.List;

/**
 * An order with records to fix now, as the start screen lists it.
 *
 * @param detail    the product (when the label is the order number) and the factory
 * @param checks    the four records, each with its state
 * @param readiness "Not ready for a dispute: …" (or, once complete, "Ready for a dispute")
 */
public record GapLine(long orderId, String orderLabel, String detail, List<CheckLine> checks, boolean ready,
        String readiness) {

    public GapLine {
        checks = List.copyOf(checks);
    }
}
