package app.dossier.tree;

import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.files.AtomicFile;
import app.dossier.files.SafeNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The case-file tree under one root: {@code <Factory>/<yyyy-MM-dd> <order number or product>/}
 * holding the four category folders and {@code case.json}. Every path it hands out is checked
 * to stay inside the root.
 */
public final class CaseFileTree {
    public static final String CASE_JSON = "case.json";
    public static final String FACTORY_JSON = "factory.json";
    /** The buyer's business profile, at the root beside the factories' folders. */
    public static final String BUSINESS_PROFILE_JSON = "business-profile.json";
    /** Prefix of files being written; they are renamed into place only when complete. */
    public static final String PART_PREFIX = AtomicFile.TEMP_PREFIX;
    public static final String PART_SUFFIX = AtomicFile.TEMP_SUFFIX;

    private final Path root;

    public CaseFileTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Resolves a path stored in the database or case.json ("Factory/2026-09-02 123/Payments/a.png").
     * Refuses anything that would land outside the root.
     */
    public Path resolve(String relative) {
        if (relative == null || relative.isBlank()) {
            throw new DossierException("An empty path was asked for inside the case files.");
        }
        Path result = root;
        for (String segment : relative.split("/")) {
            if (!SafeNames.isSafeSegment(segment)) {
                throw new DossierException("“" + relative + "” is not a safe path inside the case files.");
            }
            result = result.resolve(segment);
        }
        Path normalized = result.normalize();
        if (!normalized.startsWith(root) || normalized.equals(root)) {
            throw new DossierException("“" + relative + "” points outside the case files folder.");
        }
        return normalized;
    }

    /** The path of a file relative to the root, with forward slashes. */
    public String relative(Path path) {
        Path rel = root.relativize(path.toAbsolutePath().normalize());
        StringBuilder text = new StringBuilder();
        for (Path part : rel) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(part.toString());
        }
        return text.toString();
    }

    /** The name a factory's folder should have. */
    public static String factoryFolderName(String factoryName) {
        return SafeNames.segment(factoryName, "Factory");
    }

    /** The name an order's folder should have: "2026-09-02 2837461920384756123". */
    public static String orderFolderName(LocalDate orderedOn, String label) {
        return SafeNames.segment(orderedOn + " " + SafeNames.segment(label, "order"), orderedOn.toString());
    }

    /**
     * A name for a new entry in {@code folder} that no existing entry has, comparing without case
     * as Windows and macOS do: {@code wanted}, else {@code wanted (2)}, {@code wanted (3)}, …
     * {@code keep} is an entry that may keep its own name (the one being renamed).
     */
    public String freeName(Path folder, String wanted, String keep) {
        return freeName(folder, wanted, keep, Set.of());
    }

    /** As {@link #freeName(Path, String, String)}, also avoiding {@code alsoTaken} (lower-case names). */
    public String freeName(Path folder, String wanted, String keep, Set<String> alsoTaken) {
        Set<String> taken = new HashSet<>(alsoTaken);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (!name.equals(keep)) {
                        taken.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new DossierException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
            }
        }
        String candidate = wanted;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = SafeNames.withCollisionNumber(wanted, n);
        }
        return candidate;
    }

    /** Creates an order's folder with its four category folders (those that are missing). */
    public void createOrderFolders(Path orderFolder) throws IOException {
        for (EvidenceCategory category : EvidenceCategory.values()) {
            Path folder = orderFolder.resolve(category.folderName());
            if (!Files.isDirectory(folder)) {
                // one level only: an order folder that went away is not made again here
                Files.createDirectory(folder);
            }
        }
    }

    /** Moves a folder in one step; fails rather than merge into or replace an existing one. */
    public void moveFolder(Path from, Path to) throws IOException {
        if (Files.exists(to) && !isSameEntry(from, to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(to.getParent());
        syncFolder(from.getParent());
    }

    private static boolean isSameEntry(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes bytes to {@code target} through a temp file, fsync and an atomic rename. */
    public void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFile.write(target, bytes);
    }

    /** Makes a rename durable where the platform allows fsync on a folder (Linux, macOS). */
    public static void syncFolder(Path folder) {
        AtomicFile.syncFolder(folder);
    }

    /** True for files Dossier writes while working, which are never evidence. */
    public static boolean isPartFile(String name) {
        return AtomicFile.isTempFile(name);
    }
}
