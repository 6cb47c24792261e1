package app.dossier.ui.order;

import app.dossier.domain.Evidence;
import java.nio.file.Path;

/**
 * One file of the case as a thumbnail shows it: where it is, whether it can be drawn, its caption
 * (else its name), a detail line (name, when it was taken) and a tooltip (when it was added).
 */
public record EvidenceItem(Evidence evidence, Path path, boolean picture, String title, String detail,
        String tooltip) {
}
