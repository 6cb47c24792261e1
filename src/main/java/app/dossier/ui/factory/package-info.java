/** The factories: list and detail, their orders and disputes, and how they have done. */
package app.dossier.ui.factory;
