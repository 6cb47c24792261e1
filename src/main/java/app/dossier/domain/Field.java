package app.dossier.domain;

/**
 * A field a person fills in on one of Dossier's records, in the window or on the command line: what
 * a {@link FieldProblem} is about, so the window can show it under that field.
 */
public enum Field {
    ORDER_NUMBER(TextLimit.ORDER_NUMBER),
    CHANNEL,
    KIND,
    PRODUCT(TextLimit.PRODUCT),
    COLORS(TextLimit.COLORS),
    SIZES(TextLimit.SIZES),
    PACKAGING(TextLimit.PACKAGING),
    PRICE_AT_QUANTITY(TextLimit.PRICE_AT_QUANTITY),
    QUANTITY,
    UNIT(TextLimit.UNIT),
    UNIT_PRICE,
    ORDERED_ON,
    DEADLINE,
    ORDER_NOTES(TextLimit.ORDER_NOTES),

    AMOUNT,
    PAID_ON,
    RATE,
    PAYMENT_METHOD(TextLimit.PAYMENT_METHOD),
    PAYMENT_ACCOUNT(TextLimit.PAYMENT_ACCOUNT),
    PAYMENT_REFERENCE(TextLimit.PAYMENT_REFERENCE),

    ARRIVED_AT,
    PARCELS_EXPECTED,
    PARCELS_RECEIVED,
    UNITS_EXPECTED,
    UNITS_RECEIVED,
    PACKAGING_CONDITION,
    PACKAGING_NOTES(TextLimit.PACKAGING_NOTES),
    UNITS_CHECKED,
    DEFECTIVE_UNITS,
    DEFECT_NOTES(TextLimit.DEFECT_NOTES),
    DEFECTS,
    INSPECTOR(TextLimit.INSPECTOR),
    INSPECTED_AT,
    NOTIFIED_AT,

    FACTORY_NAME(TextLimit.FACTORY_NAME),
    FACTORY_LATIN_NAME(TextLimit.FACTORY_LATIN_NAME),
    SHOP_LINK(TextLimit.SHOP_LINK),
    WECHAT_ID(TextLimit.WECHAT_ID),
    CONTACT(TextLimit.CONTACT),
    FACTORY_NOTES(TextLimit.FACTORY_NOTES),

    STEP_AT,
    STEP_NOTE(TextLimit.STEP_NOTE),

    CATEGORY,
    CAPTION(TextLimit.CAPTION),

    BUYER_NAME(TextLimit.BUYER_NAME),
    BUYER_COMPANY(TextLimit.BUYER_COMPANY),
    BUYER_CONTACT(TextLimit.BUYER_CONTACT),
    BUYER_MEMBER_NAME(TextLimit.BUYER_MEMBER_NAME),
    BUYER_WECHAT_ID(TextLimit.BUYER_WECHAT_ID);

    private final TextLimit limit;

    Field() {
        this(null);
    }

    Field(TextLimit limit) {
        this.limit = limit;
    }

    /** The limit of a typed text field; null for dates, numbers, amounts and choices. */
    public TextLimit limit() {
        return limit;
    }
}
