/**
 * What every view shares: texts in the user's language (and the guidance's words, marks and lines),
 * background work, theme, icons, messages for errors, and the defects-by-kind part the warehouse
 * screen and the order view share.
 */
package app.dossier.ui.common;
