package app.dossier.domain;

import java.util.List;

/**
 * How a factory has done so far, from its orders' receiving records: orders placed, units
 * ordered, received, short, checked and found defective, and its disputes.
 */
public record FactoryRecord(int orders, int ordersReceived, long unitsExpected, long unitsReceived, long unitsShort,
        long unitsSampled, long unitsDefective, int disputes, int disputesOpen) {

    public static FactoryRecord of(List<CaseFile> cases) {
        int received = 0;
        long expected = 0;
        long got = 0;
        long shortUnits = 0;
        long sampled = 0;
        long defective = 0;
        int disputes = 0;
        int open = 0;
        for (CaseFile c : cases) {
            ReceivingRecord r = c.receiving();
            if (r != null) {
                received++;
                expected += r.unitsExpected();
                got += r.unitsReceived();
                shortUnits += r.unitsShort();
                sampled += r.unitsSampled();
                defective += r.defectiveUnits();
            }
            for (Dispute d : c.disputes()) {
                disputes++;
                if (d.status() != DisputeStatus.RESOLVED && d.status() != DisputeStatus.CLOSED) {
                    open++;
                }
            }
        }
        return new FactoryRecord(cases.size(), received, expected, got, shortUnits, sampled, defective, disputes, open);
    }

    /** Share of expected units that did not arrive, 0..1; 0 when nothing was received yet. */
    public double shortRate() {
        return unitsExpected == 0 ? 0 : (double) unitsShort / unitsExpected;
    }

    /** Share of checked units found defective, 0..1; 0 when nothing was checked yet. */
    public double defectRate() {
        return unitsSampled == 0 ? 0 : (double) unitsDefective / unitsSampled;
    }
}
