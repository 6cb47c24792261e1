package app.dossier.tree;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A note, written and fsynced before a change touches the tree, of each thing it is about to do:
 * a file placed, a folder created or moved, a case.json rewritten. A change that completes, or
 * is undone, deletes its note. A note still there at the next start belongs to a change cut off by
 * a crash, and tells the recovery exactly what to check.
 */
public final class ChangeJournal {
    private static final String BY = "change-by-";

    private final Path folder;
    private final String writer;

    public ChangeJournal(Path folder) {
        this(folder, "");
    }

    /**
     * Notes kept where every Dossier writing to the same case files reads them (the team folder),
     * each named with the {@code writer} that made it, so that another Dossier undoes it only once
     * that writer has gone.
     */
    public ChangeJournal(Path folder, String writer) {
        this.folder = folder;
        this.writer = writer;
    }

    public Path folder() {
        return folder;
    }

    /** Starts the note of one change; nothing is written until its first step. */
    public Entry begin() {
        String name = writer.isEmpty() ? "change-" : BY + writer + "-";
        return new Entry(folder.resolve(name + UUID.randomUUID() + ".log"));
    }

    /** The notes of changes that did not finish. */
    public List<Note> pending() throws IOException {
        List<Note> notes = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return notes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "change-*.log")) {
            for (Path file : files) {
                List<Step> steps = new ArrayList<>();
                List<String> lines;
                try {
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                } catch (java.nio.file.NoSuchFileException e) {
                    continue; // another Dossier's change finished meanwhile
                }
                for (String line : lines) {
                    int space = line.indexOf(' ');
                    if (space < 0) {
                        continue; // a line cut off by the crash: its step never started
                    }
                    String[] paths = line.substring(space + 1).split("\t", -1);
                    try {
                        Step.Kind kind = Step.Kind.valueOf(line.substring(0, space));
                        steps.add(new Step(kind, paths[0], paths.length > 1 ? paths[1] : null));
                    } catch (IllegalArgumentException e) {
                        // an unknown or cut-off word: ignored
                    }
                }
                notes.add(new Note(file, steps));
            }
        }
        return notes;
    }

    /** One thing a change did to the tree; paths are relative to the case-files root. */
    public record Step(Kind kind, String path, String to) {
        public enum Kind {
            CREATED,
            PLACED,
            MOVED,
            WROTE,
            /** A file moved out of the tree into a trash folder ({@code to}: the folder's name). */
            TRASHED,
            /** A file moved from a trash folder ({@code to}: its name) back into the tree. */
            UNTRASHED,
            /** A file moved from one category folder of an order to another ({@code to}: where it went). */
            RELOCATED,
            /** A deleted order's or factory's folder moved out of the tree into a trash folder ({@code to}: its name). */
            DISCARDED
        }
    }

    /** The note of a change that did not finish. */
    public record Note(Path file, List<Step> steps) {
        /** Which Dossier noted it (see {@link ChangeJournal#ChangeJournal(Path, String)}); empty: one on this PC. */
        public String writer() {
            String name = file.getFileName().toString();
            if (!name.startsWith(BY)) {
                return "";
            }
            int end = name.indexOf('-', BY.length());
            return end < 0 ? "" : name.substring(BY.length(), end);
        }

        public void discard() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** The note of the change under way. */
    public static final class Entry {
        private final Path file;
        private FileChannel channel;

        private Entry(Path file) {
            this.file = file;
        }

        public void created(String path) throws IOException {
            write(Step.Kind.CREATED + " " + path);
        }

        public void placed(String path) throws IOException {
            write(Step.Kind.PLACED + " " + path);
        }

        /** Several files about to be placed, noted with one fsync. */
        public void placed(List<String> paths) throws IOException {
            write(paths.stream().map(path -> Step.Kind.PLACED + " " + path).toList());
        }

        public void moved(String from, String to) throws IOException {
            write(Step.Kind.MOVED + " " + from + "\t" + to);
        }

        public void trashed(String path, String trashFolder) throws IOException {
            write(Step.Kind.TRASHED + " " + path + "\t" + trashFolder);
        }

        public void untrashed(String path, String trashFolder) throws IOException {
            write(Step.Kind.UNTRASHED + " " + path + "\t" + trashFolder);
        }

        public void relocated(String from, String to) throws IOException {
            write(Step.Kind.RELOCATED + " " + from + "\t" + to);
        }

        public void discarded(String folder, String trashFolder) throws IOException {
            write(Step.Kind.DISCARDED + " " + folder + "\t" + trashFolder);
        }

        public void wrote(String path) throws IOException {
            write(Step.Kind.WROTE + " " + path);
        }

        private void write(String line) throws IOException {
            write(List.of(line));
        }

        private void write(List<String> lines) throws IOException {
            if (channel == null) {
                Files.createDirectories(file.getParent());
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line).append('\n'));
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }

        /** The change completed or was undone: the note is no longer needed. */
        public void done() throws IOException {
            close();
            Files.deleteIfExists(file);
        }

        /** Keeps the note for the next start (the undo could not finish). */
        public void keep() throws IOException {
            close();
        }

        private void close() throws IOException {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }
    }
}
