package app.dossier.crash;

import app.dossier.app.Composition;
import app.dossier.cli.DossierCommand;
import app.dossier.crash.CrashWorkload.Op;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.service.DataLocation;
import app.dossier.service.Problem;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import app.dossier.service.Snapshot;
import app.dossier.tree.CaseFileTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Kills Dossier with SIGKILL while it works, again and again, and checks after every kill that
 * nothing reported saved was lost and that the next start leaves the data folder consistent.
 *
 * <p>Each kill: a child JVM ({@link CrashWorkload}) runs commands against one data folder and prints
 * {@code SAVED} lines only after a command succeeded. The harness waits until the chosen operation
 * (attach, rename a factory, pay with proof, packet, rebuild, move an order, add an order, correct a
 * payment's amount, move a file to another category, remove a file to the trash and put it back, undo a
 * payment's correction) has begun,
 * waits a random time within how long that operation usually takes, and kills the process
 * ({@link Process#destroyForcibly()}: SIGKILL on Linux and macOS). Then it opens the data folder as the
 * app does (which runs the recovery), and checks: verify finds no problem; the database passes SQLite's
 * integrity check; no note of an unfinished change and no temp copy is left in the tree; every record
 * reported saved is there (factories by name, orders by number and date, files by order, category (or the
 * trash) and SHA-256, payments by reference, amount and the SHA-256 of their proof, packets complete), and
 * each order's history is a whole chain, the same in history.jsonl as in the database (verify checks it). Every tenth
 * kill, the first thing done afterwards is a rebuild, as a user who distrusts the database might.
 * At the end the database is rebuilt from the tree alone and must hold the same rows.
 */
public final class CrashHarness {
    /** The operations cycled through, one per kill. */
    static final Op[] CYCLE = {Op.ATTACH, Op.RENAME, Op.PAY, Op.PACKET, Op.REBUILD, Op.MOVE_ORDER, Op.ADD_ORDER,
        Op.EDIT_PAY, Op.MOVE_FILE, Op.TRASH, Op.UNDO};

    /** What the kills found. */
    public record Totals(int kills, int midOperation, int lost, int inconsistent, int recoveries, int savedLines,
            int failedCommands, int packetTempFiles, Map<Op, Integer> killsByOp, List<String> findings) {
        public String summary() {
            return String.format(Locale.ROOT, "kills: %d (%d in the middle of a command), lost: %d, inconsistent: %d,"
                    + " recoveries that did something: %d, records reported saved: %d, commands refused: %d,"
                    + " packet temp files left outside the case files: %d, kills by operation: %s",
                    kills, midOperation, lost, inconsistent, recoveries, savedLines, failedCommands, packetTempFiles,
                    killsByOp);
        }
    }

    private final Path data;
    private final Path sources;
    private final Path logs;
    private final long seed;
    private final Random random;
    private final PrintStream log;
    private final Ledger ledger = new Ledger();
    private final Map<Op, List<Long>> durations = new EnumMap<>(Op.class);
    private final List<String> findings = new ArrayList<>();
    private final Map<Op, Integer> killsByOp = new EnumMap<>(Op.class);
    private int midOperation;
    private int lost;
    private int inconsistent;
    private int recoveries;
    private int failedCommands;

    private CrashHarness(Path work, long seed, PrintStream log) throws IOException {
        this.data = work.resolve("data");
        this.sources = work.resolve("sources");
        this.logs = Files.createDirectories(work.resolve("logs"));
        this.seed = seed;
        this.random = new Random(seed);
        this.log = log;
    }

    /** Runs {@code kills} kills in {@code work} (an empty folder) and returns what they found. */
    public static Totals run(Path work, int kills, long seed, PrintStream log) throws Exception {
        return new CrashHarness(work, seed, log).loop(kills);
    }

    private Totals loop(int kills) throws Exception {
        for (int k = 0; k < kills; k++) {
            Op target = CYCLE[k % CYCLE.length];
            String killed = killOnce(k, target);
            boolean rebuildFirst = k % 10 == 9;
            String checked = check(rebuildFirst);
            log.printf(Locale.ROOT, "kill %d/%d %-10s %s; %s%n", k + 1, kills, target.word(), killed, checked);
            log.flush();
        }
        String last = finalRebuild();
        log.println(last);
        int litter = packetTempFiles();
        Totals totals = new Totals(kills, midOperation, lost, inconsistent, recoveries, ledger.savedLines,
                failedCommands, litter, killsByOp, List.copyOf(findings));
        log.println(totals.summary());
        findings.forEach(f -> log.println("  " + f));
        log.flush();
        return totals;
    }

    // ---- one kill -------------------------------------------------------------------------------

    private record Line(long nanos, String text) {
    }

    private String killOnce(int k, Op target) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName(),
                data.toString(), sources.toString(), Long.toString(seed * 1000 + k), target.word(), Integer.toString(k))
                .redirectError(logs.resolve("child-" + k + ".err").toFile())
                .start();
        LinkedBlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String text;
                while ((text = in.readLine()) != null) {
                    lines.add(new Line(System.nanoTime(), text));
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            } finally {
                lines.add(new Line(System.nanoTime(), null));
            }
        }, "crash child output");
        reader.setDaemon(true);
        reader.start();

        String begin = "BEGIN\t" + target.word();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        boolean started = false;
        while (!started) {
            Line line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.text() == null) {
                child.destroyForcibly().waitFor();
                throw new IllegalStateException("The workload ended before it began " + target.word() + " (exit "
                        + (child.isAlive() ? "none" : child.exitValue()) + "); see " + logs.resolve("child-" + k + ".err"));
            }
            ledger.accept(line, durations, this);
            started = line.text().equals(begin) || line.text().startsWith(begin + "\t");
        }
        long estimate = estimate(target);
        // A command first opens the data folder, then changes it: a fifth of the kills come at once, the
        // rest anywhere in the command or just after it, half of them in its second half, where the steps are.
        int where = random.nextInt(5);
        long delay = where == 0 ? random.nextInt(40)
                : where <= 2 ? (long) (random.nextDouble() * estimate * 1.2)
                : (long) (estimate * (0.5 + random.nextDouble() * 0.6));
        Thread.sleep(delay);
        child.destroyForcibly();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The killed workload did not end");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        for (Line line = lines.poll(); line != null && line.text() != null; line = lines.poll()) {
            ledger.accept(line, durations, this);
        }
        killsByOp.merge(target, 1, Integer::sum);
        String inFlight = ledger.inFlight;
        ledger.inFlight = null;
        if (inFlight != null) {
            midOperation++;
            return String.format(Locale.ROOT, "killed %d ms after it began (of ~%d ms), during %s", delay, estimate,
                    inFlight.substring("BEGIN\t".length()).split("\t")[0]);
        }
        return String.format(Locale.ROOT, "killed %d ms after it began (of ~%d ms), between commands", delay, estimate);
    }

    private long estimate(Op op) {
        List<Long> seen = durations.get(op);
        if (seen == null || seen.isEmpty()) {
            return 600;
        }
        List<Long> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        return Math.max(50, sorted.get(sorted.size() / 2));
    }

    void failed(String line) {
        failedCommands++;
        findings.add("a command was refused: " + line);
    }

    // ---- after the kill -------------------------------------------------------------------------

    private DataLocation location() {
        return DataLocation.resolve(data, null);
    }

    private String check(boolean rebuildFirst) throws Exception {
        boolean leftovers = Files.exists(data.resolve("dossier.db.rebuilding"))
                || Files.exists(data.resolve("dossier.db.rebuilt"));
        int notes = pendingNotes();
        String first = "";
        if (rebuildFirst) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = DossierCommand.run(new Composition(), new String[] {"rebuild", "--data", data.toString()},
                    new PrintWriter(out), new PrintWriter(err));
            first = "rebuilt first, ";
            if (code != 0) {
                inconsistent++;
                findings.add("a rebuild right after a kill failed: " + err.toString().strip());
            }
        }
        int lostHere;
        List<Problem> problems;
        List<String> recovered;
        try (Services services = new Composition().open(location())) {
            recovered = services.recovered();
            problems = services.verify().verify(ProgressListener.NONE).problems();
            lostHere = ledger.check(services, this);
        }
        if (!recovered.isEmpty() || leftovers) {
            recoveries++;
        }
        List<String> wrong = new ArrayList<>();
        problems.forEach(p -> wrong.add("verify: " + p.line()));
        if (pendingNotes() > 0) {
            wrong.add("a note of an unfinished change is still in pending/");
        }
        List<Path> parts = partFiles(location().caseFilesRoot());
        parts.forEach(p -> wrong.add("a temp copy is left in the case files: " + p));
        String integrity = integrity();
        if (!integrity.equals("ok")) {
            wrong.add("SQLite integrity check: " + integrity);
        }
        if (!wrong.isEmpty()) {
            inconsistent++;
            findings.addAll(wrong);
        }
        lost += lostHere;
        return first + (notes > 0 || leftovers || !recovered.isEmpty() ? "recovery: " + recovered.size() + " step(s)"
                + (leftovers ? " and an unfinished rebuild" : "") : "nothing to recover")
                + (wrong.isEmpty() ? ", consistent" : ", INCONSISTENT " + wrong)
                + (lostHere == 0 ? ", nothing lost" : ", LOST " + lostHere);
    }

    private int pendingNotes() throws IOException {
        Path pending = data.resolve("pending");
        if (!Files.isDirectory(pending)) {
            return 0;
        }
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(pending, "change-*.log")) {
            int n = 0;
            for (Path ignored : notes) {
                n++;
            }
            return n;
        }
    }

    private static List<Path> partFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> CaseFileTree.isPartFile(p.getFileName().toString())).toList();
        }
    }

    private int packetTempFiles() throws IOException {
        Path packets = data.resolveSibling("packets");
        if (!Files.isDirectory(packets)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(packets)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    private String integrity() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location().databaseFile());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder result = new StringBuilder();
            while (rs.next()) {
                result.append(result.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return result.toString();
        }
    }

    /** The tree alone must give back every row: rebuild and compare. */
    private String finalRebuild() throws Exception {
        List<String> before = Snapshot.rows(location().databaseFile());
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(new Composition(), new String[] {"rebuild", "--data", data.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        List<String> after = Snapshot.rows(location().databaseFile());
        if (code != 0 || !after.equals(before)) {
            inconsistent++;
            List<String> missing = new ArrayList<>(before);
            missing.removeAll(after);
            findings.add("the final rebuild from the tree (exit " + code + ", " + err.toString().strip()
                    + ") does not give back the same rows; not given back: " + missing);
            return "final rebuild from the tree: DIFFERENT rows";
        }
        return "final rebuild from the tree: the same " + before.size() + " rows";
    }

    // ---- what was reported saved ----------------------------------------------------------------

    /** Every record the workload reported saved, and the values a kill may have left instead. */
    private static final class Ledger {
        /** Factory id → names it may have now (the last saved, and any begun since). */
        final Map<Long, Set<String>> factories = new HashMap<>();
        final Set<Long> savedFactories = new HashSet<>();
        /** Order number → dates it may have now. */
        final Map<String, Set<String>> orderDates = new HashMap<>();
        final Set<String> savedOrders = new HashSet<>();
        final List<String[]> evidence = new ArrayList<>();
        final List<String[]> payments = new ArrayList<>();
        /** File SHA-256 → where it may be now: a category's short name, or "trash". */
        final Map<String, Set<String>> placements = new HashMap<>();
        /** Payment reference → amounts (in fen) it may have now. */
        final Map<String, Set<Long>> amounts = new HashMap<>();
        /** Packet path → SHA-256 it may have; "*" when any complete packet is right (one was being written). */
        final Map<String, Set<String>> packets = new TreeMap<>();
        final Map<Op, Long> begun = new EnumMap<>(Op.class);
        String inFlight;
        int savedLines;

        void accept(Line line, Map<Op, List<Long>> durations, CrashHarness harness) {
            String[] f = line.text().split("\t", -1);
            switch (f[0]) {
                case "BEGIN" -> {
                    inFlight = line.text();
                    Op op = opOf(f[1]);
                    if (op != null) {
                        begun.put(op, line.nanos());
                    }
                    switch (f[1]) {
                        case "rename" -> factories.computeIfAbsent(Long.parseLong(f[2]), x -> new HashSet<>()).add(f[3]);
                        case "move-order", "add-order" -> orderDates.computeIfAbsent(f[2], x -> new HashSet<>()).add(f[3]);
                        case "packet" -> packets.computeIfAbsent(f[2], x -> new HashSet<>()).add("*");
                        case "move-file", "trash" -> placements.computeIfAbsent(f[2], x -> new HashSet<>()).add(f[3]);
                        case "edit-pay", "undo" -> amounts.computeIfAbsent(f[3], x -> new HashSet<>()).add(Long.parseLong(f[4]));
                        default -> {
                        }
                    }
                }
                case "SAVED" -> {
                    savedLines++;
                    finished(line, durations);
                    switch (f[1]) {
                        case "factory" -> {
                            long id = Long.parseLong(f[2]);
                            factories.put(id, new HashSet<>(Set.of(f[3])));
                            savedFactories.add(id);
                        }
                        case "order" -> {
                            orderDates.put(f[2], new HashSet<>(Set.of(f[3])));
                            savedOrders.add(f[2]);
                        }
                        case "evidence" -> {
                            evidence.add(f);
                            placements.put(f[4], new HashSet<>(Set.of(f[3])));
                        }
                        case "payment" -> {
                            payments.add(f);
                            amounts.put(f[3], new HashSet<>(Set.of(Long.parseLong(f[4]))));
                        }
                        case "placed" -> placements.put(f[2], new HashSet<>(Set.of(f[3])));
                        case "payment-amount" -> amounts.put(f[3], new HashSet<>(Set.of(Long.parseLong(f[4]))));
                        case "packet" -> packets.put(f[2], new HashSet<>(Set.of(f[3])));
                        default -> {
                        }
                    }
                }
                case "FAILED" -> {
                    finished(line, durations);
                    harness.failed(line.text());
                }
                default -> {
                }
            }
        }

        private void finished(Line line, Map<Op, List<Long>> durations) {
            if (inFlight != null) {
                Op op = opOf(inFlight.split("\t")[1]);
                Long start = op == null ? null : begun.remove(op);
                if (start != null) {
                    durations.computeIfAbsent(op, x -> new ArrayList<>()).add((line.nanos() - start) / 1_000_000);
                }
            }
            inFlight = null;
        }

        private static Op opOf(String word) {
            try {
                return Op.of(word);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** Checks every record reported saved against the open data folder; returns how many are lost. */
        int check(Services services, CrashHarness harness) throws IOException {
            int missing = 0;
            Map<Long, Factory> factoryById = new HashMap<>();
            services.factories().list().forEach(f -> factoryById.put(f.id(), f));
            for (Long id : savedFactories) {
                Factory f = factoryById.get(id);
                if (f == null || !factories.get(id).contains(f.name())) {
                    missing++;
                    harness.findings.add("LOST: factory " + id + " should be named " + factories.get(id) + ", is "
                            + (f == null ? "gone" : f.name()));
                }
            }
            Map<String, CaseFile> cases = new HashMap<>();
            for (var summary : services.orders().list(null)) {
                Order o = summary.order();
                if (o.orderNumber() != null) {
                    cases.put(o.orderNumber(), services.orders().caseOf(o.id()));
                }
            }
            for (String number : savedOrders) {
                CaseFile c = cases.get(number);
                if (c == null || !orderDates.get(number).contains(c.order().orderedOn().toString())) {
                    missing++;
                    harness.findings.add("LOST: order " + number + " dated " + orderDates.get(number) + ", is "
                            + (c == null ? "gone" : c.order().orderedOn()));
                }
            }
            Set<String> inTrash = new HashSet<>();
            services.trash().list().stream().filter(t -> t.fileThere()).forEach(t -> inTrash.add(t.evidence().sha256()));
            for (String[] e : evidence) {
                CaseFile c = cases.get(e[2]);
                Set<String> allowed = placements.getOrDefault(e[4], Set.of(e[3]));
                boolean found = (allowed.contains("trash") && inTrash.contains(e[4]))
                        || c != null && c.evidence().stream().anyMatch(x -> x.sha256().equals(e[4])
                        && allowed.stream().anyMatch(a -> !a.equals("trash")
                                && x.category().folderName().equals(categoryFolder(a)))
                        && x.size() == Long.parseLong(e[5])
                        && Files.isRegularFile(services.evidence().pathOf(x)));
                if (!found) {
                    missing++;
                    harness.findings.add("LOST: file " + e[4] + " (" + allowed + ") of order " + e[2]);
                }
            }
            for (String[] p : payments) {
                CaseFile c = cases.get(p[2]);
                Payment payment = c == null ? null : c.payments().stream()
                        .filter(x -> p[3].equals(x.reference())).findFirst().orElse(null);
                Evidence proof = payment == null || payment.proofEvidenceId() == null ? null : c.evidence().stream()
                        .filter(x -> x.id() == payment.proofEvidenceId()).findFirst().orElse(null);
                if (payment == null || !amounts.getOrDefault(p[3], Set.of(Long.parseLong(p[4])))
                        .contains(payment.amount().toMinor()) || proof == null
                        || !proof.sha256().equals(p[5])) {
                    missing++;
                    harness.findings.add("LOST: payment " + p[3] + " of order " + p[2]
                            + (payment == null ? "" : " (found " + payment + ", proof " + proof + ")"));
                }
            }
            for (Map.Entry<String, Set<String>> packet : packets.entrySet()) {
                Path file = Path.of(packet.getKey());
                Set<String> allowed = packet.getValue();
                boolean saved = allowed.stream().anyMatch(s -> !s.equals("*"));
                if (!Files.exists(file)) {
                    if (saved) {
                        missing++;
                        harness.findings.add("LOST: packet " + file);
                    }
                    continue;
                }
                String sha = CrashWorkload.sha256(file);
                if (!allowed.contains("*") && !allowed.contains(sha)) {
                    missing++;
                    harness.findings.add("LOST: packet " + file + " is not the one written");
                }
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    if (pdf.getNumberOfPages() == 0) {
                        throw new IOException("no pages");
                    }
                } catch (IOException e) {
                    missing++;
                    harness.findings.add("a packet at its own name is not a whole PDF: " + file + " (" + e.getMessage() + ")");
                }
            }
            return missing;
        }

        private static String categoryFolder(String shortName) {
            return app.dossier.domain.EvidenceCategory.fromShortName(shortName).folderName();
        }
    }

    /** For the crash profile and for running by hand: {@code CrashHarness [kills] [seed] [work folder]}. */
    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("dossier-crash-");
        Totals totals = run(work, kills, seed, System.out);
        System.exit(totals.lost() == 0 && totals.inconsistent() == 0 ? 0 : 1);
    }
}
