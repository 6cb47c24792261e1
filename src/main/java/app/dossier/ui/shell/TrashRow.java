package app.dossier.ui.shell;

/** One file in the trash as the trash dialog lists it, every field already in the window's words. */
record TrashRow(String id, long orderId, String fileName, String order, String category, String removed,
        String caption) {
}
