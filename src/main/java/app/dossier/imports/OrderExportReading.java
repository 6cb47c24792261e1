package app.dossier.imports;

import java.util.List;

/**
 * What was read from a 1688 order export: the orders that can come in, and the rows left out with
 * their reasons. {@code readAs} says where in the file they were found and how, for the preview:
 * "sheet “订单列表” of orders.xlsx" or "orders.csv, text in GBK (GB18030)".
 */
public record OrderExportReading(String readAs, List<Imported1688Order> orders, List<RefusedOrder> refused) {
    public OrderExportReading {
        orders = List.copyOf(orders);
        refused = List.copyOf(refused);
    }
}
