package app.dossier.domain;

import static app.dossier.domain.LocalFormat.date;
import static app.dossier.domain.LocalFormat.money;
import static app.dossier.domain.LocalFormat.percent;

import java.time.LocalDateTime;
import java.util.List;

/** Tiếng Việt: bản để người mua đọc và lưu, cùng nội dung với bản gửi xưởng. */
final class VietnamesePhrases implements Phrasebook {
    private static final Language VI = Language.VIETNAMESE;

    @Override
    public String greeting() {
        return "Kính gửi quý xưởng,";
    }

    @Override
    public String claim(DisputeFacts f) {
        StringBuilder s = new StringBuilder();
        if (f.orderNumber() != null) {
            s.append("Đơn hàng số ").append(f.orderNumber());
        } else {
            s.append("Đơn hàng ").append(f.product());
        }
        if (f.orderedOn() != null) {
            s.append(" đặt ngày ").append(date(f.orderedOn(), VI));
        }
        s.append(": chúng tôi đã nhận ").append(qty(f.unitsReceived(), f));
        switch (Phrasebook.Shortfall.of(f)) {
            case BOTH -> s.append(", thiếu ").append(qty(f.unitsShort(), f)).append(" và ")
                    .append(qty(f.defectiveUnits(), f)).append(" bị lỗi");
            case SHORT -> s.append(", thiếu ").append(qty(f.unitsShort(), f));
            case DEFECTIVE -> s.append(", trong đó ").append(qty(f.defectiveUnits(), f)).append(" bị lỗi");
        }
        s.append(f.agreedOn() != null ? " so với thỏa thuận ngày " + date(f.agreedOn(), VI) : " so với thỏa thuận");
        s.append(f.hasPhotos() ? " (có ảnh kèm theo)." : ".");
        return s.toString();
    }

    @Override
    public String details(DisputeFacts f) {
        StringBuilder s = new StringBuilder("Chi tiết: đặt ").append(qty(f.unitsOrdered(), f)).append(", ");
        LocalDateTime arrived = f.receipt().arrivedAt();
        if (arrived != null) {
            s.append("ngày ").append(date(arrived.toLocalDate(), VI)).append(" ");
        }
        s.append("nhận được ").append(qty(f.unitsReceived(), f));
        if (f.unitsShort() > 0) {
            s.append(", thiếu ").append(qty(f.unitsShort(), f)).append(".");
        } else {
            s.append(", đủ số lượng.");
        }
        if (f.defectiveUnits() > 0) {
            long sampled = f.receipt().unitsSampled();
            if (sampled > 0) {
                s.append(" Chúng tôi kiểm tra mẫu ").append(qty(sampled, f)).append(", phát hiện ")
                        .append(qty(f.defectiveUnits(), f)).append(" bị lỗi");
            } else {
                s.append(" Chúng tôi phát hiện ").append(qty(f.defectiveUnits(), f)).append(" bị lỗi");
            }
            String kinds = Phrasebook.unitDefects(f, VI, ": ", ", ");
            s.append(kinds == null ? "." : " (" + kinds + ").");
        }
        long cartons = f.receipt().damagedCartons();
        if (cartons > 0) {
            s.append(" ").append(LocalFormat.count(cartons, VI)).append(" thùng có bao bì hư hỏng.");
        }
        return s.toString();
    }

    @Override
    public String notes(List<String> notes) {
        return notes.isEmpty() ? null : "Ghi chú kiểm hàng: " + String.join("; ", notes);
    }

    @Override
    public String resolution(Resolution resolution, DisputeFacts f) {
        if (resolution instanceof Resolution.PartialRefund r) {
            StringBuilder s = new StringBuilder("Chúng tôi đề nghị xưởng hoàn tiền một phần ")
                    .append(money(r.amount(), VI));
            if (Phrasebook.refundIsUnitsTimesPrice(r, f)) {
                s.append(" (").append(qty(f.affectedUnits(), f)).append(" × ").append(money(f.unitPrice(), VI))
                        .append(")");
            }
            if (r.vndEquivalent() != null) {
                s.append(", tương đương khoảng ").append(money(r.vndEquivalent(), VI))
                        .append(" theo tỷ giá lúc thanh toán");
            }
            return s.append(".").toString();
        }
        if (resolution instanceof Resolution.Replacement r) {
            return "Chúng tôi đề nghị xưởng gửi bù " + qty(r.units(), f) + " hàng đạt chuẩn, chi phí do xưởng chịu.";
        }
        Resolution.NextOrderDiscount d = (Resolution.NextOrderDiscount) resolution;
        return "Chúng tôi đề nghị xưởng giảm "
                + (d.amount() != null ? money(d.amount(), VI) : percent(d.percent(), VI) + "%")
                + " cho đơn hàng tiếp theo.";
    }

    @Override
    public String closing() {
        return "Mong quý xưởng kiểm tra và phản hồi. Xin cảm ơn.";
    }

    private static String qty(long count, DisputeFacts f) {
        return UnitWords.quantity(count, f.unit(), VI);
    }
}
