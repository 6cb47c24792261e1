package app.dossier.domain;

import static app.dossier.domain.LocalFormat.date;
import static app.dossier.domain.LocalFormat.money;
import static app.dossier.domain.LocalFormat.percent;

import java.time.LocalDateTime;
import java.util.List;

/** English: for a buyer who reads English, and to forward to a platform agent. */
final class EnglishPhrases implements Phrasebook {
    private static final Language EN = Language.ENGLISH;

    @Override
    public String greeting() {
        return "Hello,";
    }

    @Override
    public String claim(DisputeFacts f) {
        StringBuilder s = new StringBuilder();
        if (f.orderNumber() != null) {
            s.append("Order number ").append(f.orderNumber());
        } else {
            s.append("Our order of ").append(f.product());
        }
        if (f.orderedOn() != null) {
            s.append(" placed on ").append(date(f.orderedOn(), EN));
        }
        s.append(": we received ").append(qty(f.unitsReceived(), f));
        switch (Phrasebook.Shortfall.of(f)) {
            case BOTH -> s.append(", ").append(qty(f.unitsShort(), f)).append(" short and ")
                    .append(qty(f.defectiveUnits(), f)).append(" defective");
            case SHORT -> s.append(", short by ").append(qty(f.unitsShort(), f));
            case DEFECTIVE -> s.append(", with ").append(qty(f.defectiveUnits(), f)).append(" defective");
        }
        s.append(f.agreedOn() != null ? " against the agreement dated " + date(f.agreedOn(), EN)
                : " against what we agreed");
        s.append(f.hasPhotos() ? " (photos attached)." : ".");
        return s.toString();
    }

    @Override
    public String details(DisputeFacts f) {
        StringBuilder s = new StringBuilder("Details: we ordered ").append(qty(f.unitsOrdered(), f)).append("; ");
        LocalDateTime arrived = f.receipt().arrivedAt();
        s.append(qty(f.unitsReceived(), f)).append(arrived != null ? " arrived on " + date(arrived.toLocalDate(), EN) : " arrived");
        if (f.unitsShort() > 0) {
            s.append(", so ").append(qty(f.unitsShort(), f)).append(f.unitsShort() == 1 ? " is" : " are").append(" missing.");
        } else {
            s.append(", the full quantity.");
        }
        if (f.defectiveUnits() > 0) {
            long sampled = f.receipt().unitsSampled();
            if (sampled > 0) {
                s.append(" We checked a sample of ").append(qty(sampled, f)).append(" and found ")
                        .append(LocalFormat.count(f.defectiveUnits(), EN)).append(" defective");
            } else {
                s.append(" We found ").append(qty(f.defectiveUnits(), f)).append(" defective");
            }
            String kinds = Phrasebook.unitDefects(f, EN, ": ", ", ");
            s.append(kinds == null ? "." : " (" + kinds + ").");
        }
        long cartons = f.receipt().damagedCartons();
        if (cartons > 0) {
            s.append(" ").append(LocalFormat.count(cartons, EN)).append(cartons == 1 ? " carton" : " cartons")
                    .append(" arrived with damaged packaging.");
        }
        return s.toString();
    }

    @Override
    public String notes(List<String> notes) {
        // the English message goes to the factory or a platform agent: notes typed in Vietnamese stay with the buyer
        List<String> shown = notes.stream().filter(n -> !ChineseText.hasVietnamese(n)).toList();
        return shown.isEmpty() ? null : "Notes from our inspection: " + String.join("; ", shown);
    }

    @Override
    public String resolution(Resolution resolution, DisputeFacts f) {
        if (resolution instanceof Resolution.PartialRefund r) {
            StringBuilder s = new StringBuilder("We propose a partial refund of ").append(money(r.amount(), EN));
            if (Phrasebook.refundIsUnitsTimesPrice(r, f)) {
                s.append(" (").append(qty(f.affectedUnits(), f)).append(" × ").append(money(f.unitPrice(), EN))
                        .append(")");
            }
            if (r.vndEquivalent() != null) {
                s.append(", about ").append(LocalFormat.amount(r.vndEquivalent(), EN)).append(" at the rate of our payment");
            }
            return s.append(".").toString();
        }
        if (resolution instanceof Resolution.Replacement r) {
            return "We propose that you ship " + qty(r.units(), f) + " to replace them, at your cost.";
        }
        Resolution.NextOrderDiscount d = (Resolution.NextOrderDiscount) resolution;
        return d.amount() != null
                ? "We propose a discount of " + money(d.amount(), EN) + " on our next order."
                : "We propose a discount of " + percent(d.percent(), EN) + "% on our next order.";
    }

    @Override
    public String closing() {
        return "Please check and confirm. Thank you.";
    }

    private static String qty(long count, DisputeFacts f) {
        return UnitWords.quantity(count, f.unit(), EN);
    }
}
