/** Records brought in from outside: the sample business, 1688 order exports, WeChat chats and photo metadata. */
package app.dossier.imports;
