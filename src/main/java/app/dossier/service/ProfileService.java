package app.dossier.service;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.BusinessProfileRules;
import app.dossier.domain.FieldProblem;
import app.dossier.store.BusinessProfiles;

/**
 * The buyer's business profile: who they are and how to reach them, set once and said on the first
 * page of every dispute packet. Kept in the database and, for a rebuild, in business-profile.json at
 * the case-files root, written in the same change.
 */
public final class ProfileService {
    private final UnitOfWork work;
    private final BusinessProfiles profiles;
    private final CaseFiles caseFiles;

    public ProfileService(UnitOfWork work, BusinessProfiles profiles, CaseFiles caseFiles) {
        this.work = work;
        this.profiles = profiles;
        this.caseFiles = caseFiles;
    }

    /** The profile as saved; {@link BusinessProfile#empty()} when it was never set. */
    public BusinessProfile profile() {
        return work.read(profiles::find).orElse(BusinessProfile.empty());
    }

    /**
     * Keeps {@code typed} as the profile, each field as {@link BusinessProfile#cleaned()} keeps it; a
     * field left empty is cleared. Refused, with nothing changed, when a field breaks
     * {@link BusinessProfileRules} or the data folder is read-only. Returns the profile as kept.
     */
    public BusinessProfile save(BusinessProfile typed) {
        FieldProblem.refuse(BusinessProfileRules.problems(typed));
        BusinessProfile clean = typed.cleaned();
        return work.change("Could not save your business profile", change -> {
            profiles.save(change.db(), clean);
            caseFiles.writeProfile(change, clean);
            return clean;
        });
    }
}
