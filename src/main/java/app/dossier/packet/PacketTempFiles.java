package app.dossier.packet;

import app.dossier.files.NewFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hidden file a packet is written to before it takes its name:
 * {@code .dossier-packet-<process id>-<random>.part}. A Dossier killed while writing leaves one
 * beside where the packet was to go; the next packet written to that folder removes those whose
 * process has ended. One of a Dossier still running (another window, a command) is left alone.
 */
final class PacketTempFiles {
    static final String PREFIX = ".dossier-packet-";
    static final String SUFFIX = ".part";

    private PacketTempFiles() {
    }

    static Path create(Path folder) throws IOException {
        return NewFiles.createTempFile(folder, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
    }

    /** Removes the temp files of packets whose process has ended; what cannot be removed stays. */
    static void removeLeftovers(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (leftBehind(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException ignored) {
            // A temp file that stays is harmless: hidden, outside the case files, never a packet.
        }
    }

    /** True for the temp file of a process that is no longer running. */
    static boolean leftBehind(String name) {
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return false;
        }
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        try {
            long pid = Long.parseLong(rest.substring(0, dash));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
