package app.dossier.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim against an order: where it stands, the resolution proposed to the factory, the language
 * the buyer reads, the message texts as the user last edited them (null while the drafted text
 * stands), and the dated steps it went through.
 */
public record Dispute(
        long id,
        long orderId,
        LocalDate openedOn,
        DisputeStatus status,
        String summary,
        Resolution resolution,
        Language buyerLanguage,
        String factoryMessage,
        String buyerMessage,
        List<DisputeEvent> events) {

    public Dispute {
        events = events == null ? List.of() : List.copyOf(events);
        buyerLanguage = buyerLanguage == null ? Language.VIETNAMESE : buyerLanguage;
    }

    /** A dispute with nothing decided yet beyond its status and summary. */
    public Dispute(long id, long orderId, LocalDate openedOn, DisputeStatus status, String summary) {
        this(id, orderId, openedOn, status, summary, null, Language.VIETNAMESE, null, null, List.of());
    }

    public Dispute withId(long newId) {
        return new Dispute(newId, orderId, openedOn, status, summary, resolution, buyerLanguage, factoryMessage,
                buyerMessage, events);
    }

    public Dispute withOrder(long newOrderId) {
        return new Dispute(id, newOrderId, openedOn, status, summary, resolution, buyerLanguage, factoryMessage,
                buyerMessage, events);
    }

    public Dispute withResolution(Resolution newResolution) {
        return new Dispute(id, orderId, openedOn, status, summary, newResolution, buyerLanguage, factoryMessage,
                buyerMessage, events);
    }

    public Dispute withMessages(Language language, String forFactory, String forBuyer) {
        return new Dispute(id, orderId, openedOn, status, summary, resolution, language, forFactory, forBuyer, events);
    }

    /** The dispute after one more step; its status becomes the step's. */
    public Dispute then(DisputeEvent event) {
        List<DisputeEvent> more = new java.util.ArrayList<>(events);
        more.add(event);
        return withEvents(more);
    }

    /**
     * The dispute with its steps corrected or one of them removed; its status becomes the last
     * step's, a draft when none is left.
     */
    public Dispute withEvents(List<DisputeEvent> corrected) {
        DisputeStatus now = corrected.isEmpty() ? DisputeStatus.DRAFT : corrected.get(corrected.size() - 1).status();
        return new Dispute(id, orderId, openedOn, now, summary, resolution, buyerLanguage, factoryMessage,
                buyerMessage, corrected);
    }

    /** True until it is resolved or closed. */
    public boolean open() {
        return status != DisputeStatus.RESOLVED && status != DisputeStatus.CLOSED;
    }
}
