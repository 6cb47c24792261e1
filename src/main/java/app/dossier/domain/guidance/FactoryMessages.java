package app.dossier.domain.guidance;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Messages for the factory, in Chinese and in English, polite and simple, that end by asking the
 * factory to reply 确认 / "confirm": both parties' words in the same thread are what a dispute needs.
 */
public final class FactoryMessages {
    static final String FILL_ZH = "【请填写】";
    static final String FILL_EN = "[fill in]";
    private static final Map<String, String> UNITS_ZH = Map.ofEntries(
            Map.entry("pcs", "件"), Map.entry("pc", "件"), Map.entry("piece", "件"), Map.entry("pieces", "件"),
            Map.entry("cái", "件"), Map.entry("chiếc", "件"), Map.entry("sets", "套"), Map.entry("set", "套"),
            Map.entry("bộ", "套"), Map.entry("boxes", "盒"), Map.entry("box", "盒"), Map.entry("hộp", "盒"),
            Map.entry("cartons", "箱"), Map.entry("carton", "箱"), Map.entry("thùng", "箱"), Map.entry("pairs", "双"),
            Map.entry("pair", "双"), Map.entry("đôi", "双"), Map.entry("kg", "公斤"), Map.entry("m", "米"),
            Map.entry("meters", "米"), Map.entry("metres", "米"), Map.entry("mét", "米"), Map.entry("dozen", "打"),
            Map.entry("rolls", "卷"), Map.entry("cuộn", "卷"));

    private FactoryMessages() {
    }

    /**
     * The summary to send for an off-platform order: order number (when there is one), product,
     * quantity, unit price, total, delivery deadline, the agreed colours, sizes and packaging when
     * recorded, and the payments made so far, so the factory's 确认 also acknowledges them.
     */
    public static FactoryMessage orderSummary(CaseFile c) {
        Lines lines = new Lines();
        orderLines(c, lines);
        paymentLines(c, lines);
        String zh = "您好！为了避免误会，我把这次订单的内容整理如下，麻烦您核对一下：\n\n" + lines.zh()
                + "\n如果以上内容没有问题，请直接回复“确认”。如有不对的地方，请告诉我们。谢谢！";
        String en = "Hello! To avoid any misunderstanding, here is a summary of this order. Could you please check it?\n\n"
                + lines.en() + "\nIf everything above is correct, please simply reply \"confirm\" (确认). If anything"
                + " is wrong, please let us know. Thank you!";
        return new FactoryMessage(zh, en, lines.toFillIn);
    }

    /**
     * The summary of terms for an order that deserves a written agreement: the order lines, quality
     * to the approved sample, payments, for OEM orders design ownership, exclusivity, molds and
     * printing plates, and the first batch, and how shortages and defects are handled.
     */
    static FactoryMessage contractTerms(CaseFile c, boolean oem, boolean large) {
        Lines lines = new Lines();
        orderLines(c, lines);
        lines.add("质量标准", "大货按确认的样品和以上规格生产。",
                "Quality", "the bulk goods are made to the approved sample and the specifications above.");
        paymentLines(c, lines);
        if (oem) {
            lines.add("设计归属", "本订单的设计、商标（LOGO）、标签和包装图稿归我方所有，未经我方书面同意，不得用于其他客户。",
                    "Design ownership", "the designs, logo, labels and packaging artwork of this order belong to us and"
                            + " may not be used for other customers without our written consent.");
            lines.add("独家供应", "用我方设计、商标或包装生产的产品只供应给我方，不卖给其他客户。",
                    "Exclusivity", "products made with our design, logo or packaging are supplied only to us and are"
                            + " not sold to other customers.");
            lines.add("模具和印版", "我方付费制作的模具和印版归我方所有，只用于我方的订单。如果模具或印版有问题导致产品不合格，由贵厂免费修改或重做。",
                    "Molds and printing plates", "molds and plates made for this order and paid for by us belong to"
                            + " us and are used only for our orders. If a fault in a mold or plate makes the products"
                            + " defective, the factory repairs or remakes it free of charge.");
            lines.add("首批货", "首批大货必须与确认的样品一致。如有不符，由贵厂免费返工、重做，或按不合格数量退款。",
                    "First batch", "the first bulk batch must match the approved sample. If it does not, the factory"
                            + " reworks or remakes the goods free of charge, or refunds the defective quantity.");
        }
        lines.add("短缺和质量问题", "我们收货后48小时内会把数量和照片发给贵厂，贵厂负责补发、换货或退款。",
                "Shortages and defects", "we send the counts and photos within 48 hours of receiving the goods; the"
                        + " factory then sends what is missing, replaces defective goods, or refunds them.");
        String whyZh = oem && large ? "这批货是按我们的设计定制的，金额也比较大。"
                : oem ? "这批货是按我们的设计定制的。" : "这个订单金额比较大，而且是分几次付款的。";
        String whyEn = oem && large ? "This order is made to our own design, and it is a large order."
                : oem ? "This order is made to our own design." : "This is a large order, paid in several installments.";
        String zh = "您好！" + whyZh + "为了双方都清楚，我们把这个订单的条款整理如下，麻烦您看一下：\n\n" + lines.numberedZh()
                + "\n如果以上条款没有问题，请回复“确认”。如需修改，请告诉我们。谢谢！合作愉快！";
        String en = "Hello! " + whyEn + " So that we are both clear, here are the terms of this order. Could you please"
                + " check them?\n\n" + lines.numberedEn() + "\nIf you agree with these terms, please reply \"confirm\""
                + " (确认). If anything should change, please let us know. Thank you, and we look forward to working"
                + " with you!";
        return new FactoryMessage(zh, en, lines.toFillIn);
    }

    private static void orderLines(CaseFile c, Lines lines) {
        Order o = c.order();
        if (!Text.isBlank(o.orderNumber())) {
            lines.add("订单号", o.orderNumber().strip(), "Order number", o.orderNumber().strip());
        }
        String product = Text.isBlank(o.product()) ? null : Text.clean(o.product());
        lines.addOrFill("产品", product == null ? null : chinesePart(product), "Product", product, "product");
        if (o.quantity() > 0) {
            String unit = Text.isBlank(o.unit()) ? "" : Text.clean(o.unit());
            String zhUnit = UNITS_ZH.getOrDefault(unit.toLowerCase(Locale.ROOT), unit.isEmpty() ? "件" : " " + unit);
            lines.add("数量", Words.number(o.quantity()) + zhUnit, "Quantity",
                    Words.number(o.quantity()) + (unit.isEmpty() ? "" : " " + unit));
            lines.add("单价", MoneyParser.format(o.unitPrice()), "Unit price", MoneyParser.format(o.unitPrice()));
            lines.add("总价", MoneyParser.format(o.total()), "Total", MoneyParser.format(o.total()));
        } else {
            lines.addOrFill("数量", null, "Quantity", null, "quantity");
            lines.add("单价", MoneyParser.format(o.unitPrice()), "Unit price", MoneyParser.format(o.unitPrice()));
        }
        LocalDate deadline = o.deliveryDeadline();
        lines.addOrFill("交货期", deadline == null ? null : zhDate(deadline) + "前", "Delivery by",
                deadline == null ? null : deadline.toString(), "delivery deadline");
        AgreedSpecs specs = o.specs() == null ? AgreedSpecs.NONE : o.specs();
        if (!Text.isBlank(specs.colors())) {
            lines.add("颜色", Text.clean(specs.colors()), "Colors", Text.clean(specs.colors()));
        }
        if (!Text.isBlank(specs.sizes())) {
            lines.add("尺码/规格", Text.clean(specs.sizes()), "Sizes", Text.clean(specs.sizes()));
        }
        if (!Text.isBlank(specs.packaging())) {
            lines.add("包装", Text.clean(specs.packaging()), "Packaging", Text.clean(specs.packaging()));
        }
    }

    private static void paymentLines(CaseFile c, Lines lines) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Payment p : c.payments()) {
            String amount = MoneyParser.format(p.amount());
            PaymentCovers covers = p.covers() == null ? PaymentCovers.OTHER : p.covers();
            String zhWhat = switch (covers) {
                case DEPOSIT -> "已付定金";
                case BALANCE -> "已付尾款";
                case FULL -> "已付全款";
                case OTHER -> "已付款";
            };
            String enWhat = switch (covers) {
                case DEPOSIT -> "deposit paid";
                case BALANCE -> "balance paid";
                case FULL -> "paid in full";
                case OTHER -> "paid";
            };
            zh.add(zhWhat + amount + (p.paidOn() == null ? "" : "（" + zhDate(p.paidOn()) + "）"));
            en.add(enWhat + " " + amount + (p.paidOn() == null ? "" : " on " + p.paidOn()));
        }
        Money unpaid = OrderValue.of(c).unpaid();
        if (!c.payments().isEmpty() && unpaid != null && !unpaid.isZero()) {
            zh.add("余款" + MoneyParser.format(unpaid));
            en.add("balance still to pay " + MoneyParser.format(unpaid));
        }
        if (!zh.isEmpty()) {
            lines.add("付款", String.join("；", zh), "Payments", String.join("; ", en));
        }
    }

    /** "2026年11月30日". */
    static String zhDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * For a product named in two languages ("加绒卫衣 — Áo hoodie lót nỉ"), the part in Chinese
     * characters; otherwise the whole name.
     */
    static String chinesePart(String product) {
        String[] parts = product.split("\\s*[—–]\\s*");
        if (parts.length < 2) {
            return product;
        }
        List<String> han = new ArrayList<>();
        for (String part : parts) {
            if (part.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                han.add(part);
            }
        }
        return han.size() == 1 ? han.get(0) : product;
    }

    /** Labelled lines in both languages, kept in step. */
    private static final class Lines {
        private final List<String[]> rows = new ArrayList<>();
        private final List<String> toFillIn = new ArrayList<>();

        void add(String zhLabel, String zh, String enLabel, String en) {
            rows.add(new String[] {zhLabel, zh, enLabel, en});
        }

        void addOrFill(String zhLabel, String zh, String enLabel, String en, String what) {
            if (zh == null || en == null) {
                toFillIn.add(what);
                add(zhLabel, FILL_ZH, enLabel, FILL_EN);
            } else {
                add(zhLabel, zh, enLabel, en);
            }
        }

        String zh() {
            StringBuilder out = new StringBuilder();
            rows.forEach(r -> out.append(r[0]).append("：").append(r[1]).append('\n'));
            return out.toString();
        }

        String en() {
            StringBuilder out = new StringBuilder();
            rows.forEach(r -> out.append(r[2]).append(": ").append(r[3]).append('\n'));
            return out.toString();
        }

        String numberedZh() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                out.append(i + 1).append(". ").append(rows.get(i)[0]).append("：").append(rows.get(i)[1]).append('\n');
            }
            return out.toString();
        }

        String numberedEn() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                out.append(i + 1).append(". ").append(rows.get(i)[2]).append(": ").append(rows.get(i)[3]).append('\n');
            }
            return out.toString();
        }
    }
}
