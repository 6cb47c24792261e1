/** What every view shares: texts in the user's language, background work, theme, icons, messages for errors. */
package app.dossier.ui.common;
