package app.dossier.tree;

import app.dossier.domain.BusinessProfile;

/**
 * The buyer's business profile, as written to {@code business-profile.json} at the case-files root,
 * so that the case files alone are enough to rebuild it.
 */
public record BusinessProfileFile(String format, BusinessProfile profile) {
    public static final String FORMAT = "dossier-business-profile/1";

    public static BusinessProfileFile of(BusinessProfile profile) {
        return new BusinessProfileFile(FORMAT, profile);
    }
}
