/** The command line (picocli): every use case without the window, for scripts and headless machines. */
package app.dossier.cli;
