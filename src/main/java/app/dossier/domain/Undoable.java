package app.dossier.domain;

/**
 * The changes a user can undo and redo, each named in the words ({@code undo.<NAME>}: "edit payment",
 * "sửa khoản thanh toán", "修改付款") as the window's Edit menu and the command line say them.
 */
public enum Undoable {
    RECORD_PAYMENT,
    EDIT_PAYMENT,
    REMOVE_PAYMENT,
    ATTACH,
    MOVE_FILE,
    CAPTION,
    REMOVE_FILE,
    RESTORE_FILE,
    EDIT_ORDER,
    EDIT_FACTORY,
    NAME_DEFECTS,
    EDIT_STEP,
    ARCHIVE_ORDER,
    UNARCHIVE_ORDER,
    ARCHIVE_FACTORY,
    UNARCHIVE_FACTORY;

    /** The code of its words. */
    public String key() {
        return "undo." + name();
    }
}
