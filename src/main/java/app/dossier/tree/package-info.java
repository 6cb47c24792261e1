/**
 * The case-file tree on disk: folders, evidence files and case.json, written so that nothing is
 * ever half-written or outside the root; and BagIt bags (RFC 8493) for backups and archive export.
 * Depends on domain only.
 */
package app.dossier.tree;
