package app.dossier.domain;

import java.util.Objects;

/**
 * A dispute message ready to send, in one language. {@code claim} is its first paragraph, the
 * claim in one sentence ("Order number X placed on Y: we received Z units, A short and B defective
 * units against the agreement dated B"), which the packet repeats on its cover.
 */
public record DisputeMessage(Language language, String claim, String text) {
    public DisputeMessage {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(text, "text");
    }
}
