package app.dossier.domain;

/**
 * How one dispute packet is made: for whom, in which language beside Chinese, and how many days the
 * factory is given to reply (page 1 asks for a reply by that date).
 *
 * @param copy             the factory's copy or the buyer's own
 * @param language         the language beside Chinese; null for the usual one: English in the factory's
 *                         copy (a Chinese factory or a 1688 agent reads it, not Vietnamese), and in the
 *                         buyer's own copy the dispute's language, else Vietnamese
 * @param replyWithinDays  days from the packet's date to the reply asked for, {@value #FEWEST_DAYS} to
 *                         {@value #MOST_DAYS}
 */
public record PacketOptions(PacketCopy copy, Language language, int replyWithinDays) {
    /** Three days: long enough to check a warehouse, short enough to keep the 1688 dispute window. */
    public static final int USUAL_DAYS = 3;
    public static final int FEWEST_DAYS = 1;
    public static final int MOST_DAYS = 30;

    /** @throws InvalidInputException when the days are out of range, or Chinese is asked for beside Chinese */
    public PacketOptions {
        if (copy == null) {
            copy = PacketCopy.FACTORY;
        }
        if (replyWithinDays < FEWEST_DAYS || replyWithinDays > MOST_DAYS) {
            throw new InvalidInputException(Refusal.REPLY_DAYS_OUT_OF_RANGE.with(FEWEST_DAYS, MOST_DAYS, replyWithinDays));
        }
        if (language == Language.CHINESE) {
            throw new InvalidInputException(Refusal.PACKET_LANGUAGE_CHINESE.with());
        }
    }

    /** The factory's copy, Chinese and English, asking for a reply within three days. */
    public static PacketOptions forFactory() {
        return new PacketOptions(PacketCopy.FACTORY, null, USUAL_DAYS);
    }

    public static PacketOptions of(PacketCopy copy, Language language) {
        return new PacketOptions(copy, language, USUAL_DAYS);
    }

    /** The language beside Chinese, given the dispute's ({@code null} when there is no dispute yet). */
    public Language languageBeside(Language disputes) {
        if (language != null) {
            return language;
        }
        if (copy == PacketCopy.FACTORY) {
            return Language.ENGLISH;
        }
        return disputes == null ? Language.VIETNAMESE : disputes;
    }
}
