package app.dossier.tree;

import app.dossier.domain.DossierException;
import app.dossier.files.FileTrees;
import app.dossier.files.NewFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a BagIt bag (RFC 8493), as a folder or as a zip holding one folder: {@code bagit.txt},
 * the payload under {@code data/}, {@code manifest-sha256.txt}, {@code bag-info.txt} with
 * Payload-Oxum, and {@code tagmanifest-sha256.txt}. Files are hashed as they are copied. Everything
 * goes to a temp file or folder beside the target, which is renamed into place in one step by
 * {@link #finish}; closing an unfinished writer removes it, so a bag is there complete or not at all.
 * Names are written in Unicode NFC.
 */
public final class BagWriter implements AutoCloseable {
    private static final int BUFFER = 1 << 20;

    private final Path target;
    private final Path temp;
    private final String zipPrefix;
    private final FileChannel zipChannel;
    private final ZipOutputStream zip;
    private final Map<String, String> manifest = new TreeMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private long octets;
    private boolean finished;

    private BagWriter(Path target, Path temp, FileChannel zipChannel) {
        this.target = target;
        this.temp = temp;
        this.zipChannel = zipChannel;
        if (zipChannel == null) {
            this.zip = null;
            this.zipPrefix = null;
        } else {
            this.zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(zipChannel), BUFFER),
                    StandardCharsets.UTF_8);
            this.zip.setLevel(Deflater.BEST_SPEED);
            String name = target.getFileName().toString();
            this.zipPrefix = BagPaths.nfc(name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    ? name.substring(0, name.length() - 4) : name) + "/";
        }
    }

    /** A bag written as the folder {@code target}, which must not exist yet. */
    public static BagWriter toFolder(Path target) {
        Path absolute = fresh(target);
        try {
            Path temp = NewFiles.createTempDirectory(absolute.getParent(), CaseFileTree.PART_PREFIX);
            Files.createDirectories(temp.resolve("data"));
            return new BagWriter(absolute, temp, null);
        } catch (IOException e) {
            throw new DossierException("Cannot write in " + absolute.getParent() + ": " + FileCopier.describe(e), e);
        }
    }

    /** A bag written as the zip {@code target}, which must not exist yet; its folder inside is named like the zip. */
    public static BagWriter toZip(Path target) {
        Path absolute = fresh(target);
        Path temp = null;
        try {
            temp = NewFiles.createTempFile(absolute.getParent(), CaseFileTree.PART_PREFIX, CaseFileTree.PART_SUFFIX);
            return new BagWriter(absolute, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new DossierException("Cannot write in " + absolute.getParent() + ": " + FileCopier.describe(e), e);
        }
    }

    private static Path fresh(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new DossierException(absolute + " already exists. Dossier never writes over it; choose another name.");
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new DossierException("Cannot create the folder " + absolute.getParent() + ": "
                    + FileCopier.describe(e), e);
        }
        return absolute;
    }

    /** Adds a folder of the payload, so that it is there even when empty. {@code path} is relative to data/. */
    public void addFolder(String path) throws IOException {
        String name = BagPaths.PAYLOAD + checked(path);
        if (zip != null) {
            zip.putNextEntry(new ZipEntry(zipPrefix + name + "/"));
            zip.closeEntry();
        } else {
            Files.createDirectories(resolve(name));
        }
    }

    /** Copies {@code source} into the payload at {@code path} (relative to data/); returns its SHA-256. */
    public String addFile(String path, Path source) throws IOException {
        String name = BagPaths.PAYLOAD + checked(path);
        try (InputStream in = Files.newInputStream(source)) {
            return write(name, in, Files.getLastModifiedTime(source), true);
        }
    }

    /** Adds {@code content} to the payload at {@code path} (relative to data/); returns its SHA-256. */
    public String addFile(String path, byte[] content) throws IOException {
        return write(BagPaths.PAYLOAD + checked(path), new java.io.ByteArrayInputStream(content), null, true);
    }

    private String checked(String path) {
        String name = BagPaths.nfc(path);
        String unsafe = BagPaths.unsafe(name);
        if (unsafe != null || name.endsWith("/")) {
            throw new IllegalArgumentException("not a relative path inside the bag: " + path);
        }
        if (manifest.containsKey(BagPaths.PAYLOAD + name)) {
            throw new IllegalArgumentException("added twice: " + path);
        }
        return name;
    }

    private String write(String name, InputStream in, FileTime modified, boolean payload) throws IOException {
        MessageDigest digest = BagPaths.digest("sha256");
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        if (zip != null) {
            ZipEntry entry = new ZipEntry(zipPrefix + name);
            if (modified != null) {
                entry.setLastModifiedTime(modified);
            }
            zip.putNextEntry(entry);
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
                zip.write(buffer, 0, read);
                size += read;
            }
            zip.closeEntry();
        } else {
            Path file = resolve(name);
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                    size += read;
                }
                channel.force(true);
            }
            if (modified != null) {
                Files.setLastModifiedTime(file, modified);
            }
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (payload) {
            manifest.put(name, sha256);
            octets += size;
        } else {
            tags.put(name, sha256);
        }
        return sha256;
    }

    private Path resolve(String name) {
        Path result = temp;
        for (String part : name.split("/")) {
            result = result.resolve(part);
        }
        return result;
    }

    /** Bytes in the payload so far. */
    public long payloadBytes() {
        return octets;
    }

    public int payloadFiles() {
        return manifest.size();
    }

    /**
     * Writes the tag files and puts the bag in place. {@code info} is bag-info.txt's labels in order
     * (Bagging-Date, External-Identifier, …); Payload-Oxum is added after them.
     */
    public Path finish(Map<String, String> info) throws IOException {
        writeTag(BagPaths.BAGIT_TXT, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        StringBuilder manifestText = new StringBuilder();
        manifest.forEach((path, sha) -> manifestText.append(sha).append("  ").append(BagPaths.encode(path)).append('\n'));
        writeTag(BagPaths.MANIFEST, manifestText.toString());
        StringBuilder infoText = new StringBuilder();
        Map<String, String> labels = new LinkedHashMap<>(info);
        labels.put("Payload-Oxum", octets + "." + manifest.size());
        labels.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                infoText.append(label).append(": ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append('\n');
            }
        });
        writeTag(BagPaths.BAG_INFO_TXT, infoText.toString());
        StringBuilder tagText = new StringBuilder();
        tags.forEach((path, sha) -> tagText.append(sha).append("  ").append(BagPaths.encode(path)).append('\n'));
        // The tag manifest lists the other tag files, never itself.
        byte[] tagManifest = tagText.toString().getBytes(StandardCharsets.UTF_8);
        write(BagPaths.TAG_MANIFEST, new java.io.ByteArrayInputStream(tagManifest), null, false);

        if (zip != null) {
            zip.finish();
            zip.flush();
            zipChannel.force(true);
            zip.close();
        } else {
            syncFolders(temp);
        }
        if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        CaseFileTree.syncFolder(target.getParent());
        finished = true;
        return target;
    }

    private void writeTag(String name, String text) throws IOException {
        write(name, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null, false);
    }

    private static void syncFolders(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                CaseFileTree.syncFolder(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes the unfinished bag, if it was not finished. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException | RuntimeException e) {
                // It is deleted below in any case.
            }
        }
        deleteQuietly(temp);
    }

    private static void deleteQuietly(Path path) {
        // A leftover temp is named .dossier-…, which verify and backups skip.
        FileTrees.deleteQuietly(path);
    }
}
