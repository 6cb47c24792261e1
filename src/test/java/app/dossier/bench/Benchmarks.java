package app.dossier.bench;

import app.dossier.app.Composition;
import app.dossier.app.Main;
import app.dossier.cli.DossierCommand;
import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.packet.PacketBenchmark;
import app.dossier.service.DataLocation;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import app.dossier.service.VerifyReport;
import app.dossier.store.Store;
import app.dossier.store.Transaction;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.CaseJson;
import app.dossier.tree.FactoryFile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * How Dossier scales, in figures; it asserts nothing. Run with {@code mvn -B verify -Pbench} (or this
 * main on the test class path, with {@code -Xmx1g}). Each part prints its time and two heap figures:
 * the peak used (the larger of a 5 ms sampler and the pools' own peaks, reset before the part; this
 * counts garbage not yet collected, so it grows with -Xmx) and the peak left after a collection (the
 * memory the part really holds).
 *
 * <ol>
 *   <li>Scale: 10,000 orders (50 factories) with 200,000 evidence rows, 20 per order, each a real
 *       256-byte file on disk, and every case.json and factory.json written, so that verify has
 *       everything to hash and compare. Rows go in through the store in one transaction. Then: the
 *       order list (OrderService.list), search (SearchService.search, several queries), verify.</li>
 *   <li>Attach: a folder of 40 photos of 12 MP (made up, each unique, 4–6 MB), attached by the whole
 *       process {@code dossier attach ORDER receiving FOLDER --data D}, next to {@code cp -r} and
 *       {@code sync} of the same folder in the same run (needs a shell: Linux or macOS).</li>
 *   <li>Start-up: from starting a JVM to the first window shown and laid out, Dossier's real
 *       window on the sample business, from the app image's launcher ({@code -Dbench.image}, by
 *       default target/installer/Dossier/bin/Dossier) and from the class path, next to a bare
 *       JavaFX window with a TableView; on the display when there is one (the image has no Monocle:
 *       run under {@code xvfb-run} headless), else on Monocle headless without the image; median
 *       of 5 each, alternated.</li>
 *   <li>Phones: {@link PhonesBenchmark}, five phones sending 40 photos of 4 MB each to the receiving
 *       page at once, next to the desktop saving the same records.</li>
 *   <li>Chats: {@link ChatsBenchmark}, a MemoTrace CSV of 300,000 messages (about 600 MB) imported, next to
 *       copying it and reading its lines.</li>
 *   <li>Packet: {@link PacketBenchmark}, 40 photos of 12 MP.</li>
 * </ol>
 */
public final class Benchmarks {
    private static final int ORDERS = Integer.getInteger("bench.orders", 10_000);
    private static final int PER_ORDER = Integer.getInteger("bench.evidencePerOrder", 20);
    private static final int PHOTOS = Integer.getInteger("bench.photos", 40);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int STARTS = Integer.getInteger("bench.starts", 5);

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("dossier-bench-");
        String only = args.length > 1 ? args[1] : "all";
        try {
            machine();
            if (only.equals("all") || only.equals("scale")) {
                scale(work.resolve("scale"));
            }
            if (only.equals("all") || only.equals("attach")) {
                attach(work.resolve("attach"));
            }
            if (only.equals("all") || only.equals("startup")) {
                startup(work.resolve("startup"));
            }
            if (only.equals("all") || only.equals("team")) {
                team(work.resolve("team"));
            }
            if (only.equals("all") || only.equals("phones")) {
                PhonesBenchmark.run(work.resolve("phones"));
            }
            if (only.equals("all") || only.equals("chats")) {
                ChatsBenchmark.run(work.resolve("chats"));
            }
            if (only.equals("all") || only.equals("packet")) {
                System.out.println("== packet: 40 photos of 12 MP (PacketBenchmark)");
                PacketBenchmark.main(new String[] {"40"});
            }
        } finally {
            delete(work);
        }
    }

    private static void machine() throws IOException {
        System.out.println("== machine");
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MB, JDK: %s %s, OS: %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name"), System.getProperty("os.version"));
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            System.out.println("memory: " + Files.readAllLines(meminfo).get(0).replaceAll("\\s+", " "));
        }
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> System.out.println("cpu: " + l.substring(l.indexOf(':') + 1).strip()));
        }
        var store = Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir")));
        System.out.printf(Locale.ROOT, "disk of %s: %s (%s), %d GB free%n", System.getProperty("java.io.tmpdir"),
                store.name(), store.type(), store.getUsableSpace() >> 30);
    }

    // ---- 1. scale --------------------------------------------------------------------------------

    private static void scale(Path folder) throws Exception {
        System.out.printf(Locale.ROOT, "== scale: %,d orders with %,d evidence rows%n", ORDERS, ORDERS * PER_ORDER);
        DataLocation location = new DataLocation(folder, folder.resolve(DataLocation.DEFAULT_CASE_FILES));
        long start = System.nanoTime();
        try (Store store = Store.open(location.databaseFile())) {
            generate(store, location);
        }
        System.out.printf(Locale.ROOT, "generated in %.1f s (rows in one transaction, %,d files of 256 bytes,"
                + " case.json and factory.json written)%n", seconds(start), ORDERS * PER_ORDER);
        measure("open the data folder (migrations checked, recovery run) and close it", () -> {
            try (Services services = new Composition().open(location)) {
                return services.factories().list().size();
            }
        });
        try (Services services = new Composition().open(location)) {
            for (int i = 0; i < 3; i++) {
                measure("order list, all orders (OrderService.list), run " + (i + 1),
                        () -> services.orders().list(null).size());
            }
            for (String query : new String[] {"2837461900000042", "硅胶", "ảnh kiểm hàng 9999", "IMG_0017",
                "no such thing"}) {
                measure("search “" + query + "”", () -> services.search().search(query).size());
            }
            measure("verify (re-hash every file, compare every case.json)", () -> {
                VerifyReport report = services.verify().verify(ProgressListener.NONE);
                return report.filesChecked() * 1000 + report.problems().size();
            });
        }
    }

    /**
     * The order list and search at 10,000 orders on PostgreSQL beside the same on SQLite, in one run:
     * the same records generated into both (no files: neither reads them), each opened as the app
     * opens it, every figure the best of three runs. The server's address is {@code -Dbench.postgresql=}
     * (src/test/postgresql/start.sh starts one); the database named there is emptied first.
     */
    private static void team(Path folder) throws Exception {
        String server = System.getProperty("bench.postgresql", "");
        if (server.isBlank()) {
            System.out.println("== team: skipped, no -Dbench.postgresql=postgresql://… given");
            return;
        }
        System.out.printf(Locale.ROOT, "== team: %,d orders with %,d evidence rows, PostgreSQL beside SQLite%n", ORDERS,
                ORDERS * PER_ORDER);
        app.dossier.store.DatabaseAddress address = app.dossier.store.DatabaseAddress.parse(server);
        try (var c = java.sql.DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
                var statement = c.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        DataLocation sqlite = new DataLocation(folder.resolve("sqlite"), folder.resolve("sqlite").resolve("Case files"));
        DataLocation postgres = new DataLocation(folder.resolve("postgres"), folder.resolve("postgres").resolve("Case files"),
                address);
        for (DataLocation location : List.of(sqlite, postgres)) {
            long start = System.nanoTime();
            try (Store store = location.onPostgres() ? Store.open(location.database())
                    : Store.open(location.databaseFile())) {
                generate(store, location, false);
            }
            if (location.onPostgres()) {
                // the planner's figures, as the server's autovacuum gathers them soon after records come
                // in (and move-to-postgresql at once); SQLite's planner needs none
                try (var c = java.sql.DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
                        var statement = c.createStatement()) {
                    statement.execute("ANALYZE");
                }
            }
            System.out.printf(Locale.ROOT, "generated on %s in %.1f s%n", location.onPostgres() ? "PostgreSQL" : "SQLite",
                    seconds(start));
        }
        String[] queries = {"2837461900000042", "硅胶", "ảnh kiểm hàng 9999", "don hang", "IMG_0017", "no such thing"};
        List<String> names = new ArrayList<>();
        names.add("open the data folder and close it");
        names.add("order list, all orders (OrderService.list)");
        for (String query : queries) {
            names.add("search “" + query + "”");
        }
        Map<DataLocation, double[]> figures = new java.util.LinkedHashMap<>();
        for (DataLocation location : List.of(sqlite, postgres)) {
            double[] best = new double[names.size()];
            java.util.Arrays.fill(best, Double.MAX_VALUE);
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                new Composition().open(location).close();
                best[0] = Math.min(best[0], seconds(start));
                try (Services services = new Composition().open(location)) {
                    start = System.nanoTime();
                    int listed = services.orders().list(null).size();
                    best[1] = Math.min(best[1], seconds(start));
                    if (listed != ORDERS) {
                        throw new IllegalStateException(listed + " orders listed");
                    }
                    // as a user searches, again and again in the window's open data folder: each search
                    // three times on the same connection (the first after opening pays for what the
                    // server learns of the tables, once)
                    for (int q = 0; q < queries.length; q++) {
                        for (int again = 0; again < 3; again++) {
                            start = System.nanoTime();
                            services.search().search(queries[q]);
                            best[2 + q] = Math.min(best[2 + q], seconds(start));
                        }
                    }
                }
            }
            figures.put(location, best);
        }
        System.out.printf(Locale.ROOT, "%-48s %12s %12s %8s%n", "best of 3", "SQLite", "PostgreSQL", "ratio");
        for (int i = 0; i < names.size(); i++) {
            double a = figures.get(sqlite)[i];
            double b = figures.get(postgres)[i];
            System.out.printf(Locale.ROOT, "%-48s %9.1f ms %9.1f ms %7.2f×%n", names.get(i), a * 1000, b * 1000, b / a);
        }
    }

    private static void generate(Store store, DataLocation location) throws Exception {
        generate(store, location, true);
    }

    /** {@code files}: each evidence row's file and every case.json written too; else only factory.json. */
    private static void generate(Store store, DataLocation location, boolean files) throws Exception {
        CaseFileTree tree = new CaseFileTree(location.caseFilesRoot());
        CaseJson json = new CaseJson();
        Random random = new Random(2026);
        Instant added = Instant.parse("2026-11-26T03:00:00Z");
        List<Factory> factories = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        byte[] content = new byte[256];
        try (Transaction tx = store.database().begin()) {
            var db = tx.session();
            for (int f = 0; f < 50; f++) {
                String name = String.format(Locale.ROOT, "义乌市第%02d日用品有限公司", f);
                factories.add(store.factories().insert(db, new Factory(0, name, "Factory " + f, null, "wx" + f, null,
                        null, CaseFileTree.factoryFolderName(name))));
            }
            for (int o = 0; o < ORDERS; o++) {
                Factory factory = factories.get(o % factories.size());
                String number = String.format(Locale.ROOT, "28374619%011d", o);
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(o % 700);
                Order order = store.orders().insert(db, new Order(0, factory.id(), number, Channel.PLATFORM,
                        OrderKind.STANDARD, o % 3 == 0 ? "硅胶铲5件套" : "Khăn tắm cotton " + o,
                        new AgreedSpecs("灰色", null, "OPP bag", null), 100 + o % 900, "sets", Money.of("18.50", Money.CNY),
                        day, day.plusDays(18), day.minusDays(1), null,
                        factory.folder() + "/" + CaseFileTree.orderFolderName(day, number)));
                orders.add(order);
                for (int e = 0; e < PER_ORDER; e++) {
                    EvidenceCategory category = EvidenceCategory.values()[e % 4];
                    random.nextBytes(content);
                    String name = String.format(Locale.ROOT, "IMG_%04d.jpg", e);
                    if (files) {
                        Path file = tree.resolve(order.folder()).resolve(category.folderName()).resolve(name);
                        Files.createDirectories(file.getParent());
                        Files.write(file, content);
                    }
                    store.evidence().insert(db, new Evidence(0, order.id(), category, category.folderName() + "/" + name,
                            name, sha256(content), content.length, "image/jpeg", null, added,
                            "ảnh kiểm hàng " + o + "-" + e, null));
                }
            }
            tx.commit();
        }
        store.database().read(db -> {
            for (Factory f : factories) {
                write(tree.resolve(f.folder()).resolve(CaseFileTree.FACTORY_JSON), json.render(FactoryFile.of(f)));
            }
            for (Order o : files ? orders : List.<Order>of()) {
                Factory f = factories.get((int) ((o.factoryId() - factories.get(0).id()) % factories.size()));
                write(tree.resolve(o.folder()).resolve(CaseFileTree.CASE_JSON), json.render(app.dossier.domain.CaseFile.of(
                        f, o, store.evidence().ofOrder(db, o.id()), List.of(), null, List.of())));
            }
            return null;
        });
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- 2. attach -------------------------------------------------------------------------------

    /**
     * The whole process, as a user runs it: {@code dossier attach ORDER receiving FOLDER --data D} in
     * a new JVM (the class path of this run, as the jar's manifest would give it), beside
     * {@code cp -r FOLDER DEST && sync} of the same files in the same run. Both start with the
     * sources in the page cache and nothing dirty; rounds alternate, each on a fresh data folder.
     */
    private static void attach(Path folder) throws Exception {
        System.out.printf(Locale.ROOT, "== attach: a folder of %d photos of 12 MP, whole process, next to cp -r and sync%n",
                PHOTOS);
        Path sources = Files.createDirectories(folder.resolve("photos"));
        long start = System.nanoTime();
        List<byte[]> bases = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 4; i++) {
            bases.add(photo(4000, 3000, random));
        }
        long bytes = 0;
        for (int i = 0; i < PHOTOS; i++) {
            Path file = sources.resolve(String.format(Locale.ROOT, "IMG_%04d.jpg", i));
            Files.write(file, unique(bases.get(i % bases.size()), i));
            bytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "made %d photos, %.0f MB in all (%.1f MB each on average) in %.1f s%n", PHOTOS,
                bytes / 1e6, bytes / 1e6 / PHOTOS, seconds(start));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> copies = new ArrayList<>();
        List<Double> attaches = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            Path dest = folder.resolve("cp-" + round);
            double copy = run(List.of("sh", "-c", "sync && exec true"), List.of("sh", "-c", "cp -r \"$0\" \"$1\" && sync",
                    sources.toString(), dest.toString()));
            Path data = folder.resolve("data-" + round);
            StringWriter ignored = new StringWriter();
            DossierCommand.run(new Composition(), new String[] {"add-factory", "义乌市佳美日用品有限公司", "--data",
                data.toString()}, new PrintWriter(ignored), new PrintWriter(ignored));
            DossierCommand.run(new Composition(), new String[] {"add-order", "--factory", "1", "--number",
                "2837461920384756123", "--product", "硅胶铲5件套", "--quantity", "200", "--unit-price", "¥18.50",
                "--ordered-on", "2026-09-02", "--data", data.toString()}, new PrintWriter(ignored), new PrintWriter(ignored));
            double attach = run(List.of("sh", "-c", "sync && exec true"), List.of(java, "-cp",
                    System.getProperty("java.class.path"), "app.dossier.app.Main", "attach", "2837461920384756123",
                    "receiving", sources.toString(), "--data", data.toString()));
            delete(dest);
            delete(data);
            if (round == 0) {
                continue; // the first of each warms the disk cache and the JDK's files
            }
            copies.add(copy);
            attaches.add(attach);
            System.out.printf(Locale.ROOT, "round %d: cp -r && sync %.2f s, dossier attach %.2f s%n", round, copy, attach);
        }
        double copy = median(copies);
        double attach = median(attaches);
        System.out.printf(Locale.ROOT, "median of %d: cp -r && sync %.2f s (%.0f MB/s); dossier attach, whole process %.2f s"
                + " (%.0f MB/s); attach / cp throughput %.2f%n", ROUNDS, copy, bytes / 1e6 / copy, attach,
                bytes / 1e6 / attach, copy / attach);
    }

    /** Runs {@code before} (not timed), then {@code command}; returns the seconds the second took. */
    private static double run(List<String> before, List<String> command) throws Exception {
        new ProcessBuilder(before).inheritIO().start().waitFor();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = process.waitFor();
        double seconds = seconds(start);
        if (code != 0) {
            throw new IllegalStateException(command.get(0) + " ended with " + code);
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** The same JPEG with a comment segment after its start marker that no other copy has. */
    static byte[] unique(byte[] jpeg, int n) {
        byte[] comment = ("Dossier benchmark photo " + n).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + comment.length + 4);
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.write(comment, 0, comment.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] photo(int width, int height, Random random) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int base = random.nextInt(0xFFFFFF);
        for (int i = 0; i < pixels.length; i++) {
            int x = i % width;
            int shade = (x * 255 / width + random.nextInt(24)) & 0xFF;
            pixels[i] = base ^ (shade << 8 | shade);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    // ---- 3. start-up -----------------------------------------------------------------------------

    private static void startup(Path folder) throws Exception {
        boolean display = System.getenv("DISPLAY") != null;
        Path image = Path.of(System.getProperty("bench.image", "target/installer/Dossier/bin/Dossier"));
        boolean withImage = display && Files.isExecutable(image);
        System.out.println("== start-up: JVM start to the first window shown and laid out ("
                + (display ? "display " + System.getenv("DISPLAY") + ", GTK" : "Monocle headless, software rendering")
                + "), median of " + STARTS + (withImage ? ", app image " + image.toAbsolutePath() : display
                        ? ", no app image (build it with mvn -Pinstaller package)"
                        : ", no app image: it needs a display (e.g. xvfb-run)"));
        Path data = folder.resolve("data");
        StringWriter ignored = new StringWriter();
        DossierCommand.run(new Composition(), new String[] {"sample", "--data", data.toString()},
                new PrintWriter(ignored), new PrintWriter(ignored));
        DossierCommand.run(new Composition(), new String[] {"backup-settings", "--every", "0", "--data",
            data.toString()}, new PrintWriter(ignored), new PrintWriter(ignored));
        List<long[]> installed = new ArrayList<>();
        List<long[]> window = new ArrayList<>();
        List<long[]> bare = new ArrayList<>();
        for (int i = 0; i < STARTS + 1; i++) {
            long[] a = withImage ? start(List.of(image.toString(), "--data", data.toString()), "image") : null;
            long[] w = start(display ? jar(data.toString()) : probe(false, "window", data.toString()), "window");
            long[] b = start(probe(display, "bare", "-"), "bare");
            if (i > 0) { // the first of each warms the disk cache
                if (a != null) {
                    installed.add(a);
                }
                window.add(w);
                bare.add(b);
            }
        }
        if (withImage) {
            report("Dossier's window, app image (installed)", installed);
        }
        report("Dossier's window, class path (java -jar)", window);
        report("bare JavaFX window with a TableView", bare);
        if (withImage) {
            System.out.printf(Locale.ROOT, "app image / bare window: %.2f (class path / bare window: %.2f)%n",
                    (double) medianMillis(installed) / medianMillis(bare), (double) medianMillis(window) / medianMillis(bare));
        }
    }

    private static void report(String what, List<long[]> runs) {
        List<long[]> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(r -> r[0]));
        long[] median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-45s median %d ms (all: %s), heap peak %d MB%n", what, median[0],
                runs.stream().map(r -> Long.toString(r[0])).toList(), median[1] >> 20);
    }

    private static long medianMillis(List<long[]> runs) {
        return runs.stream().mapToLong(r -> r[0]).sorted().toArray()[runs.size() / 2];
    }

    /** Dossier from the class path as {@code java -jar} runs it, reporting through {@code -Ddossier.startupCheck}. */
    private static List<String> jar(String data) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data", data);
    }

    /** A probe JVM on the test class path: on the display, or on Monocle headless as before. */
    private static List<String> probe(boolean display, String mode, String data) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1920x1200-32", "-Djava.awt.headless=true"));
        }
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), mode, data));
        return command;
    }

    /**
     * Starts a JVM that prints {@code SHOWN <heap peak bytes>} when its first window is shown and laid
     * out (the probe, or the app image's launcher through {@code -Ddossier.startupCheck=true});
     * returns {milliseconds to SHOWN, heap peak bytes}.
     */
    private static long[] start(List<String> command, String mode) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("NO_AT_BRIDGE", "1"); // GTK: no accessibility bus to wait for on a bare X server
        if (!mode.equals("bare")) {
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Ddossier.startupCheck=true");
        }
        long start = System.nanoTime();
        Process process = builder.start();
        Thread limit = new Thread(() -> {
            try {
                if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        limit.setDaemon(true);
        limit.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("SHOWN ")) {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    process.waitFor();
                    return new long[] {millis, Long.parseLong(line.substring(6).strip())};
                }
            }
        } finally {
            process.destroyForcibly().waitFor();
        }
        throw new IllegalStateException("the " + mode + " window never showed");
    }

    // ---- measuring -------------------------------------------------------------------------------

    private static void measure(String what, Callable<Integer> work) throws Exception {
        timed(what, work);
    }

    /** Runs {@code work}, prints its time, result and heap peak; returns the seconds it took. */
    private static double timed(String what, Callable<Integer> work) throws Exception {
        Measured m = measured(() -> (long) work.call());
        System.out.printf(Locale.ROOT, "%-70s %8.3f s  (result %,d; heap peak %d MB used, %d MB after a GC)%n", what,
                m.seconds(), m.result(), m.peakBytes() >> 20, m.liveBytes() >> 20);
        return m.seconds();
    }

    /**
     * What running some work took: its seconds, its result, the heap's peak used (garbage not yet
     * collected counted) and the most left live after a collection while it ran.
     */
    record Measured(double seconds, long result, long peakBytes, long liveBytes) {
    }

    /** Runs {@code work}, sampling the heap every 5 ms (the pools' own peaks reset before). */
    static Measured measured(Callable<Long> work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampled = new AtomicLong();
        AtomicLong live = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                long afterGc = 0;
                for (MemoryPoolMXBean pool : pools) {
                    var usage = pool.getCollectionUsage();
                    afterGc += usage == null ? 0 : usage.getUsed();
                }
                live.accumulateAndGet(afterGc, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long result = work.call();
        double seconds = seconds(start);
        sampler.interrupt();
        sampler.join();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(seconds, result, Math.max(sampled.get(), peak), live.get());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
