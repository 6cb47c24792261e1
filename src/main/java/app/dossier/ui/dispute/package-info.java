/** The disputes: list and detail, opened from an order. */
package app.dossier.ui.dispute;
