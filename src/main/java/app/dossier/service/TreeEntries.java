package app.dossier.service;

import app.dossier.tree.CaseFileTree;
import java.util.Locale;
import java.util.Set;

/** Files and folders in the tree that are nobody's evidence: the system's and sync tools' own. */
final class TreeEntries {
    private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "desktop.ini", "icon\r",
            ".stfolder", ".stversions", ".stignore", ".dropbox", ".dropbox.attr", ".sync", ".localized");

    private TreeEntries() {
    }

    static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SYSTEM_FILES.contains(lower) || lower.startsWith("._") || lower.startsWith(".~lock")
                || CaseFileTree.isPartFile(name);
    }
}
