/** Records brought in from outside: the sample business, and later 1688 exports, chat exports and photo metadata. */
package app.dossier.imports;
