package app.dossier.tree;

/**
 * One reason a BagIt bag is not valid. {@code path} is relative to the bag ("data/Payments/a.jpg",
 * "bag-info.txt"), or the zip entry's own name for {@link Kind#UNSAFE}.
 */
public record BagProblem(Kind kind, String path, String detail) {
    public enum Kind {
        /** bagit.txt, a manifest or bag-info.txt is missing or cannot be read. */
        INVALID,
        /** Listed in a manifest, not in the bag. */
        MISSING,
        /** In the bag with other content than its manifest says. */
        CHANGED,
        /** In the bag's payload, not listed in a manifest. */
        EXTRA,
        /** Payload-Oxum (total bytes and number of files) does not match the payload. */
        OXUM,
        /** A zip entry that would land outside the bag: an absolute path or one with "..". */
        UNSAFE,
        /** Two entries with the same name once written the same way (Unicode NFC). */
        DUPLICATE
    }

    /** One line for a person: "CHANGED data/Payments/a.jpg (SHA-256 differs from manifest-sha256.txt)". */
    public String line() {
        return kind + " " + BagPaths.encode(path) + (detail == null ? "" : " (" + detail + ")");
    }
}
