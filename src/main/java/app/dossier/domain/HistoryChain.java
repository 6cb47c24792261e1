package app.dossier.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a history's hash chain. Each entry is one line; the hash of an entry is the SHA-256
 * of its line's UTF-8 bytes; each entry carries the hash of the one before it, and the first carries
 * {@link #START}. The chain's head is the hash of its last line: two copies of a history with the same
 * head hold the same entries.
 */
public final class HistoryChain {
    /** What the first entry carries as the hash of the entry before it. */
    public static final String START = "0".repeat(64);

    private HistoryChain() {
    }

    /** The SHA-256 (lower-case hex) of one entry's line. */
    public static String hash(String line) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The head of a chain: the hash of its last line; empty for a history with no entry. */
    public static Optional<String> head(List<String> lines) {
        return lines.isEmpty() ? Optional.empty() : Optional.of(hash(lines.get(lines.size() - 1)));
    }

    /** Why an entry breaks the chain. */
    public enum Reason {
        /** The line is not an entry that can be read. */
        UNREADABLE,
        /** The entry does not carry the hash of the line before it: that line was changed or removed. */
        WRONG_PREVIOUS,
        /** The entry's number is not the one after the entry before it. */
        WRONG_NUMBER,
        /** The line differs from the entry as recorded in the database. */
        DIFFERS_FROM_RECORD,
        /** The database records this entry; the file does not have it (removed from the end). */
        MISSING,
        /** The file has this entry; the database does not record it. */
        NOT_RECORDED
    }

    /** The first entry (numbered from 1) that breaks a chain, and why. */
    public record Break(int entry, Reason reason) {
    }

    /**
     * The first entry of {@code entries} (read from {@code lines}, null where a line could not be read)
     * that does not follow the one before it; empty when the chain is whole.
     */
    public static Optional<Break> firstBreak(List<String> lines, List<HistoryEntry> entries) {
        String previous = START;
        for (int i = 0; i < lines.size(); i++) {
            HistoryEntry entry = entries.get(i);
            if (entry == null) {
                return Optional.of(new Break(i + 1, Reason.UNREADABLE));
            }
            if (!previous.equals(entry.previous())) {
                return Optional.of(new Break(i + 1, Reason.WRONG_PREVIOUS));
            }
            if (entry.number() != i + 1) {
                return Optional.of(new Break(i + 1, Reason.WRONG_NUMBER));
            }
            previous = hash(lines.get(i));
        }
        return Optional.empty();
    }

    /**
     * The first entry where a history file ({@code file}) and the database's copy ({@code recorded})
     * part; empty when they hold the same lines.
     */
    public static Optional<Break> firstDifference(List<String> recorded, List<String> file) {
        int common = Math.min(recorded.size(), file.size());
        for (int i = 0; i < common; i++) {
            if (!recorded.get(i).equals(file.get(i))) {
                return Optional.of(new Break(i + 1, Reason.DIFFERS_FROM_RECORD));
            }
        }
        if (recorded.size() > file.size()) {
            return Optional.of(new Break(file.size() + 1, Reason.MISSING));
        }
        if (file.size() > recorded.size()) {
            return Optional.of(new Break(recorded.size() + 1, Reason.NOT_RECORDED));
        }
        return Optional.empty();
    }
}
