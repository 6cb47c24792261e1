package app.dossier.domain;

import java.util.Arrays;
import java.util.Locale;

/** The four records that win a dispute, in the order the seed lists them. Folder names are fixed. */
public enum EvidenceCategory {
    AGREEMENT("Chat and agreements", "agreement"),
    CONFIRMATION("Order and confirmation", "confirmation"),
    PAYMENT("Payments", "payment"),
    RECEIVING("Receiving and QC", "receiving");

    private final String folderName;
    private final String shortName;

    EvidenceCategory(String folderName, String shortName) {
        this.folderName = folderName;
        this.shortName = shortName;
    }

    /** The folder inside an order's case file that holds this category's files. */
    public String folderName() {
        return folderName;
    }

    /** The word used on the command line: agreement, confirmation, payment or receiving. */
    public String shortName() {
        return shortName;
    }

    public static EvidenceCategory fromShortName(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.shortName.equals(wanted) || c.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("“" + text + "” is not a category. "
                        + "Use agreement, confirmation, payment or receiving."));
    }

    public static EvidenceCategory fromFolderName(String folder) {
        return Arrays.stream(values()).filter(c -> c.folderName.equals(folder)).findFirst().orElse(null);
    }
}
