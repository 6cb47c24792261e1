package app.dossier.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns of a 1688 buyer order export (买家订单导出) that Dossier reads, found by their header,
 * never by position: export versions add, drop and reorder columns. Order-level columns are blank
 * on the second and later rows of an order with several items, and are carried down.
 */
enum ExportColumn {
    ORDER_NUMBER(true, true, "订单编号", "订单号"),
    SELLER_COMPANY(true, true, "卖家公司名"),
    SELLER_MEMBER(true, false, "卖家会员名"),
    FREIGHT(true, false, "运费(元)"),
    ADJUSTMENT(true, false, "涨价或折扣(元)"),
    PAID_TOTAL(true, true, "实付款(元)"),
    STATUS(true, true, "订单状态"),
    CREATED_AT(true, true, "订单创建时间"),
    PAID_AT(true, false, "订单付款时间"),
    BUYER_MESSAGE(true, false, "买家留言"),
    CARRIER_AND_WAYBILL(true, false, "物流公司运单号"),
    CARRIER(true, false, "物流公司"),
    WAYBILL(true, false, "运单号"),
    TITLE(false, true, "货品标题"),
    UNIT_PRICE(false, true, "单价(元)"),
    QUANTITY(false, true, "数量"),
    UNIT(false, false, "单位"),
    ARTICLE_NUMBER(false, false, "货号", "单品货号"),
    MODEL(false, false, "型号"),
    OFFER_ID(false, false, "Offer ID"),
    SKU_ID(false, false, "SKU ID");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private final boolean orderLevel;
    private final boolean required;
    private final List<String> headers;

    ExportColumn(boolean orderLevel, boolean required, String... headers) {
        this.orderLevel = orderLevel;
        this.required = required;
        this.headers = List.of(headers);
    }

    /** The header as 1688 writes it, for messages. */
    String header() {
        return headers.get(0);
    }

    boolean isOrderLevel() {
        return orderLevel;
    }

    boolean isRequired() {
        return required;
    }

    boolean isHeader(String key) {
        return headers.stream().map(ExportColumn::key).anyMatch(key::equals);
    }

    /**
     * A header evened out for matching: full-width forms as ASCII (（元） as (元)), no spaces
     * anywhere, lower case, and without the "(元)" that some versions leave off.
     */
    static String key(String header) {
        String even = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        even = SPACES.matcher(even).replaceAll("").toLowerCase(Locale.ROOT);
        return even.endsWith("(元)") ? even.substring(0, even.length() - 3) : even;
    }
}
