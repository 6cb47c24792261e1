package app.dossier.imports;

import app.dossier.domain.Money;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One order as a 1688 buyer order export gives it, all of its rows put together. Amounts are in
 * yuan. {@code paidAt}, {@code sellerMember}, {@code buyerMessage} and {@code shipping} may be null;
 * {@code freight} and {@code adjustment} are zero when the export leaves them out.
 * {@code adjustment} (涨价或折扣) is negative for a discount.
 *
 * @param rowNumbers the rows of the export the order came from, as the spreadsheet numbers them
 */
public record Imported1688Order(
        String orderNumber,
        String sellerCompany,
        String sellerMember,
        String status,
        LocalDateTime createdAt,
        LocalDateTime paidAt,
        Money freight,
        Money adjustment,
        Money paidTotal,
        List<Item> items,
        String buyerMessage,
        String shipping,
        List<Integer> rowNumbers) {

    /** 1688's word for an order closed before it was completed (交易关闭). */
    public static final String STATUS_CLOSED = "交易关闭";

    public Imported1688Order {
        items = List.copyOf(items);
        rowNumbers = List.copyOf(rowNumbers);
    }

    /**
     * One line of the order. {@code model} is 型号 (the SKU's colour, size…), {@code articleNumber}
     * 货号; each may be null, and so may {@code unit}.
     */
    public record Item(
            String title,
            Money unitPrice,
            long quantity,
            String unit,
            String model,
            String articleNumber,
            String offerId,
            String skuId,
            int rowNumber) {

        public Money subtotal() {
            return unitPrice.times(quantity);
        }
    }

    /** The items' prices times their quantities, before freight and any price change. */
    public Money itemsTotal() {
        return items.stream().map(Item::subtotal).reduce(Money.zero(Money.CNY), Money::plus);
    }

    /** Whether items, freight and price change add up to what was paid. */
    public boolean addsUp() {
        return itemsTotal().plus(freight).plus(adjustment).equals(paidTotal);
    }

    /** The factory's name in Dossier: the seller's company, or its member name when there is none. */
    public String factoryName() {
        return sellerCompany != null ? sellerCompany : sellerMember;
    }
}
