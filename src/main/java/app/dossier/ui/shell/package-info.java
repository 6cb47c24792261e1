/** The main window: navigation, search, status line. */
package app.dossier.ui.shell;
