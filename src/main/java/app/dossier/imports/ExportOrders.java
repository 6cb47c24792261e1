package app.dossier.imports;

import static app.dossier.imports.ExportColumn.ADJUSTMENT;
import static app.dossier.imports.ExportColumn.ARTICLE_NUMBER;
import static app.dossier.imports.ExportColumn.BUYER_MESSAGE;
import static app.dossier.imports.ExportColumn.CARRIER;
import static app.dossier.imports.ExportColumn.CARRIER_AND_WAYBILL;
import static app.dossier.imports.ExportColumn.CREATED_AT;
import static app.dossier.imports.ExportColumn.FREIGHT;
import static app.dossier.imports.ExportColumn.MODEL;
import static app.dossier.imports.ExportColumn.OFFER_ID;
import static app.dossier.imports.ExportColumn.ORDER_NUMBER;
import static app.dossier.imports.ExportColumn.PAID_AT;
import static app.dossier.imports.ExportColumn.PAID_TOTAL;
import static app.dossier.imports.ExportColumn.QUANTITY;
import static app.dossier.imports.ExportColumn.SELLER_COMPANY;
import static app.dossier.imports.ExportColumn.SELLER_MEMBER;
import static app.dossier.imports.ExportColumn.SKU_ID;
import static app.dossier.imports.ExportColumn.STATUS;
import static app.dossier.imports.ExportColumn.TITLE;
import static app.dossier.imports.ExportColumn.UNIT;
import static app.dossier.imports.ExportColumn.UNIT_PRICE;
import static app.dossier.imports.ExportColumn.WAYBILL;

import app.dossier.domain.Money;
import app.dossier.domain.Text;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Puts the rows of an export together into orders. A row with an order number starts an order,
 * unless it repeats the number of the order above (some versions repeat it on every item row). A
 * row without one, but with an item, is another item of the order above, and the order's blank
 * cells are carried down to it. An order with any cell that cannot be read is left out whole,
 * with every problem found in it.
 */
final class ExportOrders {
    private static final List<ExportColumn> ITEM_CELLS = List.of(TITLE, UNIT_PRICE, QUANTITY);
    /* Cells that say which order a row belongs to: another value below means another order. */
    private static final List<ExportColumn> SAME_IN_EVERY_ROW = List.of(SELLER_COMPANY, CREATED_AT);

    private final ExportTable table;

    private ExportOrders(ExportTable table) {
        this.table = table;
    }

    static OrderExportReading read(ExportTable table) {
        return new ExportOrders(table).read();
    }

    private record Group(String numberText, List<ExportRow> rows) {
        List<Integer> rowNumbers() {
            return rows.stream().map(ExportRow::number).toList();
        }

        ExportRow first() {
            return rows.get(0);
        }
    }

    private OrderExportReading read() {
        List<Group> groups = new ArrayList<>();
        List<RefusedOrder> refused = new ArrayList<>();
        Group current = null;
        for (ExportRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String number = cell(row, ORDER_NUMBER).text().strip();
            if (!number.isEmpty()) {
                if (current == null || !current.numberText().equals(number)) {
                    current = new Group(number, new ArrayList<>());
                    groups.add(current);
                }
                current.rows().add(row);
            } else if (!hasItem(row)) {
                refused.add(new RefusedOrder(null, List.of(row.number()), List.of("Row " + row.number()
                        + ": neither an order number nor an item; left out.")));
            } else if (current == null) {
                refused.add(new RefusedOrder(null, List.of(row.number()), List.of("Row " + row.number()
                        + ": an item without an order number, and no order above it; left out.")));
            } else {
                current.rows().add(row);
            }
        }

        Map<String, Group> seen = new HashMap<>();
        List<Imported1688Order> orders = new ArrayList<>();
        for (Group group : groups) {
            Group earlier = seen.putIfAbsent(group.numberText(), group);
            if (earlier != null) {
                refused.add(new RefusedOrder(group.numberText(), group.rowNumbers(), List.of("Order "
                        + group.numberText() + " appears again at " + rows(group.rowNumbers())
                        + "; it was read at " + rows(earlier.rowNumbers()) + " and the later rows are left out.")));
                continue;
            }
            List<String> problems = new ArrayList<>();
            Imported1688Order order = order(group, problems);
            if (problems.isEmpty()) {
                orders.add(order);
            } else {
                refused.add(new RefusedOrder(group.numberText(), group.rowNumbers(), problems));
            }
        }
        refused.sort(Comparator.comparing(r -> r.rowNumbers().get(0)));
        return new OrderExportReading(table.readAs(), orders, refused);
    }

    private Imported1688Order order(Group group, List<String> problems) {
        int row = group.first().number();
        for (ExportColumn column : SAME_IN_EVERY_ROW) {
            checkSameInEveryRow(group, column, problems);
        }
        String number = attempt(problems, () -> ExportValues.orderNumber(cell(group.first(), ORDER_NUMBER), row));
        String sellerCompany = text(group, SELLER_COMPANY);
        String sellerMember = text(group, SELLER_MEMBER);
        if (sellerCompany == null && sellerMember == null) {
            problems.add("Row " + row + ": neither " + SELLER_COMPANY.header() + " nor " + SELLER_MEMBER.header()
                    + " names the seller.");
        }
        LocalDateTime createdAt = attempt(problems, () -> ExportValues.dateTime(orderCell(group, CREATED_AT),
                CREATED_AT, rowOf(group, CREATED_AT), table.date1904()));
        if (createdAt == null && orderCell(group, CREATED_AT).isBlank()) {
            problems.add("Row " + row + ", " + CREATED_AT.header() + ": the time the order was placed is missing.");
        }
        LocalDateTime paidAt = attempt(problems, () -> ExportValues.dateTime(orderCell(group, PAID_AT),
                PAID_AT, rowOf(group, PAID_AT), table.date1904()));
        Money freight = amount(group, FREIGHT, false, problems);
        Money adjustment = amount(group, ADJUSTMENT, true, problems);
        Money paid = amount(group, PAID_TOTAL, false, problems);
        if (orderCell(group, PAID_TOTAL).isBlank()) {
            problems.add("Row " + row + ", " + PAID_TOTAL.header() + ": the amount paid is missing.");
        }
        List<Imported1688Order.Item> items = new ArrayList<>();
        for (ExportRow itemRow : group.rows()) {
            if (hasItem(itemRow)) {
                Imported1688Order.Item item = item(itemRow, problems);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add("Row " + row + ": the order has no item (" + TITLE.header() + ", " + UNIT_PRICE.header()
                    + ", " + QUANTITY.header() + " are blank).");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Imported1688Order(number, sellerCompany, sellerMember, text(group, STATUS), createdAt, paidAt,
                orZero(freight), orZero(adjustment), paid, items, text(group, BUYER_MESSAGE), shipping(group),
                group.rowNumbers());
    }

    private Imported1688Order.Item item(ExportRow row, List<String> problems) {
        int number = row.number();
        String title = Text.clean(ExportValues.text(cell(row, TITLE)));
        if (title == null) {
            problems.add("Row " + number + ", " + TITLE.header() + ": the item has no title.");
        }
        Money price = attempt(problems, () -> ExportValues.yuan(cell(row, UNIT_PRICE), UNIT_PRICE, number, false));
        if (cell(row, UNIT_PRICE).isBlank()) {
            problems.add("Row " + number + ", " + UNIT_PRICE.header() + ": the item has no price.");
        }
        Long quantity = attempt(problems, () -> ExportValues.quantity(cell(row, QUANTITY), number));
        if (title == null || price == null || quantity == null) {
            return null;
        }
        return new Imported1688Order.Item(title, price, quantity, itemText(row, UNIT), itemText(row, MODEL),
                itemText(row, ARTICLE_NUMBER), itemText(row, OFFER_ID), itemText(row, SKU_ID), number);
    }

    private void checkSameInEveryRow(Group group, ExportColumn column, List<String> problems) {
        ExportRow first = null;
        for (ExportRow row : group.rows()) {
            String text = Text.clean(cell(row, column).text());
            if (text == null) {
                continue;
            }
            if (first == null) {
                first = row;
            } else if (!text.equals(Text.clean(cell(first, column).text()))) {
                problems.add("Row " + row.number() + ", " + column.header() + " “" + text + "”: differs from row "
                        + first.number() + " (“" + Text.clean(cell(first, column).text())
                        + "”) of the same order. Is the order number missing on row " + row.number() + "?");
                return;
            }
        }
    }

    private Money amount(Group group, ExportColumn column, boolean mayBeNegative, List<String> problems) {
        return attempt(problems, () -> ExportValues.yuan(orderCell(group, column), column, rowOf(group, column),
                mayBeNegative));
    }

    private String shipping(Group group) {
        String both = text(group, CARRIER_AND_WAYBILL);
        if (both != null) {
            return both;
        }
        String joined = String.join(" ", Stream.of(text(group, CARRIER), text(group, WAYBILL))
                .filter(Objects::nonNull).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** An order-level cell: the first that is not blank, carried down to the rows below it. */
    private ExportCell orderCell(Group group, ExportColumn column) {
        return group.rows().stream().map(row -> cell(row, column)).filter(c -> !c.isBlank())
                .findFirst().orElse(ExportCell.BLANK);
    }

    private int rowOf(Group group, ExportColumn column) {
        return group.rows().stream().filter(row -> !cell(row, column).isBlank())
                .findFirst().orElse(group.first()).number();
    }

    private String text(Group group, ExportColumn column) {
        return Text.clean(ExportValues.text(orderCell(group, column)));
    }

    private String itemText(ExportRow row, ExportColumn column) {
        return Text.clean(ExportValues.text(cell(row, column)));
    }

    private boolean hasItem(ExportRow row) {
        return ITEM_CELLS.stream().anyMatch(column -> !cell(row, column).isBlank());
    }

    private ExportCell cell(ExportRow row, ExportColumn column) {
        return table.cell(row, column);
    }

    private static Money orZero(Money money) {
        return money == null ? Money.zero(Money.CNY) : money;
    }

    private static String rows(List<Integer> numbers) {
        int first = numbers.get(0);
        int last = numbers.get(numbers.size() - 1);
        return first == last ? "row " + first : "rows " + first + "–" + last;
    }

    private static <T> T attempt(List<String> problems, Supplier<T> read) {
        try {
            return read.get();
        } catch (RowProblem problem) {
            problems.add(problem.getMessage());
            return null;
        }
    }
}
