package app.dossier.tree;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of RFC 8493 that make a bag valid: complete, every checksum verifies, Payload-Oxum matches. */
final class BagCheck {
    private static final Pattern MANIFEST = Pattern.compile("manifest-([a-z0-9]+)\\.txt");
    private static final Pattern TAG_MANIFEST = Pattern.compile("tagmanifest-([a-z0-9]+)\\.txt");

    private final Bag bag;

    BagCheck(Bag bag) {
        this.bag = bag;
    }

    List<BagProblem> structure() {
        List<BagProblem> problems = new ArrayList<>(bag.openingProblems());
        checkBagItTxt(problems);
        Map<String, Map<String, String>> manifests = payloadManifests(problems);
        Map<String, String> fetched = fetchList(problems);
        if (manifests.isEmpty()) {
            problems.add(new BagProblem(BagProblem.Kind.INVALID, BagPaths.MANIFEST, "the bag has no payload manifest"));
        }
        manifests.forEach((name, entries) -> entries.keySet().forEach(path -> {
            if (!path.startsWith(BagPaths.PAYLOAD)) {
                problems.add(new BagProblem(BagProblem.Kind.INVALID, path, "listed in " + name + " outside data/"));
            } else if (!bag.files().contains(path) && !fetched.containsKey(path)) {
                problems.add(new BagProblem(BagProblem.Kind.MISSING, path, "listed in " + name + ", not in the bag"));
            }
        }));
        for (String path : bag.payloadFiles()) {
            for (Map.Entry<String, Map<String, String>> manifest : manifests.entrySet()) {
                if (!manifest.getValue().containsKey(path)) {
                    problems.add(new BagProblem(BagProblem.Kind.EXTRA, path, "not listed in " + manifest.getKey()));
                }
            }
        }
        checkOxum(problems);
        checkTagFiles(problems);
        return problems;
    }

    /**
     * bagit.txt (RFC 8493, 2.1.1): exactly "BagIt-Version: M.N" and "Tag-File-Character-Encoding:
     * ENCODING", in UTF-8 without a byte-order mark. The encoding may be any Java can read; the other
     * tag files are read in it.
     */
    private void checkBagItTxt(List<BagProblem> problems) {
        if (bag.startsWithByteOrderMark(BagPaths.BAGIT_TXT)) {
            problems.add(new BagProblem(BagProblem.Kind.INVALID, BagPaths.BAGIT_TXT,
                    "it starts with a byte-order mark, which RFC 8493 (2.1.1) forbids in bagit.txt;"
                            + " save it again as UTF-8 without BOM"));
        }
        List<String> bagIt = bag.lines(BagPaths.BAGIT_TXT).stream().filter(line -> !line.isEmpty()).toList();
        if (bagIt.size() != 2 || !bagIt.get(0).matches("BagIt-Version: *\\d+\\.\\d+ *")
                || !bagIt.get(1).matches("Tag-File-Character-Encoding: *\\S+ *")) {
            problems.add(new BagProblem(BagProblem.Kind.INVALID, BagPaths.BAGIT_TXT,
                    "it must say exactly BagIt-Version: M.N and Tag-File-Character-Encoding: ENCODING"));
            return;
        }
        if (bag.tagFileEncoding().isEmpty()) {
            problems.add(new BagProblem(BagProblem.Kind.INVALID, BagPaths.BAGIT_TXT, "Tag-File-Character-Encoding “"
                    + bag.declaredEncoding().orElse("") + "” is not an encoding Dossier can read"));
        }
    }

    /**
     * fetch.txt (RFC 8493, 2.2.3): each line "URL LENGTH PATH" names a payload file to be downloaded.
     * Dossier downloads nothing, so a file listed there and not in the bag leaves the bag incomplete;
     * a path outside data/ or outside the bag is refused. Returns URL by path.
     */
    private Map<String, String> fetchList(List<BagProblem> problems) {
        Map<String, String> fetched = new TreeMap<>();
        if (!bag.files().contains(BagPaths.FETCH_TXT)) {
            return fetched;
        }
        int number = 0;
        for (String line : bag.lines(BagPaths.FETCH_TXT)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("[ \\t]+", 3);
            if (parts.length < 3 || !parts[1].matches("\\d+|-")) {
                problems.add(new BagProblem(BagProblem.Kind.INVALID, BagPaths.FETCH_TXT,
                        "line " + number + " is not “URL length path”"));
                continue;
            }
            String path = BagPaths.nfc(BagPaths.decode(BagPaths.withoutDotSlash(parts[2])));
            String unsafe = BagPaths.unsafe(path);
            if (unsafe != null) {
                problems.add(new BagProblem(BagProblem.Kind.UNSAFE, path, "listed in fetch.txt with " + unsafe));
            } else if (!path.startsWith(BagPaths.PAYLOAD)) {
                problems.add(new BagProblem(BagProblem.Kind.UNSAFE, path,
                        "listed in fetch.txt outside data/, where only the payload may be fetched to"));
            } else {
                fetched.put(path, parts[0]);
                if (!bag.files().contains(path)) {
                    problems.add(new BagProblem(BagProblem.Kind.MISSING, path, "to be downloaded from " + parts[0]
                            + " (fetch.txt); Dossier downloads nothing, so the bag is not complete"));
                }
            }
        }
        return fetched;
    }

    /** The payload manifests by file name ("manifest-sha256.txt"), each read and decoded. */
    private Map<String, Map<String, String>> payloadManifests(List<BagProblem> problems) {
        Map<String, Map<String, String>> manifests = new TreeMap<>();
        for (String name : bag.files()) {
            Matcher m = MANIFEST.matcher(name);
            if (!m.matches()) {
                continue;
            }
            if (!BagPaths.ALGORITHMS.containsKey(m.group(1))) {
                problems.add(new BagProblem(BagProblem.Kind.INVALID, name, "Dossier cannot check " + m.group(1)
                        + " checksums"));
                continue;
            }
            manifests.put(name, bag.readManifest(name, problems));
        }
        return manifests;
    }

    private void checkOxum(List<BagProblem> problems) {
        String oxum = bag.info().get("Payload-Oxum");
        if (oxum == null) {
            return;
        }
        Matcher m = Pattern.compile("(\\d+)\\.(\\d+)").matcher(oxum.strip());
        if (!m.matches()) {
            problems.add(new BagProblem(BagProblem.Kind.OXUM, BagPaths.BAG_INFO_TXT,
                    "Payload-Oxum “" + oxum + "” is not bytes.files"));
            return;
        }
        long bytes = bag.payloadFiles().stream().mapToLong(bag::size).sum();
        long count = bag.payloadFiles().size();
        if (Long.parseLong(m.group(1)) != bytes || Long.parseLong(m.group(2)) != count) {
            problems.add(new BagProblem(BagProblem.Kind.OXUM, BagPaths.BAG_INFO_TXT, "Payload-Oxum says "
                    + m.group(1) + " bytes in " + m.group(2) + " files; the payload has " + bytes + " bytes in "
                    + count + " files"));
        }
    }

    private void checkTagFiles(List<BagProblem> problems) {
        for (String name : bag.files()) {
            Matcher m = TAG_MANIFEST.matcher(name);
            if (!m.matches() || !BagPaths.ALGORITHMS.containsKey(m.group(1))) {
                continue;
            }
            for (Map.Entry<String, String> entry : bag.readManifest(name, problems).entrySet()) {
                String path = entry.getKey();
                if (!bag.files().contains(path)) {
                    problems.add(new BagProblem(BagProblem.Kind.MISSING, path, "listed in " + name + ", not in the bag"));
                    continue;
                }
                try {
                    if (!bag.hash(path, m.group(1)).equals(entry.getValue())) {
                        problems.add(new BagProblem(BagProblem.Kind.CHANGED, path, checksumName(m.group(1))
                                + " differs from " + name));
                    }
                } catch (IOException e) {
                    problems.add(new BagProblem(BagProblem.Kind.INVALID, path, "cannot be read: " + e.getMessage()));
                }
            }
        }
    }

    List<BagProblem> everything(Bag.Progress progress) {
        List<BagProblem> problems = structure();
        Map<String, Map<String, String>> manifests = payloadManifests(new ArrayList<>());
        long total = bag.payloadFiles().stream().mapToLong(bag::size).sum();
        long done = 0;
        for (String path : bag.payloadFiles()) {
            if (progress.cancelled()) {
                break;
            }
            progress.at(path, done, total);
            for (Map.Entry<String, Map<String, String>> manifest : manifests.entrySet()) {
                String expected = manifest.getValue().get(path);
                if (expected == null) {
                    continue;
                }
                String algorithm = algorithmOf(manifest.getKey());
                try {
                    if (!bag.hash(path, algorithm).equals(expected)) {
                        problems.add(new BagProblem(BagProblem.Kind.CHANGED, path, checksumName(algorithm)
                                + " differs from " + manifest.getKey()));
                    }
                } catch (IOException e) {
                    problems.add(new BagProblem(BagProblem.Kind.CHANGED, path, "cannot be read: " + e.getMessage()));
                }
            }
            done += bag.size(path);
        }
        progress.at("", done, total);
        return problems;
    }

    private static String algorithmOf(String manifestName) {
        Matcher m = MANIFEST.matcher(manifestName);
        if (!m.matches()) {
            throw new IllegalArgumentException(manifestName);
        }
        return m.group(1);
    }

    private static String checksumName(String algorithm) {
        return switch (algorithm) {
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            case "sha1" -> "SHA-1";
            default -> algorithm.toUpperCase(Locale.ROOT);
        };
    }
}
