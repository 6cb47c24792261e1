package app.dossier.packet;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DisputeMessage;
import app.dossier.domain.Evidence;
import app.dossier.domain.HistoryEntry;
import app.dossier.domain.Language;
import app.dossier.domain.PacketCopy;
import app.dossier.domain.PacketOptions;
import app.dossier.domain.Resolution;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything one dispute packet shows.
 *
 * @param resolution   what the buyer asks for; null when none is proposed yet (the cover says so)
 * @param messages     the dispute message, Chinese first, then the buyer's language; may be empty
 * @param timeline     the dispute's steps so far, oldest first: the last chapter of the order's history
 *                     that the timeline prints ({@link app.dossier.domain.OrderHistory})
 * @param photos       where each evidence file is on disk, and its orientation; may return null for a
 *                     file that cannot be found (the packet shows it as missing)
 * @param buyerLanguage the second language of every heading and label, next to Chinese
 * @param generatedOn  the date printed on the cover and stored in the metadata
 * @param copy         the factory's copy (no missing evidence, no đồng, no rates) or the buyer's own (everything)
 * @param replyWithinDays the days from {@code generatedOn} to the reply page 1 asks for
 * @param buyer        who asks, and how to reach them (the business profile); empty when not set
 * @param history      the order's history of changes, first entry first: the buyer's own copy prints it
 * @param historyHead  the SHA-256 of the history's last entry, which every page's footer cites; null before
 *                     the first change
 */
public record PacketContent(
        CaseFile caseFile,
        DisputeFacts facts,
        Resolution resolution,
        List<DisputeMessage> messages,
        List<DisputeEvent> timeline,
        Function<Evidence, PacketPhoto> photos,
        Language buyerLanguage,
        LocalDate generatedOn,
        PacketCopy copy,
        int replyWithinDays,
        BusinessProfile buyer,
        List<HistoryEntry> history,
        String historyHead) {

    /** The buyer's own copy, with everything. */
    public PacketContent(CaseFile caseFile, DisputeFacts facts, Resolution resolution, List<DisputeMessage> messages,
            List<DisputeEvent> timeline, Function<Evidence, PacketPhoto> photos, Language buyerLanguage,
            LocalDate generatedOn) {
        this(caseFile, facts, resolution, messages, timeline, photos, buyerLanguage, generatedOn, PacketCopy.OWN,
                PacketOptions.USUAL_DAYS, BusinessProfile.empty());
    }

    /** A packet without the order's history of changes. */
    public PacketContent(CaseFile caseFile, DisputeFacts facts, Resolution resolution, List<DisputeMessage> messages,
            List<DisputeEvent> timeline, Function<Evidence, PacketPhoto> photos, Language buyerLanguage,
            LocalDate generatedOn, PacketCopy copy, int replyWithinDays, BusinessProfile buyer) {
        this(caseFile, facts, resolution, messages, timeline, photos, buyerLanguage, generatedOn, copy, replyWithinDays,
                buyer, List.of(), null);
    }

    public PacketContent {
        Objects.requireNonNull(caseFile, "caseFile");
        Objects.requireNonNull(facts, "facts");
        messages = List.copyOf(messages);
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(buyerLanguage, "buyerLanguage");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(copy, "copy");
        buyer = buyer == null ? BusinessProfile.empty() : buyer.cleaned();
        history = List.copyOf(history);
    }

    public PacketContent withCopy(PacketCopy other) {
        return new PacketContent(caseFile, facts, resolution, messages, timeline, photos, buyerLanguage, generatedOn,
                other, replyWithinDays, buyer, history, historyHead);
    }

    public PacketContent withReplyWithin(int days) {
        return new PacketContent(caseFile, facts, resolution, messages, timeline, photos, buyerLanguage, generatedOn,
                copy, days, buyer, history, historyHead);
    }

    public PacketContent withBuyer(BusinessProfile profile) {
        return new PacketContent(caseFile, facts, resolution, messages, timeline, photos, buyerLanguage, generatedOn,
                copy, replyWithinDays, profile, history, historyHead);
    }

    /** With the order's history of changes and the head of its chain (null before the first change). */
    public PacketContent withHistory(List<HistoryEntry> entries, String head) {
        return new PacketContent(caseFile, facts, resolution, messages, timeline, photos, buyerLanguage, generatedOn,
                copy, replyWithinDays, buyer, entries, head);
    }

    /** The day by which page 1 asks the factory to reply. */
    public LocalDate replyBy() {
        return generatedOn.plusDays(replyWithinDays);
    }

    /** The factory's copy: only what makes the claim, nothing the factory need not see. */
    public boolean forFactory() {
        return copy == PacketCopy.FACTORY;
    }
}
