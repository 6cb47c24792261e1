/** The desktop window (JavaFX): views that bind to view models, which call the services. */
package app.dossier.ui;
