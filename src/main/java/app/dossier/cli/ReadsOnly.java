package app.dossier.cli;

/**
 * Marks a command that never changes the data folder. It still runs while another Dossier has the
 * folder open for changes, on a database opened for reading only.
 */
interface ReadsOnly {
}
