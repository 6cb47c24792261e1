package app.dossier.packet;

import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.LocalFormat;
import app.dossier.files.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The dispute packet: one printable, archival (PDF/A-2b) A4 file for the factory or the 1688
 * platform, in Chinese and the buyer's language.
 *
 * <p>Cover (factory, order, the claim, the resolution asked for, and which evidence is missing) →
 * the message → the timeline → one section per evidence category, in the seed's order, every photo
 * with its caption, capture time and SHA-256 → payment ledger → receiving record → (the buyer's own copy)
 * the order's history of changes → appendix listing every file with its SHA-256. Each section has a
 * bookmark; every page says "page n of m" and the head of the order's history.
 */
public final class DisputePacket {

    /**
     * Writes the packet to {@code target}, through a temporary file beside it, so that a failure never
     * leaves half a packet behind. Temporary files that a Dossier stopped mid-packet left in that folder
     * are removed first.
     *
     * @throws DossierException saying what went wrong, in words for the user
     */
    public PacketSummary write(PacketContent content, Path target) {
        Path temp = null;
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            PacketTempFiles.removeLeftovers(folder);
            temp = PacketTempFiles.create(folder);
            PacketSummary[] summaries = new PacketSummary[1];
            // on disk before it takes the packet's name, so that not even a power cut leaves half a packet there
            AtomicFile.writeThrough(temp, target, out -> summaries[0] = write(content, out));
            PacketSummary summary = summaries[0];
            return new PacketSummary(target, summary.pages(), Files.size(target), summary.photos(),
                    summary.photosNotShown());
        } catch (IOException e) {
            if (app.dossier.domain.DiskFull.isCauseOf(e)) {
                throw new DossierException("The disk is full: the dispute packet could not be written to " + target
                        + ", and nothing was left there. Free some space, or choose another place, and try again.", e);
            }
            throw new DossierException("The dispute packet could not be written to " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the packet itself is in place or the error above is reported; a stray temp file is harmless
                }
            }
        }
    }

    /** Writes the packet to a stream; the summary's file is null and its size is what was written. */
    public PacketSummary write(PacketContent content, OutputStream out) throws IOException {
        Labels labels = new Labels(content.buyerLanguage());
        // the photos' and fonts' streams wait in a temp file, not on the heap, until the packet is saved
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PacketFonts fonts = PacketFonts.load(document);
            PageFlow flow = new PageFlow(document, fonts);
            PacketSections sections = new PacketSections(flow, labels, content);
            EvidencePages evidence = new EvidencePages(document, flow, labels, content);

            sections.cover();
            sections.messages();
            sections.timeline();
            for (EvidenceCategory category : EvidenceCategory.values()) {
                evidence.section(category);
            }
            sections.ledger();
            sections.receiving();
            if (!content.forFactory()) {
                new ChangesSection(flow, labels, content).write();
            }
            sections.appendix(e -> EvidencePages.size(e.size()));

            int pages = document.getNumberOfPages();
            flow.finish(sections.runningHeader(), ChangesSection.footer(labels, content), n -> labels.page(n, pages));
            outline(document, flow);

            String title = labels.zh(Label.TITLE) + " " + content.facts().orderLabel() + " · "
                    + content.caseFile().factory().name();
            PdfArchive.mark(document, title, content.buyerLanguage() == Language.CHINESE ? "zh-CN"
                    : content.buyerLanguage().tag(), calendar(content));
            CountingStream counted = new CountingStream(out);
            document.save(counted);
            return new PacketSummary(null, pages, counted.count, evidence.photosPlaced(), evidence.unreadable());
        }
    }

    /** The file name the packet is saved under by default: "Dispute packet 2837461920384756123 2026-10-04.pdf". */
    public static String fileName(PacketContent content) {
        return "Dispute packet " + content.facts().orderLabel() + " "
                + LocalFormat.date(content.generatedOn(), Language.ENGLISH) + ".pdf";
    }

    private static void outline(PDDocument document, PageFlow flow) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem section = null;
        for (PageFlow.Mark mark : flow.marks()) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(mark.page());
            destination.setTop((int) mark.top());
            destination.setLeft(0);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.title());
            item.setDestination(destination);
            if (mark.child() && section != null) {
                section.addLast(item);
            } else {
                outline.addLast(item);
                section = item;
            }
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /* The date the packet says it was made, at midnight UTC, so that the same input gives the same metadata. */
    private static Calendar calendar(PacketContent content) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(content.generatedOn().getYear(), content.generatedOn().getMonthValue() - 1,
                content.generatedOn().getDayOfMonth());
        return calendar;
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

}
