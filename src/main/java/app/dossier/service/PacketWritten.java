package app.dossier.service;

import java.nio.file.Path;
import java.util.List;

/** A packet that was written: where, how many pages and bytes, how many photos, and which could not be shown. */
public record PacketWritten(Path file, int pages, long bytes, int photos, List<String> photosNotShown) {
}
