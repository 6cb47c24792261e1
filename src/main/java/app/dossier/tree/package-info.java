/**
 * The case-file tree on disk: folders, evidence files and case.json, written so that nothing is
 * ever half-written or outside the root. Depends on domain only.
 */
package app.dossier.tree;
