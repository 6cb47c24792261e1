package app.dossier.tree;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Paths and checksums as BagIt (RFC 8493) writes them. */
public final class BagPaths {
    public static final String PAYLOAD = "data/";
    public static final String BAGIT_TXT = "bagit.txt";
    public static final String BAG_INFO_TXT = "bag-info.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    public static final String FETCH_TXT = "fetch.txt";

    /** BagIt's algorithm names and Java's. */
    static final Map<String, String> ALGORITHMS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256",
            "sha512", "SHA-512");

    private BagPaths() {
    }

    /** In a manifest, only CR, LF and % are percent-encoded, and they must be (RFC 8493, 2.1.3). */
    public static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * A path as some tools write it, "./data/a.jpg", names the same file as "data/a.jpg": the
     * leading "./" goes (once). Any other "." part is still refused by {@link #unsafe}.
     */
    public static String withoutDotSlash(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    public static String decode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                String code = path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
                String decoded = switch (code) {
                    case "25" -> "%";
                    case "0D" -> "\r";
                    case "0A" -> "\n";
                    default -> null;
                };
                if (decoded != null) {
                    out.append(decoded);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The form names are compared in: Unicode NFC, as Windows and Linux write them and macOS shows them. */
    public static String nfc(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    /**
     * Why {@code path} (with "/" between parts) could land outside the folder it is unpacked in, or
     * null when it cannot: absolute paths, drive letters, backslashes, "." and ".." parts.
     */
    public static String unsafe(String path) {
        if (path.isEmpty()) {
            return "an empty name";
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "an absolute path";
        }
        if (path.indexOf('\\') >= 0) {
            return "a backslash, which Windows reads as a folder separator";
        }
        if (path.indexOf('\0') >= 0) {
            return "a NUL character";
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String part : trimmed.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return "a “" + part + "” part, which could point outside the bag";
            }
        }
        return null;
    }

    static MessageDigest digest(String bagItAlgorithm) {
        try {
            return MessageDigest.getInstance(ALGORITHMS.get(bagItAlgorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + bagItAlgorithm, e);
        }
    }
}
