package app.dossier.service;

import app.dossier.files.SystemFiles;
import app.dossier.tree.CaseFileTree;

/** Files and folders in the tree that are nobody's evidence: the system's and sync tools' own. */
final class TreeEntries {
    private TreeEntries() {
    }

    static boolean ignored(String name) {
        return SystemFiles.isSystemFile(name) || CaseFileTree.isPartFile(name);
    }
}
