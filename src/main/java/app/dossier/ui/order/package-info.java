/** The orders: header, the four evidence categories with their files, the payments ledger and the receiving record. */
package app.dossier.ui.order;
