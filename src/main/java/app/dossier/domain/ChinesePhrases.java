package app.dossier.domain;

import static app.dossier.domain.LocalFormat.date;
import static app.dossier.domain.LocalFormat.money;
import static app.dossier.domain.LocalFormat.percent;

import java.util.List;

/** 中文：写给工厂的版本。 */
final class ChinesePhrases implements Phrasebook {
    private static final Language ZH = Language.CHINESE;

    @Override
    public String greeting() {
        return "您好！";
    }

    @Override
    public String claim(DisputeFacts f) {
        StringBuilder s = new StringBuilder();
        if (f.orderNumber() != null) {
            s.append("订单号：").append(f.orderNumber());
        } else {
            s.append("我们的订单：").append(f.product());
        }
        if (f.orderedOn() != null) {
            s.append("（下单日期：").append(date(f.orderedOn(), ZH)).append("）");
        }
        s.append("。我们实收").append(qty(f.unitsReceived(), f)).append("，与双方");
        if (f.agreedOn() != null) {
            s.append(date(f.agreedOn(), ZH));
        }
        s.append("的约定相比，");
        switch (Phrasebook.Shortfall.of(f)) {
            case BOTH -> s.append("短缺").append(qty(f.unitsShort(), f)).append("，另有").append(qty(f.defectiveUnits(), f))
                    .append("不良");
            case SHORT -> s.append("短缺").append(qty(f.unitsShort(), f));
            case DEFECTIVE -> s.append("有").append(qty(f.defectiveUnits(), f)).append("不良");
        }
        s.append(f.hasPhotos() ? "（照片见附件）。" : "。");
        return s.toString();
    }

    @Override
    public String details(DisputeFacts f) {
        StringBuilder s = new StringBuilder("具体情况：订购").append(qty(f.unitsOrdered(), f)).append("，");
        java.time.LocalDateTime arrived = f.receipt().arrivedAt();
        s.append(arrived != null ? date(arrived.toLocalDate(), ZH) + "到货" : "实际到货").append(qty(f.unitsReceived(), f));
        if (f.unitsShort() > 0) {
            s.append("，少发").append(qty(f.unitsShort(), f)).append("。");
        } else {
            s.append("，数量齐全。");
        }
        if (f.defectiveUnits() > 0) {
            long sampled = f.receipt().unitsSampled();
            if (sampled > 0) {
                s.append("我们抽检了").append(qty(sampled, f)).append("，发现").append(qty(f.defectiveUnits(), f))
                        .append("不良");
            } else {
                s.append("我们发现").append(qty(f.defectiveUnits(), f)).append("不良");
            }
            String kinds = Phrasebook.unitDefects(f, ZH, "", "、");
            s.append(kinds == null ? "。" : "（" + kinds + "）。");
        }
        long cartons = f.receipt().damagedCartons();
        if (cartons > 0) {
            s.append("到货外箱中").append(cartons).append("箱包装破损。");
        }
        return s.toString();
    }

    /* The factory reads Chinese: notes typed in Vietnamese or English would only confuse, so only Chinese ones are passed on. */
    @Override
    public String notes(List<String> notes) {
        List<String> chinese = notes.stream().filter(UnitWords::containsHan).toList();
        return chinese.isEmpty() ? null : "验货记录：" + String.join("；", chinese);
    }

    @Override
    public String resolution(Resolution resolution, DisputeFacts f) {
        String wish = "我们希望的处理方式：";
        if (resolution instanceof Resolution.PartialRefund r) {
            return wish + "部分退款" + money(r.amount(), ZH)
                    + (Phrasebook.refundIsUnitsTimesPrice(r, f)
                            ? "（" + qty(f.affectedUnits(), f) + " × " + money(f.unitPrice(), ZH) + "）" : "")
                    + "。";
        }
        if (resolution instanceof Resolution.Replacement r) {
            return wish + "补发" + qty(r.units(), f) + "合格产品。";
        }
        Resolution.NextOrderDiscount d = (Resolution.NextOrderDiscount) resolution;
        return wish + "下一笔订单优惠"
                + (d.amount() != null ? money(d.amount(), ZH) : percent(d.percent(), ZH) + "%") + "。";
    }

    @Override
    public String closing() {
        return "请核实后回复确认，谢谢！";
    }

    private static String qty(long count, DisputeFacts f) {
        return UnitWords.quantity(count, f.unit(), ZH);
    }
}
