package app.dossier.tree;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A BagIt bag (RFC 8493) opened for reading, from a folder or from a zip (the bag at the zip's top
 * or in its one top folder). Names are compared in Unicode NFC, so a bag that passed through a Mac
 * still matches its manifest. Opening reads no payload; {@link #check} re-hashes every file.
 */
public final class Bag implements AutoCloseable {
    private static final int BUFFER = 1 << 20;

    /** Told about each file as it is hashed; asked whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void at(String path, long bytesDone, long bytesTotal) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void at(String path, long bytesDone, long bytesTotal);

        boolean cancelled();
    }

    private final Path source;
    private final ZipFile zip;
    private final Path folder;
    /** Every file, by its NFC path relative to the bag: the zip entry or the file. */
    private final Map<String, Object> files = new TreeMap<>();
    private final Map<String, Long> sizes = new TreeMap<>();
    private final Set<String> folders = new TreeSet<>();
    private final List<BagProblem> openingProblems = new ArrayList<>();

    private Bag(Path source, ZipFile zip, Path folder) {
        this.source = source;
        this.zip = zip;
        this.folder = folder;
    }

    /** Opens the bag at {@code path}, a folder or a zip; says so plainly when it is not a bag. */
    public static Bag open(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            Bag bag = new Bag(absolute, null, absolute);
            bag.listFolder();
            return bag.requireBagIt();
        }
        if (!Files.isRegularFile(absolute)) {
            throw new DossierException(Refusal.BAG_MISSING.with(absolute));
        }
        ZipFile zip;
        try {
            zip = new ZipFile(absolute.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DossierException(Refusal.BAG_UNREADABLE.with(absolute, e.getMessage()), e);
        }
        Bag bag = new Bag(absolute, zip, null);
        try {
            bag.listZip();
            return bag.requireBagIt();
        } catch (RuntimeException e) {
            bag.close();
            throw e;
        }
    }

    private Bag requireBagIt() {
        if (!files.containsKey(BagPaths.BAGIT_TXT)) {
            close();
            throw new DossierException(source + " is not a BagIt bag: it has no bagit.txt"
                    + (zip == null ? "." : " at its top or in its one top folder."));
        }
        return this;
    }

    private void listFolder() {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder)) {
                        folders.add(relative(dir));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        add(relative(file), file, attrs.size(), file.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    openingProblems.add(new BagProblem(BagProblem.Kind.INVALID, relative(file),
                            "cannot be read: " + exc.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new DossierException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private String relative(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path part : folder.relativize(path)) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(part);
        }
        return BagPaths.nfc(text.toString());
    }

    private void listZip() {
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> tops = new TreeSet<>();
        boolean bagItAtTop = false;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String unsafe = BagPaths.unsafe(entry.getName());
            if (unsafe != null) {
                openingProblems.add(new BagProblem(BagProblem.Kind.UNSAFE, entry.getName(), "the name has " + unsafe));
                continue;
            }
            entries.add(entry);
            String name = BagPaths.nfc(entry.getName());
            int slash = name.indexOf('/');
            tops.add(slash < 0 ? name : name.substring(0, slash));
            bagItAtTop |= name.equals(BagPaths.BAGIT_TXT);
        }
        String prefix = "";
        if (!bagItAtTop) {
            List<String> candidates = tops.stream()
                    .filter(top -> entries.stream().anyMatch(en -> BagPaths.nfc(en.getName()).equals(top + "/" + BagPaths.BAGIT_TXT)))
                    .toList();
            if (candidates.size() == 1) {
                prefix = candidates.get(0) + "/";
            }
        }
        for (ZipEntry entry : entries) {
            String name = BagPaths.nfc(entry.getName());
            if (!name.startsWith(prefix)) {
                openingProblems.add(new BagProblem(BagProblem.Kind.EXTRA, entry.getName(), "outside the bag's folder"));
                continue;
            }
            String path = name.substring(prefix.length());
            if (path.isEmpty()) {
                continue;
            }
            if (entry.isDirectory()) {
                folders.add(path.substring(0, path.length() - 1));
            } else {
                add(path, entry, entry.getSize(), entry.getName());
            }
        }
    }

    private void add(String path, Object handle, long size, String rawName) {
        if (files.containsKey(path)) {
            openingProblems.add(new BagProblem(BagProblem.Kind.DUPLICATE, rawName, "another entry has the same name"));
            return;
        }
        files.put(path, handle);
        sizes.put(path, size);
        int slash = path.lastIndexOf('/');
        while (slash > 0) {
            folders.add(path.substring(0, slash));
            slash = path.lastIndexOf('/', slash - 1);
        }
    }

    public Path source() {
        return source;
    }

    /** Every file in the bag by its path relative to the bag ("bagit.txt", "data/…"), sorted. */
    public Set<String> files() {
        return Collections.unmodifiableSet(files.keySet());
    }

    /** The payload's files: paths starting "data/". */
    public List<String> payloadFiles() {
        return files.keySet().stream().filter(p -> p.startsWith(BagPaths.PAYLOAD)).toList();
    }

    /** Every folder in the bag, also those that hold nothing. */
    public Set<String> folders() {
        return Collections.unmodifiableSet(folders);
    }

    public long size(String path) {
        Long size = sizes.get(path);
        return size == null ? -1 : size;
    }

    public InputStream open(String path) throws IOException {
        Object handle = files.get(path);
        if (handle == null) {
            throw new java.nio.file.NoSuchFileException(path);
        }
        return handle instanceof ZipEntry entry ? zip.getInputStream(entry) : Files.newInputStream((Path) handle);
    }

    /** bag-info.txt: each label's first value ("Payload-Oxum" → "1234.5"); empty when there is none. */
    public Map<String, String> info() {
        Map<String, String> info = new LinkedHashMap<>();
        if (!files.containsKey(BagPaths.BAG_INFO_TXT)) {
            return info;
        }
        String label = null;
        StringBuilder value = new StringBuilder();
        for (String line : lines(BagPaths.BAG_INFO_TXT)) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && label != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (label != null) {
                info.putIfAbsent(label, value.toString());
            }
            int colon = line.indexOf(':');
            label = colon < 0 ? null : line.substring(0, colon).strip();
            value = new StringBuilder(colon < 0 ? "" : line.substring(colon + 1).strip());
        }
        if (label != null) {
            info.putIfAbsent(label, value.toString());
        }
        return info;
    }

    /**
     * The payload manifest of {@code algorithm} ("sha256"): each file's checksum by its decoded NFC
     * path. Empty when the bag has no such manifest.
     */
    public Map<String, String> manifest(String algorithm) {
        return readManifest("manifest-" + algorithm + ".txt", new ArrayList<>());
    }

    Map<String, String> readManifest(String name, List<BagProblem> problems) {
        Map<String, String> entries = new TreeMap<>();
        if (!files.containsKey(name)) {
            return entries;
        }
        int number = 0;
        for (String line : lines(name)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("[ \\t]+", 2);
            if (parts.length < 2 || !parts[0].matches("[0-9a-fA-F]+")) {
                problems.add(new BagProblem(BagProblem.Kind.INVALID, name, "line " + number + " is not “checksum path”"));
                continue;
            }
            String path = BagPaths.nfc(BagPaths.decode(BagPaths.withoutDotSlash(parts[1].replaceFirst("^\\*", ""))));
            String unsafe = BagPaths.unsafe(path);
            if (unsafe != null) {
                problems.add(new BagProblem(BagProblem.Kind.UNSAFE, path, "listed in " + name + " with " + unsafe));
                continue;
            }
            entries.put(path, parts[0].toLowerCase(Locale.ROOT));
        }
        return entries;
    }

    /**
     * The lines of a tag file: bagit.txt in UTF-8, every other tag file in the encoding bagit.txt
     * declares (UTF-8 when it declares none Java knows; {@link BagCheck} reports that). A byte-order
     * mark at the start is dropped; whether bagit.txt may have one is for {@link BagCheck} to say.
     */
    List<String> lines(String path) {
        Charset charset = path.equals(BagPaths.BAGIT_TXT) ? StandardCharsets.UTF_8
                : tagFileEncoding().orElse(StandardCharsets.UTF_8);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), charset))) {
            List<String> lines = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
            return lines;
        } catch (IOException e) {
            throw new DossierException("Cannot read " + path + " in " + source + ": " + e.getMessage(), e);
        }
    }

    /** The encoding named by bagit.txt's Tag-File-Character-Encoding, when Java knows it. */
    Optional<Charset> tagFileEncoding() {
        return declaredEncoding().flatMap(name -> {
            try {
                return Optional.of(Charset.forName(name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The name bagit.txt gives after Tag-File-Character-Encoding, as written. */
    Optional<String> declaredEncoding() {
        for (String line : lines(BagPaths.BAGIT_TXT)) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals("Tag-File-Character-Encoding")) {
                return Optional.of(line.substring(colon + 1).strip());
            }
        }
        return Optional.empty();
    }

    /** Whether the file starts with the UTF-8 byte-order mark. */
    boolean startsWithByteOrderMark(String path) {
        try (InputStream in = open(path)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB
                    && (start[2] & 0xff) == 0xBF;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What is wrong with the bag without reading the payload: bagit.txt, the manifests, every file
     * listed present and every payload file listed, Payload-Oxum, and the tag files' checksums.
     */
    public List<BagProblem> checkStructure() {
        return new BagCheck(this).structure();
    }

    /**
     * Every problem of the bag: its structure, then each payload file re-hashed against every
     * manifest. Empty means the bag is valid. Stops early, with what it found, when cancelled.
     */
    public List<BagProblem> check(Progress progress) {
        return new BagCheck(this).everything(progress);
    }

    List<BagProblem> openingProblems() {
        return openingProblems;
    }

    String hash(String path, String algorithm) throws IOException {
        MessageDigest digest = BagPaths.digest(algorithm);
        try (InputStream in = open(path)) {
            byte[] buffer = new byte[BUFFER];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // Only read from; nothing is lost.
            }
        }
    }
}
