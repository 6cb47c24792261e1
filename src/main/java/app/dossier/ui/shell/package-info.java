/** The main window: navigation, search, status line, the start screen with what is due, and settings. */
package app.dossier.ui.shell;
