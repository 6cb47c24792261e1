/**
 * The one lookup for the words people read: every sentence of the window, the command line, the
 * packet, the guidance and the refusals comes from the bundles {@code app/dossier/words/words_<lang>}
 * by a code, in English, Vietnamese and Chinese, with numbers, money and dates written each language's way.
 */
package app.dossier.domain.words;
