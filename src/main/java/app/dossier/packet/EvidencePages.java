package app.dossier.packet;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DateInput;
import app.dossier.domain.Conversation;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.PinnedMessage;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.packet.PageFlow.Style;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One section per evidence category: every photo, upright and downscaled, with its caption, capture
 * time, name and SHA-256; other files listed with name, size and SHA-256. A photo that cannot be read
 * is shown as a labelled box, never a failure of the whole packet.
 */
final class EvidencePages {
    /** Largest photo on the page, in points: the full text width, and height for two photos with captions per page. */
    static final float PHOTO_HEIGHT = 270;
    /** Pixels per point of the stored photo: about 160 dpi, sharp in print, small to send. */
    static final double PIXELS_PER_POINT = 2.2;
    /** Bytes per photo, so that 40 photos stay under 10 MB with the fonts. */
    static final int PHOTO_BYTES = 200_000;

    private final PDDocument document;
    private final PageFlow flow;
    private final Labels labels;
    private final PacketContent content;
    private final List<String> unreadable = new ArrayList<>();
    private int photosPlaced;

    EvidencePages(PDDocument document, PageFlow flow, Labels labels, PacketContent content) {
        this.document = document;
        this.flow = flow;
        this.labels = labels;
        this.content = content;
    }

    /** Evidence of one category in the order it happened: by capture time, then as added. */
    static List<Evidence> inOrder(CaseFile caseFile, EvidenceCategory category) {
        return caseFile.evidence().stream()
                .filter(e -> e.category() == category)
                .sorted(Comparator.comparing(Evidence::capturedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(Evidence::id))
                .toList();
    }

    void section(EvidenceCategory category) throws IOException {
        flow.section(labels.category(category), labels.category(category));
        if (category == EvidenceCategory.AGREEMENT) {
            pinnedMessages();
        }
        List<Evidence> files = inOrder(content.caseFile(), category);
        if (files.isEmpty()) {
            flow.text(labels.both(Label.NO_FILES_HERE), Style.WARNING, 0);
            return;
        }
        List<Evidence> others = new ArrayList<>();
        for (Evidence evidence : files) {
            if (DisputeFacts.isImage(evidence)) {
                photo(evidence);
            } else {
                others.add(evidence);
            }
        }
        if (!others.isEmpty()) {
            flow.heading(labels.both(Label.OTHER_FILES), Style.H2, 40);
            List<List<String>> rows = new ArrayList<>();
            for (Evidence e : others) {
                rows.add(List.of(e.fileName() + (e.caption() == null ? "" : "\n" + e.caption()), size(e.size()),
                        e.capturedAt() == null ? "" : DateInput.format(e.capturedAt()),
                        PacketSections.splitHash(e.sha256())));
            }
            flow.table(new float[] {175, 50, 75, 195}, List.of(labels.stacked(Label.FILE), labels.stacked(Label.SIZE),
                    labels.stacked(Label.TAKEN), "SHA-256"), rows);
        }
    }

    /**
     * The chat messages the user pinned (where the factory confirmed the spec or the sample),
     * quoted word for word with when they were sent and by whom, before the files.
     */
    private void pinnedMessages() throws IOException {
        List<Conversation> chats = content.caseFile().conversations().stream()
                .filter(c -> !c.pinned().isEmpty())
                .toList();
        if (chats.isEmpty()) {
            return;
        }
        flow.heading(labels.both(Label.PINNED), Style.H2, 40);
        for (Conversation chat : chats) {
            String file = content.caseFile().evidence().stream().filter(e -> e.id() == chat.evidenceId())
                    .map(Evidence::fileName).findFirst().orElse("");
            flow.text(labels.both(Label.FROM_CHAT) + ": " + file, Style.SMALL, 0);
            for (PinnedMessage message : chat.pinned()) {
                flow.text(DateInput.format(message.sentAt()) + "  " + message.sender(), Style.SMALL, 0);
                flow.text("“" + message.text() + "”", Style.BODY, 12);
                flow.space(4);
            }
            flow.space(8);
        }
        flow.space(8);
    }

    int photosPlaced() {
        return photosPlaced;
    }

    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    private void photo(Evidence evidence) throws IOException {
        PacketPhoto where = content.photos().apply(evidence);
        PDImageXObject image = null;
        Label problem = null;
        if (where == null || !Files.isRegularFile(where.file())) {
            problem = Label.NOT_FOUND;
        } else {
            try {
                PhotoScaler.ScaledPhoto scaled = PhotoScaler.scale(where.file(), where.orientation(),
                        (int) (flow.width() * PIXELS_PER_POINT), (int) (PHOTO_HEIGHT * PIXELS_PER_POINT), PHOTO_BYTES);
                image = JPEGFactory.createFromByteArray(document, scaled.jpeg());
            } catch (IOException | RuntimeException e) {
                problem = Label.UNREADABLE;
            }
        }
        List<String> captionLines = captionLines(evidence);
        float captionHeight = captionLines.size() * Style.SMALL.leading() + Style.BODY.leading() * 2;
        if (image == null) {
            unreadable.add(evidence.fileName());
            flow.ensure(90 + captionHeight);
            flow.placeholder(90, List.of(labels.both(problem), evidence.fileName(), "SHA-256: " + evidence.sha256()));
        } else if (evidence.defectRegion() != null && new DefectCloseUp(document, flow, labels)
                .place(image, where, evidence.defectRegion(), captionHeight)) {
            photosPlaced++;
        } else {
            float scale = Math.min(flow.width() / image.getWidth(), PHOTO_HEIGHT / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            flow.ensure(h + captionHeight);
            flow.image(image, flow.left() + (flow.width() - w) / 2, w, h);
            photosPlaced++;
        }
        flow.space(5);
        if (evidence.caption() != null) {
            flow.text(evidence.caption(), Style.BODY, 0);
        }
        for (String line : captionLines) {
            flow.text(line, Style.SMALL, 0);
        }
        flow.space(16);
    }

    private List<String> captionLines(Evidence e) {
        List<String> lines = new ArrayList<>();
        String taken = e.capturedAt() == null ? labels.both(Label.NOT_RECORDED) : DateInput.format(e.capturedAt());
        lines.add(labels.both(Label.TAKEN) + ": " + taken + "    " + labels.both(Label.FILE) + ": " + e.fileName()
                + " (" + size(e.size()) + ")");
        lines.add("SHA-256: " + e.sha256());
        return lines;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
