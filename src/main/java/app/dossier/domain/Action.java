package app.dossier.domain;

/** What a change does to the records, as the roles tell apart what a person may do ({@link RoleRules}). */
public enum Action {
    /** A receiving record, its defects and its photos (files added in Receiving and QC). */
    RECEIVING,
    /** Any other change: factories, orders, files, payments, disputes, chats, the profile, the trash. */
    RECORDS,
    /** Finishing a change cut off on this PC, as the person who began it was allowed to. */
    FINISH_CUT_OFF
}
