package app.dossier.files;

import java.util.Locale;
import java.util.Set;

/**
 * Files and folders that operating systems and sync tools put beside the user's own (Finder's
 * .DS_Store and ._ files, Windows' Thumbs.db and desktop.ini, Syncthing's and Dropbox's folders, an
 * office suite's lock files): never evidence, never orphans, never copied into a backup or attached
 * from a folder. One list, so that verify, backups, export, rebuild and attaching agree.
 */
public final class SystemFiles {
    private static final Set<String> NAMES = Set.of(".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r",
            ".stfolder", ".stversions", ".stignore", ".dropbox", ".dropbox.attr", ".dropbox.cache", ".sync",
            ".localized", ".spotlight-v100", ".trashes", ".fseventsd", "$recycle.bin",
            // Dossier's own folder in a case-files root several PCs share (its trash, its notes of changes)
            ".dossier");

    private SystemFiles() {
    }

    /** Whether a file or folder of this name is the system's or a sync tool's, in any case. */
    public static boolean isSystemFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || lower.startsWith("._") || lower.startsWith(".~lock");
    }
}
