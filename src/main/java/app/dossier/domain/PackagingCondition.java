package app.dossier.domain;

/** How the cartons looked when they arrived. */
public enum PackagingCondition {
    INTACT,
    SOME_DAMAGE,
    HEAVY_DAMAGE
}
