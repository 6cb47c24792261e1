package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.packet.PacketPages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A written packet's pages as pictures for the window's printer, drawn one at a time so a long packet
 * never holds them all. A packet that cannot be read is {@code PRINT_FAILED}, naming it.
 */
public final class PagesToPrint implements AutoCloseable {
    private final Path packet;
    private final PacketPages pages;

    private PagesToPrint(Path packet, PacketPages pages) {
        this.packet = packet;
        this.pages = pages;
    }

    static PagesToPrint of(Path packet) {
        try {
            return new PagesToPrint(packet, PacketPages.open(packet));
        } catch (IOException e) {
            throw new DossierException(Refusal.PRINT_FAILED.with(packet, e.getMessage()), e);
        }
    }

    public int count() {
        return pages.count();
    }

    /** Page {@code index}, from 0. */
    public PageImage page(int index) {
        try {
            BufferedImage image = pages.page(index);
            int width = image.getWidth();
            int height = image.getHeight();
            return new PageImage(width, height, image.getRGB(0, 0, width, height, null, 0, width));
        } catch (IOException e) {
            throw new DossierException(Refusal.PRINT_FAILED.with(packet, e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            pages.close();
        } catch (IOException e) {
            // Only read from; nothing is lost when closing fails.
        }
    }
}
