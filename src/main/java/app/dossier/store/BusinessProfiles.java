package app.dossier.store;

import app.dossier.domain.BusinessProfile;
import java.util.Optional;

/**
 * The buyer's business profile, one for the data folder. Every call takes the caller's {@link Session};
 * a refusal is a {@link StoreException}.
 */
public interface BusinessProfiles {
    /** The profile as last saved; empty when it was never saved. */
    Optional<BusinessProfile> find(Session session);

    /** Keeps {@code profile} as the one profile, replacing the one saved before. */
    void save(Session session, BusinessProfile profile);
}
