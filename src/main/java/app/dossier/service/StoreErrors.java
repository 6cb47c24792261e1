package app.dossier.service;

import app.dossier.store.StoreException;

/** The store's refusals in words a user can act on. */
final class StoreErrors {
    private StoreErrors() {
    }

    static String describe(StoreException e) {
        return switch (e.kind()) {
            case ORDER_NUMBER_TAKEN -> "another order already has this order number.";
            case FOLDER_TAKEN -> "another record already uses this folder.";
            case MISSING_RECORD -> "it refers to a record that does not exist.";
            case OUT_OF_RANGE -> "a value is out of range (" + e.detail() + ").";
            case BUSY -> "the database is in use by another program, perhaps a second Dossier. Close it and try again.";
            case DISK_FULL -> "the disk is full. Free some space and try again.";
            case READ_ONLY -> "the database cannot be written (the folder or file is read-only).";
            case OTHER -> "the database refused the change (" + e.detail() + ").";
        };
    }
}
