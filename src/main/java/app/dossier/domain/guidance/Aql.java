package app.dossier.domain.guidance;

/**
 * Acceptable quality limits Dossier has plans for (ISO 2859-1, General Level II, normal, single
 * sampling). Inspection firms use 2.5 for major defects and 4.0 for minor ones.
 */
public enum Aql {
    AQL_2_5("2.5"),
    AQL_4_0("4.0");

    private final String label;

    Aql(String label) {
        this.label = label;
    }

    /** As people write it: "2.5", "4.0". */
    public String label() {
        return label;
    }
}
