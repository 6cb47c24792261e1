package app.dossier.domain;

/**
 * What a person's database login lets them do, by the group role the server gives it
 * (docs/team.md): the desk does everything, the warehouse records receiving and its photos, a viewer
 * reads. On SQLite, one PC, there is no login and the one person there is the desk.
 */
public enum Role {
    /** Everything: the owner of the records and the desk (database group role {@code dossier_desk}). */
    DESK("dossier_desk"),
    /** Receiving records and their photos, nothing else ({@code dossier_warehouse}). */
    WAREHOUSE("dossier_warehouse"),
    /** Reads only ({@code dossier_viewer}). */
    VIEWER("dossier_viewer");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The database's group role a person's login is made a member of. */
    public String group() {
        return group;
    }

    /** The role named as {@code dossier team add-person --role} takes it ("desk", "warehouse", "viewer"). */
    public static Role named(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return role;
            }
        }
        throw new InvalidInputException(Refusal.ROLE_UNKNOWN.with(name));
    }

    /** Its name in lower case, as typed and as the database's group role ends. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
