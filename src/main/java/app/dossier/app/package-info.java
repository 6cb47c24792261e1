/** The composition root: builds the store, the tree and the services with plain constructors, and starts the window or the command line. */
package app.dossier.app;
