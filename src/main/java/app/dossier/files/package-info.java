/**
 * The plumbing every layer that touches files shares, each piece once: writing a file whole or not at
 * all, deleting a folder with what is in it, temp files with the user's permissions, safe names, and
 * the system files that are nobody's evidence. Depends on the JDK only.
 */
package app.dossier.files;
