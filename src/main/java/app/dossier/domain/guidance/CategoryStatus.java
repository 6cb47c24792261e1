package app.dossier.domain.guidance;

/** How complete one of the four records of an order is. */
public enum CategoryStatus {
    COMPLETE,
    PARTIAL,
    MISSING
}
