package app.dossier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drafts the dispute message the seed recommends: one calm, factual message that states the order,
 * what arrived, how many units are short or defective against the agreement, and the resolution
 * asked for. Chinese for the factory; English or Vietnamese for the buyer, saying the same thing.
 */
public final class MessageDrafter {
    private static final int REFUND_DESCRIPTION_LIMIT = 150;

    private MessageDrafter() {
    }

    /**
     * @throws InvalidInputException when there is nothing to claim yet: no receiving record, or
     *                               nothing short or defective in it; or no resolution is asked for
     */
    public static DisputeMessage draft(DisputeFacts facts, Resolution resolution, Language language) {
        requireClaim(facts);
        if (resolution == null) {
            throw new InvalidInputException("Say what you ask the factory for (a refund, a replacement or a"
                    + " discount on the next order) and the message will be drafted.");
        }
        Phrasebook words = phrasebook(language);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.greeting());
        String claim = words.claim(facts);
        paragraphs.add(claim);
        String details = words.details(facts);
        String notes = words.notes(facts.offSpecNotes());
        paragraphs.add(notes == null ? details : details + "\n" + notes);
        paragraphs.add(words.resolution(resolution, facts));
        paragraphs.add(words.closing());
        return new DisputeMessage(language, claim, String.join("\n\n", paragraphs));
    }

    /**
     * The claim in one sentence, as the message's first paragraph states it: for the packet's cover.
     *
     * @throws InvalidInputException when there is nothing to claim yet
     */
    public static String claim(DisputeFacts facts, Language language) {
        requireClaim(facts);
        return phrasebook(language).claim(facts);
    }

    /** The message in Chinese for the factory, then in the buyer's language (unless that is Chinese too). */
    public static List<DisputeMessage> draftForFactoryAndBuyer(DisputeFacts facts, Resolution resolution,
            Language buyerLanguage) {
        DisputeMessage chinese = draft(facts, resolution, Language.CHINESE);
        if (buyerLanguage == Language.CHINESE) {
            return List.of(chinese);
        }
        return List.of(chinese, draft(facts, resolution, buyerLanguage));
    }

    /**
     * The description for a 1688 refund request, in Chinese, within the platform's 2–150 characters:
     * the order, the counts and the amount asked for. Longer parts (the product name, when there is no
     * order number) are shortened to fit.
     */
    public static String refundDescription(DisputeFacts facts, Resolution resolution) {
        requireClaim(facts);
        Language zh = Language.CHINESE;
        StringBuilder counts = new StringBuilder("实收").append(UnitWords.quantity(facts.unitsReceived(), facts.unit(), zh));
        if (facts.unitsShort() > 0) {
            counts.append("，短缺").append(UnitWords.quantity(facts.unitsShort(), facts.unit(), zh));
        }
        if (facts.defectiveUnits() > 0) {
            long sampled = facts.receipt().unitsSampled();
            counts.append(sampled > 0 ? "，抽检" + UnitWords.quantity(sampled, facts.unit(), zh) + "发现" : "，")
                    .append(UnitWords.quantity(facts.defectiveUnits(), facts.unit(), zh)).append("不良");
        }
        counts.append("，与").append(facts.agreedOn() == null ? "" : LocalFormat.date(facts.agreedOn(), zh))
                .append("约定不符。");
        String ask;
        if (resolution instanceof Resolution.PartialRefund r) {
            ask = "申请退款" + LocalFormat.money(r.amount(), zh) + "，照片见附件。";
        } else if (resolution instanceof Resolution.Replacement r) {
            ask = "申请补发" + UnitWords.quantity(r.units(), facts.unit(), zh) + "，照片见附件。";
        } else {
            ask = "照片见附件。";
        }
        String order = facts.orderNumber() != null ? "订单" + facts.orderNumber() : facts.product();
        int room = REFUND_DESCRIPTION_LIMIT - codePoints(counts) - codePoints(ask) - 1;
        if (codePoints(order) > room) {
            order = cut(order, Math.max(room, 1));
        }
        String text = order + "：" + counts + ask;
        return codePoints(text) <= REFUND_DESCRIPTION_LIMIT ? text : cut(text, REFUND_DESCRIPTION_LIMIT);
    }

    private static void requireClaim(DisputeFacts facts) {
        if (!facts.hasReceivingRecord()) {
            throw new InvalidInputException("Record what arrived first (units received, the sample check): "
                    + "the message states those numbers.");
        }
        if (!facts.hasClaim()) {
            throw new InvalidInputException("The receiving record shows nothing short or defective for "
                    + facts.orderLabel() + ", so there is no claim to write. Correct the counts if they are wrong.");
        }
    }

    private static Phrasebook phrasebook(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case CHINESE -> new ChinesePhrases();
            case ENGLISH -> new EnglishPhrases();
            case VIETNAMESE -> new VietnamesePhrases();
        };
    }

    private static int codePoints(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    private static String cut(String text, int limit) {
        if (codePoints(text) <= limit) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
