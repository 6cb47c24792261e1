package app.dossier.imports;

import java.util.List;

/**
 * Rows of an export that are left out, and why: an order with a cell that cannot be read (it is
 * left out whole, so no order comes in half), or a row that belongs to no order.
 *
 * @param orderNumber the order number as written in the file; null when the rows have none
 */
public record RefusedOrder(String orderNumber, List<Integer> rowNumbers, List<String> reasons) {
    public RefusedOrder {
        rowNumbers = List.copyOf(rowNumbers);
        reasons = List.copyOf(reasons);
    }
}
