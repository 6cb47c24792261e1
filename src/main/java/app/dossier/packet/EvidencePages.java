package app.dossier.packet;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DateInput;
import app.dossier.domain.Conversation;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.PinnedMessage;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.packet.PageFlow.Style;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * One section per evidence category: every photo, upright and downscaled, with its caption, capture
 * time, name and SHA-256; other files listed with name, size and SHA-256. A photo that cannot be read
 * is shown as a labelled box, never a failure of the whole packet.
 */
final class EvidencePages {
    /** Bytes all photos of a packet may take together, so that the packet stays under 10 MB with the fonts. */
    static final int ALL_PHOTO_BYTES = 9_400_000;
    /** Bytes per photo (per page of a long screenshot) at least: 40 photos share {@link #ALL_PHOTO_BYTES}. */
    static final int PHOTO_BYTES = 235_000;
    /** Bytes per photo at most, however few there are: beyond this JPEG quality shows no gain in print. */
    static final int MAX_PHOTO_BYTES = 600_000;
    /** Height a section's heading takes at the top of a page, so that a full-size picture still fits below one. */
    static final float SECTION_HEAD = 34;
    /**
     * Pictures decoded and scaled at once, ahead of the one being placed. Each holds its decoded
     * original meanwhile (36 MB for 12 MP): with two, 40 photos left 235 MB on the heap after a
     * collection against 127 MB with one, and were no faster on a busy 2-core machine.
     */
    static final int PHOTO_WORKERS = 1;

    private final PDDocument document;
    private final PageFlow flow;
    private final Labels labels;
    private final PacketContent content;
    private final Exhibits exhibits;
    private final List<String> unreadable = new ArrayList<>();
    private final int photoBytes;
    private int photosPlaced;

    EvidencePages(PDDocument document, PageFlow flow, Labels labels, PacketContent content) {
        this.document = document;
        this.flow = flow;
        this.labels = labels;
        this.content = content;
        this.exhibits = new Exhibits(content.caseFile());
        this.photoBytes = photoBytes((int) content.caseFile().evidence().stream().filter(DisputeFacts::isImage).count());
    }

    /** The byte budget of each photo in a packet of {@code photos} photos: a few get more, many share 9.4 MB. */
    static int photoBytes(int photos) {
        return Math.max(PHOTO_BYTES, Math.min(MAX_PHOTO_BYTES, ALL_PHOTO_BYTES / Math.max(1, photos)));
    }

    /** Evidence of one category in the order it happened: by capture time, then as added. */
    static List<Evidence> inOrder(CaseFile caseFile, EvidenceCategory category) {
        return caseFile.evidence().stream()
                .filter(e -> e.category() == category)
                .sorted(Comparator.comparing(Evidence::capturedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(Evidence::id))
                .toList();
    }

    /** Room a category's heading needs below it: a landscape photo two to a page, and its caption. */
    static final float CATEGORY_KEEP = PhotoLayout.PAIR_HEIGHT + 100;

    void section(EvidenceCategory category) throws IOException {
        if (content.forFactory() && inOrder(content.caseFile(), category).isEmpty()
                && (category != EvidenceCategory.AGREEMENT || content.caseFile().conversations().stream()
                        .allMatch(c -> c.pinned().isEmpty()))) {
            return; // the factory's copy has no page for what the buyer has no file of
        }
        // a category starts below the last section when its first landscape photo fits there with its caption;
        // a taller picture moves on to the next page by itself
        flow.section(labels.category(category), labels.category(category), CATEGORY_KEEP);
        if (category == EvidenceCategory.AGREEMENT) {
            pinnedMessages();
        }
        List<Evidence> files = inOrder(content.caseFile(), category);
        if (files.isEmpty()) {
            if (!content.forFactory()) {
                flow.text(labels.both(Label.NO_FILES_HERE), Style.WARNING, 0);
            }
            return;
        }
        List<Evidence> others = new ArrayList<>();
        List<Evidence> pictures = files.stream().filter(DisputeFacts::isImage).toList();
        // decoding and scaling is most of a packet's time: the next pictures are prepared while one is placed
        ExecutorService workers = pictures.isEmpty() ? null
                : Executors.newFixedThreadPool(Math.min(PHOTO_WORKERS, pictures.size()), EvidencePages::worker);
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (Evidence evidence : files) {
                if (DisputeFacts.isImage(evidence)) {
                    // the caller's lookup counts progress and may stop the packet: it runs here, in order
                    while (submitted < pictures.size() && ahead.size() <= PHOTO_WORKERS) {
                        Evidence picture = pictures.get(submitted++);
                        PacketPhoto where = content.photos().apply(picture);
                        float box = maxPhotoHeight(captionHeight(picture));
                        float width = flow.width();
                        ahead.add(workers.submit(() -> prepare(where, width, box, photoBytes)));
                    }
                    photo(evidence, result(ahead.poll()));
                } else {
                    others.add(evidence);
                }
            }
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        if (!others.isEmpty()) {
            flow.heading(labels.both(Label.OTHER_FILES), Style.H2, 40);
            List<List<String>> rows = new ArrayList<>();
            for (Evidence e : others) {
                rows.add(List.of(Exhibits.both(exhibits.number(e), labels) + "\n" + e.fileName()
                        + (caption(e) == null ? "" : "\n" + caption(e)), size(e.size()),
                        taken(e), PacketSections.splitHash(e.sha256())));
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
                    .map(e -> e.fileName() + " (" + Exhibits.both(exhibits.number(e), labels) + ")")
                    .findFirst().orElse("");
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

    /** A picture ready to place: its JPEG pieces (one per page it takes) and printed size, or why it cannot be shown. */
    private record Prepared(PacketPhoto where, List<PhotoScaler.ScaledPhoto> pieces, PhotoLayout.Placement placement,
            Label problem) {
    }

    private static Thread worker(Runnable work) {
        Thread thread = new Thread(work, "packet photos");
        thread.setDaemon(true);
        return thread;
    }

    private static Prepared prepare(PacketPhoto where, float boxWidth, float boxHeight, int maxBytes) {
        if (where == null || !Files.isRegularFile(where.file())) {
            return new Prepared(where, List.of(), null, Label.NOT_FOUND);
        }
        try {
            BufferedImage upright = PhotoScaler.upright(where.file(), where.orientation(),
                    PhotoLayout.fit(boxWidth, boxHeight));
            PhotoLayout.Placement placement = PhotoLayout.of(upright.getWidth(), upright.getHeight(), boxWidth, boxHeight);
            List<PhotoScaler.ScaledPhoto> pieces = new ArrayList<>();
            int rows = upright.getHeight();
            int perPage = (int) Math.round(rows * placement.pieceHeight() / placement.height());
            for (int top = 0; top < rows; top += perPage) {
                BufferedImage piece = placement.pages() == 1 ? upright
                        : upright.getSubimage(0, top, upright.getWidth(), Math.min(perPage, rows - top));
                pieces.add(PhotoScaler.encodeWithin(piece, maxBytes));
            }
            return new Prepared(where, pieces, placement, null);
        } catch (IOException | RuntimeException e) {
            return new Prepared(where, List.of(), null, Label.UNREADABLE);
        }
    }

    private static Prepared result(Future<Prepared> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the packet was stopped");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The most a picture may take of one page: all of it below a section heading, less its caption. */
    private static float maxPhotoHeight(float captionHeight) {
        return PageFlow.SIZE.getHeight() - PageFlow.TOP - PageFlow.BOTTOM - SECTION_HEAD - captionHeight - 5;
    }

    private float captionHeight(Evidence evidence) {
        return captionLines(evidence).size() * Style.SMALL.leading() + Style.BODY.leading() * 2
                + Style.EXHIBIT.leading();
    }

    private void photo(Evidence evidence, Prepared prepared) throws IOException {
        float captionHeight = captionHeight(evidence);
        List<String> captionLines = captionLines(evidence);
        if (prepared.problem() != null) {
            unreadable.add(evidence.fileName());
            flow.ensure(90 + captionHeight);
            flow.placeholder(90, List.of(labels.both(prepared.problem()), evidence.fileName(),
                    "SHA-256: " + evidence.sha256()));
        } else if (evidence.defectRegion() != null && prepared.pieces().size() == 1 && new DefectCloseUp(document, flow,
                labels).place(JPEGFactory.createFromByteArray(document, prepared.pieces().get(0).jpeg()), prepared.where(),
                evidence.defectRegion(), captionHeight)) {
            photosPlaced++;
        } else {
            PhotoLayout.Placement placement = prepared.placement();
            float w = placement.width();
            float x = flow.left() + (flow.width() - w) / 2;
            List<PhotoScaler.ScaledPhoto> pieces = prepared.pieces();
            for (int i = 0; i < pieces.size(); i++) {
                PhotoScaler.ScaledPhoto piece = pieces.get(i);
                boolean last = i == pieces.size() - 1;
                float h = w * piece.height() / piece.width();
                if (placement.pages() > 1) {
                    flow.newPage(); // a long screenshot: each piece on a page of its own
                } else {
                    flow.ensure(h + (last ? captionHeight : 0));
                }
                flow.image(JPEGFactory.createFromByteArray(document, piece.jpeg()), x, w, h);
            }
            photosPlaced++;
        }
        flow.space(5);
        flow.exhibitMark(Exhibits.both(exhibits.number(evidence), labels) + "  " + evidence.fileName());
        flow.text(Exhibits.both(exhibits.number(evidence), labels), Style.EXHIBIT, 0);
        String caption = caption(evidence);
        if (caption != null) {
            flow.text(caption, Style.BODY, 0);
        }
        for (String line : captionLines) {
            flow.text(line, Style.SMALL, 0);
        }
        flow.space(16);
    }

    /*
     * The caption as this copy prints it. The factory's copy leaves out a caption written in Vietnamese,
     * which its reader cannot read, and names instead the defects the photo was marked as showing.
     */
    private String caption(Evidence e) {
        if (!content.forFactory() || e.caption() == null || !app.dossier.domain.ChineseText.hasVietnamese(e.caption())) {
            return e.caption();
        }
        var receiving = content.caseFile().receiving();
        if (receiving == null) {
            return null;
        }
        List<String> kinds = receiving.defects().stream().filter(d -> d.evidenceIds().contains(e.id()))
                .map(d -> labels.defect(d.kind())).toList();
        return kinds.isEmpty() ? null : String.join("; ", kinds);
    }

    private List<String> captionLines(Evidence e) {
        List<String> lines = new ArrayList<>();
        String taken = e.capturedAt() == null ? labels.both(Label.NOT_RECORDED) : DateInput.format(e.capturedAt());
        lines.add(labels.both(Label.TAKEN) + ": " + taken + "    " + labels.both(Label.FILE) + ": " + e.fileName()
                + " (" + size(e.size()) + ")");
        lines.add("SHA-256: " + e.sha256());
        return lines;
    }

    /** When a file was taken, and for a video how long it runs ("2026-10-03 10:30\n0:14"). */
    private String taken(Evidence e) {
        String when = e.capturedAt() == null ? "" : DateInput.format(e.capturedAt());
        PacketPhoto where = e.mediaType().startsWith("video/") ? content.photos().apply(e) : null;
        if (where == null || where.duration() == null) {
            return when;
        }
        long seconds = Math.max(1, Math.round(where.duration().toMillis() / 1000.0));
        String length = String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
        return when.isEmpty() ? length : when + "\n" + length;
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
