package app.dossier.domain.guidance;

import app.dossier.domain.Evidence;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what a saved file is. The rules ask only this interface, so recognition can be replaced
 * (for example by a flag the user sets on each file) without touching them.
 */
@FunctionalInterface
public interface EvidenceClassifier {

    /** The roles of one file; empty when it is not recognised. Never null. */
    Set<EvidenceRole> rolesOf(Evidence evidence);

    default boolean is(Evidence evidence, EvidenceRole role) {
        return rolesOf(evidence).contains(role);
    }

    /**
     * Roles the user set explicitly win; this classifier decides only files for which
     * {@code explicit} answers null or an empty set.
     */
    default EvidenceClassifier preferring(Function<Evidence, Set<EvidenceRole>> explicit) {
        return evidence -> {
            Set<EvidenceRole> chosen = explicit.apply(evidence);
            return chosen == null || chosen.isEmpty() ? rolesOf(evidence) : Set.copyOf(chosen);
        };
    }

    /** Recognises files by words in their caption and name (English, Vietnamese, Chinese) and media type. */
    static EvidenceClassifier byKeywords() {
        return new KeywordClassifier();
    }
}
