package app.dossier.ui.dispute;

import app.dossier.domain.EvidenceCategory;

/** Whether the order has files in one evidence category: its name, how many, and the words to show ("4 files", "Missing"). */
public record CategoryState(EvidenceCategory category, String name, int count, String state) {
    public boolean present() {
        return count > 0;
    }
}
