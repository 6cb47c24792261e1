package app.dossier.domain;

import java.util.List;

/** The sentences of a dispute message in one language; {@link MessageDrafter} puts them together. */
interface Phrasebook {
    String greeting();

    /** The claim in one sentence, after the seed: order, date, units received, units affected, agreement. */
    String claim(DisputeFacts facts);

    /** How the numbers add up: ordered, arrived, short; the sample check and what it found. */
    String details(DisputeFacts facts);

    /** The warehouse's own notes, or null when there are none this language can show. */
    String notes(List<String> notes);

    String resolution(Resolution resolution, DisputeFacts facts);

    String closing();

    /** Which of the three kinds of claim the facts make. */
    enum Shortfall {
        SHORT, DEFECTIVE, BOTH;

        static Shortfall of(DisputeFacts facts) {
            if (facts.unitsShort() > 0 && facts.defectiveUnits() > 0) {
                return BOTH;
            }
            return facts.unitsShort() > 0 ? SHORT : DEFECTIVE;
        }
    }

    /** Whether a refund is exactly affected units times the unit price, so the sum can be shown. */
    static boolean refundIsUnitsTimesPrice(Resolution.PartialRefund refund, DisputeFacts facts) {
        return facts.unitPrice() != null
                && refund.amount().currency().equals(facts.unitPrice().currency())
                && refund.amount().equals(facts.unitPrice().times(facts.affectedUnits()));
    }

    /**
     * The kinds of defect found among the units, in {@code language}'s words with their counts:
     * "开裂或破损3套、划伤1套", "cracked or broken: 3 sets, scratched: 1 set"; null when none was named.
     */
    static String unitDefects(DisputeFacts facts, Language language, String between, String joiner) {
        var defects = facts.receipt() == null ? java.util.List.<ReceivingDefect>of() : facts.receipt().unitDefects();
        if (defects.isEmpty()) {
            return null;
        }
        var words = app.dossier.domain.words.Words.in(language);
        return defects.stream().map(d -> words.defect(d.kind()) + between + UnitWords.quantity(d.count(), facts.unit(),
                language)).collect(java.util.stream.Collectors.joining(joiner));
    }
}
