/** The records of a case file and the rules about them. Depends on the JDK only. */
package app.dossier.domain;
