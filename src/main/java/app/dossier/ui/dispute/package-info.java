/**
 * The disputes: list and detail, opened from an order; for the chosen one, the work on it (the resolution,
 * the message to the factory, the dated steps, the PDF packet and the 1688 refund request).
 */
package app.dossier.ui.dispute;
