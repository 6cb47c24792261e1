package app.dossier.domain;

import java.util.Locale;

/**
 * Who a dispute packet is for. The factory's copy (what the factory's sales staff or a 1688 dispute
 * agent reads) shows the claim and its evidence: no warnings about evidence the buyer lacks, no
 * empty categories, no amounts in đồng and no exchange rates. The buyer's own copy shows
 * everything, including what is missing.
 */
public enum PacketCopy {
    FACTORY("factory"),
    OWN("own");

    private final String tag;

    PacketCopy(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** "factory" or "own", as typed on the command line. */
    public static PacketCopy fromTag(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (PacketCopy copy : values()) {
            if (copy.tag.equals(wanted)) {
                return copy;
            }
        }
        throw new InvalidInputException("“" + text + "” is not a copy of the packet: use factory (the copy"
                + " for the factory) or own (your own copy, with everything).");
    }
}
