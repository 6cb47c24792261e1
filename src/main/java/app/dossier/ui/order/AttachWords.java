package app.dossier.ui.order;

import app.dossier.service.AttachReport;
import app.dossier.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;

/** What attaching files did, in words: for the status line, and the files refused with why. */
final class AttachWords {
    private AttachWords() {
    }

    /** "Payments: 2 files added, 1 already there (same content)." */
    static String summary(AttachReport report, String categoryName, Texts t) {
        List<String> parts = new ArrayList<>();
        if (!report.added().isEmpty() || (report.duplicates().isEmpty() && report.refused().isEmpty())) {
            parts.add(t.get("order.attach.added", report.added().size()));
        }
        if (!report.duplicates().isEmpty()) {
            parts.add(t.get("order.attach.duplicates", report.duplicates().size()));
        }
        if (!report.refused().isEmpty()) {
            parts.add(t.get("order.attach.refused", report.refused().size()));
        }
        String text = categoryName + ": " + String.join(", ", parts) + ".";
        return report.cancelled() ? t.get("order.attach.stopped") + " " + text : text;
    }

    static String refusals(AttachReport report, String categoryName, Texts t) {
        StringBuilder text = new StringBuilder(t.get("order.attach.refusedTitle", categoryName));
        text.append("\n");
        for (AttachReport.Refused r : report.refused()) {
            text.append("\n• ").append(r.source().getFileName()).append(": ")
                    .append(app.dossier.ui.common.ErrorText.of(r.reason(), r.wording(), t));
        }
        return text.toString();
    }
}
