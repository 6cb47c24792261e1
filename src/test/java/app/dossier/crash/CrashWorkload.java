package app.dossier.crash;

import app.dossier.app.Composition;
import app.dossier.cli.DossierCommand;
import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Payment;
import app.dossier.service.DataLocation;
import app.dossier.service.OrderSummary;
import app.dossier.service.Services;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The child process of the crash harness: runs Dossier's command line in this process, one command
 * after another, against one data folder, until it is killed. Before each command it prints
 * {@code BEGIN <op> …}; only after a command has reported success does it print {@code SAVED …} lines
 * (one per record the command saved) and flush. A line is tab-separated.
 *
 * <p>Arguments: data folder, folder for the files it attaches, seed, the operation to run after a
 * random 0–2 others, and the number of this run (to keep generated files and names unique).
 */
public final class CrashWorkload {
    /** What the workload does; the parent picks one for each kill. */
    public enum Op {
        ATTACH, RENAME, PAY, PACKET, REBUILD, MOVE_ORDER, ADD_ORDER, EDIT_PAY, MOVE_FILE, TRASH, UNDO;

        String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Op of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    static final String[] FACTORY_NAMES = {"义乌市佳美日用品有限公司", "Xưởng gốm Bát Tràng", "广州市白云区鑫达皮具厂",
        "Công ty May Thành Công", "深圳市宝安区精工五金制品厂"};

    private final Path data;
    private final Path sources;
    private final Path packets;
    private final Random random;
    private final int run;
    private final PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    private final List<Long> factoryIds = new ArrayList<>();
    private final List<String> orders = new ArrayList<>();
    private int counter;
    /** The order of the payment the last correction was made to. */
    private String editedOrder;

    private CrashWorkload(Path data, Path sources, long seed, int run) {
        this.data = data;
        this.sources = sources;
        this.packets = data.resolveSibling("packets");
        this.random = new Random(seed);
        this.run = run;
    }

    public static void main(String[] args) throws Exception {
        CrashWorkload workload = new CrashWorkload(Path.of(args[0]), Path.of(args[1]), Long.parseLong(args[2]),
                Integer.parseInt(args[4]));
        workload.go(Op.of(args[3]));
    }

    private void go(Op target) throws Exception {
        Files.createDirectories(sources);
        Files.createDirectories(packets);
        setUp();
        line("READY");
        int before = random.nextInt(3);
        for (int i = 0; ; i++) {
            Op op = i == before ? target : pick();
            perform(op);
        }
    }

    private Op pick() {
        int n = random.nextInt(100);
        if (n < 25) {
            return Op.ATTACH;
        } else if (n < 37) {
            return Op.PAY;
        } else if (n < 46) {
            return Op.RENAME;
        } else if (n < 53) {
            return Op.PACKET;
        } else if (n < 60) {
            return Op.REBUILD;
        } else if (n < 68) {
            return Op.MOVE_ORDER;
        } else if (n < 76) {
            return Op.EDIT_PAY;
        } else if (n < 84) {
            return Op.MOVE_FILE;
        } else if (n < 92) {
            return Op.TRASH;
        } else if (n < 96) {
            return Op.UNDO;
        }
        return Op.ADD_ORDER;
    }

    /** Two factories and two orders to work on, the first time (or when a kill cut the first time short). */
    private void setUp() throws Exception {
        load();
        for (int i = factoryIds.size(); i < 2; i++) {
            String name = FACTORY_NAMES[i] + " " + run;
            line("BEGIN", "add-factory", name);
            String printed = dossier("add-factory", name);
            if (printed != null) {
                long id = Long.parseLong(printed.replaceAll("(?s)^Added factory (\\d+):.*", "$1"));
                line("SAVED", "factory", Long.toString(id), name);
            }
        }
        load();
        for (int i = orders.size(); i < 2; i++) {
            perform(Op.ADD_ORDER);
        }
    }

    /** The factories and orders as they are now (the last kill may have saved more than was reported). */
    private void load() {
        factoryIds.clear();
        orders.clear();
        try (Services services = new Composition().open(DataLocation.resolve(data, null))) {
            for (Factory f : services.factories().list()) {
                factoryIds.add(f.id());
            }
            List<OrderSummary> all = new ArrayList<>(services.orders().list(null));
            all.sort((a, b) -> Long.compare(a.order().id(), b.order().id()));
            for (OrderSummary s : all) {
                orders.add(s.order().orderNumber());
            }
        }
    }

    private void perform(Op op) throws Exception {
        switch (op) {
            case ATTACH -> attach();
            case RENAME -> rename();
            case PAY -> pay();
            case PACKET -> packet();
            case REBUILD -> rebuild();
            case MOVE_ORDER -> moveOrder();
            case ADD_ORDER -> addOrder();
            case EDIT_PAY -> editPay();
            case MOVE_FILE -> moveFile();
            case TRASH -> trashAndRestore();
            case UNDO -> editPayAndUndo();
            default -> throw new IllegalStateException(op.toString());
        }
    }

    private String recentOrder() {
        int from = Math.max(0, orders.size() - 3);
        return orders.get(from + random.nextInt(orders.size() - from));
    }

    private void attach() throws Exception {
        String order = recentOrder();
        String category = new String[] {"agreement", "confirmation", "payment", "receiving"}[random.nextInt(4)];
        // Half the time a folder of 2–6 photos, attached as one change; else 1–3 files named one by one.
        boolean asFolder = random.nextBoolean();
        int count = asFolder ? 2 + random.nextInt(5) : 1 + random.nextInt(3);
        Path folder = asFolder ? Files.createDirectories(sources.resolve("folder-" + run + "-" + (++counter))) : sources;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(photo(folder));
        }
        line("BEGIN", "attach", order, category);
        List<String> args = new ArrayList<>(List.of("attach", order, category));
        if (asFolder) {
            args.add(folder.toString());
        } else {
            files.forEach(f -> args.add(f.toString()));
        }
        args.add("--caption");
        args.add("Ảnh kiểm hàng " + run);
        if (dossier(args.toArray(String[]::new)) != null) {
            for (Path f : files) {
                line("SAVED", "evidence", order, category, sha256(f), Long.toString(Files.size(f)));
            }
        }
    }

    private void rename() throws Exception {
        long id = factoryIds.get(random.nextInt(factoryIds.size()));
        String name = FACTORY_NAMES[random.nextInt(FACTORY_NAMES.length)] + " " + run + "-" + (++counter);
        line("BEGIN", "rename", Long.toString(id), name);
        if (dossier("edit-factory", Long.toString(id), "--name", name) != null) {
            line("SAVED", "factory", Long.toString(id), name);
        }
    }

    private void pay() throws Exception {
        String order = recentOrder();
        long fen = 10_000 + random.nextInt(5_000_000);
        String amount = String.format(Locale.ROOT, "¥%d.%02d", fen / 100, fen % 100);
        String reference = "R" + run + "-" + (++counter);
        Path proof = photo();
        line("BEGIN", "pay", order, reference);
        if (dossier("pay", order, "--amount", amount, "--paid-on", "2026-10-0" + (1 + random.nextInt(9)),
                "--reference", reference, "--method", "Alipay", "--proof", proof.toString()) != null) {
            line("SAVED", "payment", order, reference, Long.toString(fen), sha256(proof));
        }
    }

    private void packet() throws Exception {
        String order = recentOrder();
        Path target = packets.resolve("Dispute packet " + order + ".pdf");
        line("BEGIN", "packet", target.toString());
        if (dossier("packet", order, "--out", target.toString()) != null) {
            line("SAVED", "packet", target.toString(), sha256(target));
        }
    }

    private void rebuild() {
        line("BEGIN", "rebuild");
        if (dossier("rebuild") != null) {
            line("SAVED", "rebuild");
        }
    }

    private void moveOrder() {
        String order = recentOrder();
        LocalDate date = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(60));
        line("BEGIN", "move-order", order, date.toString());
        if (dossier("edit-order", order, "--ordered-on", date.toString()) != null) {
            line("SAVED", "order", order, date.toString());
        }
    }

    private void addOrder() {
        long factory = factoryIds.get(random.nextInt(factoryIds.size()));
        String number = "28" + String.format(Locale.ROOT, "%017d", Math.floorMod(random.nextLong(), 100_000_000_000_000_000L));
        LocalDate date = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(60));
        line("BEGIN", "add-order", number, date.toString());
        if (dossier("add-order", "--factory", Long.toString(factory), "--number", number, "--product", "硅胶铲5件套",
                "--quantity", Integer.toString(100 + random.nextInt(900)), "--unit", "sets", "--unit-price", "¥18.50",
                "--ordered-on", date.toString(), "--colors", "灰色") != null) {
            orders.add(number);
            line("SAVED", "order", number, date.toString());
        }
    }

    /** Corrects a payment's amount, then undoes that: the amount it had comes back. */
    private void editPayAndUndo() throws Exception {
        Payment paid = editPay();
        if (paid == null) {
            return;
        }
        String order = editedOrder;
        line("BEGIN", "undo", order, paid.reference(), Long.toString(paid.amount().toMinor()));
        if (dossier("undo") != null) {
            line("SAVED", "payment-amount", order, paid.reference(), Long.toString(paid.amount().toMinor()));
        }
    }

    /** Corrects the amount of a payment made earlier, found by its reference; returns it as it was, or null. */
    private Payment editPay() throws Exception {
        String order = recentOrder();
        Payment paid;
        try (Services services = new Composition().open(DataLocation.resolve(data, null))) {
            List<Payment> ours = services.payments().ofOrder(services.orders().find(order).id()).stream()
                    .filter(p -> p.reference() != null && p.reference().startsWith("R")).toList();
            if (ours.isEmpty()) {
                pay();
                return null;
            }
            paid = ours.get(random.nextInt(ours.size()));
        }
        long fen = 10_000 + random.nextInt(5_000_000);
        String amount = String.format(Locale.ROOT, "¥%d.%02d", fen / 100, fen % 100);
        editedOrder = order;
        line("BEGIN", "edit-pay", order, paid.reference(), Long.toString(fen));
        if (dossier("edit-payment", order, Long.toString(paid.id()), "--amount", amount) != null) {
            line("SAVED", "payment-amount", order, paid.reference(), Long.toString(fen));
            return paid;
        }
        return null;
    }

    /** A file of the order that no payment shows as its proof, or null when there is none. */
    private Evidence someFile(String order) {
        try (Services services = new Composition().open(DataLocation.resolve(data, null))) {
            long id = services.orders().find(order).id();
            java.util.Set<Long> proofs = new java.util.HashSet<>();
            services.payments().ofOrder(id).forEach(p -> proofs.add(p.proofEvidenceId()));
            List<Evidence> files = services.evidence().ofOrder(id).stream().filter(e -> !proofs.contains(e.id())).toList();
            return files.isEmpty() ? null : files.get(random.nextInt(files.size()));
        }
    }

    /** Moves a file to another of the four categories. */
    private void moveFile() throws Exception {
        String order = recentOrder();
        Evidence file = someFile(order);
        if (file == null) {
            attach();
            return;
        }
        String[] shortNames = {"agreement", "confirmation", "payment", "receiving"};
        String to;
        do {
            to = shortNames[random.nextInt(4)];
        } while (app.dossier.domain.EvidenceCategory.fromShortName(to) == file.category());
        line("BEGIN", "move-file", file.sha256(), to);
        if (dossier("move-file", order, Long.toString(file.id()), "--to", to) != null) {
            line("SAVED", "placed", file.sha256(), to);
        }
    }

    /** Removes a file to the trash, then puts it back where it was. */
    private void trashAndRestore() throws Exception {
        String order = recentOrder();
        Evidence file = someFile(order);
        if (file == null) {
            attach();
            return;
        }
        String category = file.category().name();
        line("BEGIN", "trash", file.sha256(), "trash");
        if (dossier("remove-file", order, Long.toString(file.id())) == null) {
            return;
        }
        line("SAVED", "placed", file.sha256(), "trash");
        String trashId;
        try (Services services = new Composition().open(DataLocation.resolve(data, null))) {
            trashId = services.trash().list().stream().filter(t -> t.evidence().sha256().equals(file.sha256()))
                    .map(t -> t.id()).findFirst().orElse(null);
        }
        if (trashId == null) {
            return;
        }
        String back = app.dossier.domain.EvidenceCategory.valueOf(category).shortName();
        line("BEGIN", "trash", file.sha256(), back);
        if (dossier("trash", "restore", trashId) != null) {
            line("SAVED", "placed", file.sha256(), back);
        }
    }

    /** Runs one command; returns what it printed when it succeeded, else null (after a FAILED line). */
    private String dossier(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        StringWriter printed = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = DossierCommand.run(new Composition(), all, new PrintWriter(printed), new PrintWriter(errors));
        if (code != 0) {
            line("FAILED", args[0], Integer.toString(code), errors.toString().strip().replace('\n', ' '));
            return null;
        }
        return printed.toString();
    }

    /** A made-up photo with content no other has: 320 × 240 to 1600 × 1200 of noise. */
    private Path photo() throws IOException {
        return photo(sources);
    }

    private Path photo(Path folder) throws IOException {
        int[][] sizes = {{320, 240}, {800, 600}, {1600, 1200}};
        int[] size = sizes[random.nextInt(sizes.length)];
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        int base = random.nextInt(0xFFFFFF);
        for (int y = 0; y < size[1]; y++) {
            for (int x = 0; x < size[0]; x++) {
                image.setRGB(x, y, base ^ (random.nextInt(64) * 0x010101));
            }
        }
        Path file = folder.resolve(String.format(Locale.ROOT, "IMG_%d_%04d.jpg", run, ++counter));
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void line(String... fields) {
        out.println(String.join("\t", fields));
        out.flush();
    }
}
