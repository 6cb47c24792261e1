/**
 * The orders: header, the guidance for the order shown (its records, findings, contract advice and
 * messages for the factory), the four evidence categories with their files, the payments ledger and
 * the receiving record.
 */
package app.dossier.ui.order;
