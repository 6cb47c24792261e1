/**
 * What every view shares: texts in the user's language (and the guidance's words, marks and lines),
 * background work, theme, icons, messages for errors.
 */
package app.dossier.ui.common;
