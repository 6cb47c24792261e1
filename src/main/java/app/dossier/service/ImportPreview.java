package app.dossier.service;

import app.dossier.domain.ImportPlan;
import app.dossier.domain.PlannedOrder;
import java.util.List;

/**
 * What importing a 1688 order export will do, shown before anything is done: each order of the
 * file with CREATE, UPDATE, CLASH or SKIP and the reasons (or, for UPDATE and CLASH, the fields that
 * change, each before and after, and for a CLASH both sides), the
 * factories to be created, and the rows that cannot be read.
 *
 * @param fileName the file's name
 * @param readAs   where and how the orders were found: "sheet “订单列表” of orders.xlsx",
 *                 "orders.csv, text in GBK (GB18030)"
 */
public record ImportPreview(String fileName, String readAs, ImportPlan plan) {

    /** Every order and every row refused, in the file's order. */
    public List<PlannedOrder> orders() {
        return plan.orders();
    }

    /** Rows of the file that cannot come in, each with its reasons. */
    public List<PlannedOrder> refused() {
        return plan.orders().stream().filter(PlannedOrder::refused).toList();
    }

    /** Whether importing would change nothing. */
    public boolean changesNothing() {
        return plan.changesNothing();
    }
}
