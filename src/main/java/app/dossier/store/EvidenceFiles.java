package app.dossier.store;

import app.dossier.domain.DefectRegion;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of every evidence file: where it is, its SHA-256, size, capture time and marked defect.
 * Every call takes the caller's {@link Session}; a refusal is a {@link StoreException}.
 */
public interface EvidenceFiles {
    /** Inserts the record; an id of 0 lets the store choose one. Returns it with its id. */
    Evidence insert(Session session, Evidence evidence);

    void updateCaption(Session session, long id, String caption);

    /** Marks where on the photo the defect is, or (null) clears the mark. */
    void updateDefectRegion(Session session, long id, DefectRegion region);

    /** The file now in another category: its category and its path in the order's folder. */
    default void updatePlace(Session session, long id, EvidenceCategory category, String file) {
        updatePlace(session, id, byId(session, id).orElseThrow().orderId(), category, file);
    }

    /** Moves the file's row to another order's (or the same order's) category and path. */
    void updatePlace(Session session, long id, long orderId, EvidenceCategory category, String file);

    void delete(Session session, long id);

    /** The order's files by category, then when they were added. */
    List<Evidence> ofOrder(Session session, long orderId);

    /** How many files each order holds in each category. */
    Map<Long, Map<EvidenceCategory, Integer>> countsByOrder(Session session);

    List<Evidence> all(Session session);

    Optional<Evidence> byId(Session session, long id);

    /** The files with these ids (those still there), in any order. */
    default List<Evidence> byIds(Session session, java.util.Collection<Long> ids) {
        return ids.stream().distinct().map(id -> byId(session, id)).flatMap(Optional::stream).toList();
    }

    /** The order's file with this content, if it has one. */
    Optional<Evidence> byHash(Session session, long orderId, String sha256);
}
