package app.dossier.packet;

import java.nio.file.Path;
import java.util.List;

/**
 * What was written: the file, its pages and size, how many photos are in it, and the names of
 * those that could not be shown (missing or unreadable), so the user can be told.
 */
public record PacketSummary(Path file, int pages, long bytes, int photos, List<String> photosNotShown) {
    public PacketSummary {
        photosNotShown = List.copyOf(photosNotShown);
    }
}
