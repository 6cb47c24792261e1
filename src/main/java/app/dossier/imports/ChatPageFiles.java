package app.dossier.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chat files chosen or dropped together, put in the groups they are imported in: the PyWxDump pages
 * among them ({@code wxid_li_0_5000.csv}, {@code wxid_li_5000_10000.csv}…) together as one chat, every
 * other file on its own. Told from each file's first line, as {@link ChatFormat#detect} tells them; a file
 * that cannot be read stays on its own, for its import to say why.
 */
public final class ChatPageFiles {
    /** Enough of a file for its first line. */
    private static final int HEAD = 64 * 1024;

    private ChatPageFiles() {
    }

    public static List<List<Path>> grouped(List<Path> files) {
        List<Path> pages = new ArrayList<>();
        List<List<Path>> groups = new ArrayList<>();
        for (Path file : files) {
            if (isPyWxDumpPage(file)) {
                if (pages.isEmpty()) {
                    groups.add(pages);
                }
                pages.add(file);
            } else {
                groups.add(List.of(file));
            }
        }
        return groups.stream().map(List::copyOf).toList();
    }

    private static boolean isPyWxDumpPage(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return false;
        }
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        // the first line only: a cut through a character further on does not spoil its reading
        return ChatFormat.detect(Arrays.copyOf(head, end)).orElse(null) == ChatFormat.PYWXDUMP_CSV;
    }
}
