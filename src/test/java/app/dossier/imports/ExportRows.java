package app.dossier.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of a 1688 export for tests: the columns as 1688 names them, and one row per item. */
final class ExportRows {
    static final List<Object> HEADER = List.of("订单编号", "买家公司名", "卖家公司名", "卖家会员名", "货品总价(元)",
            "运费(元)", "涨价或折扣(元)", "实付款(元)", "订单状态", "订单创建时间", "订单付款时间", "货品标题",
            "单价(元)", "数量", "单位", "货号", "型号", "Offer ID", "SKU ID", "买家留言");

    private ExportRows() {
    }

    /** The first row of an order, with its one item or first item. */
    static List<Object> order(Object number, String seller, Object paid, String created, String title, Object price,
            Object quantity, String unit) {
        return row(number, "河内美家贸易有限公司", seller, "seller_" + Math.abs(seller.hashCode() % 1000), paid, "0.00",
                "0.00", paid, "交易成功", created, created, title, price, quantity, unit, null, null, null, null, null);
    }

    /** A further item of the order above: order-level cells blank, as the export leaves them. */
    static List<Object> item(String title, Object price, Object quantity, String unit, String model) {
        return row(null, null, null, null, null, null, null, null, null, null, null, title, price, quantity, unit,
                null, model, null, null, null);
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static List<List<Object>> rows(List<Object> header, List<List<Object>> body) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        all.addAll(body);
        return all;
    }
}
