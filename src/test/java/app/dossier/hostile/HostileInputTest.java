package app.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.app.Composition;
import app.dossier.cli.DossierCommand;
import app.dossier.files.SafeNames;
import app.dossier.service.Checkpoint;
import app.dossier.service.Snapshot;
import app.dossier.service.Workspace;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of the hostile corpus ({@code src/test/resources/hostile/manifest.tsv}) goes through the
 * command line, on a data folder holding the sample business. Refused inputs get a clear message
 * (no stack trace, no "Exception", the problem named), a non-zero exit, and leave every file and row
 * as it was. Names that can be made safe are kept under a safe name inside the case files. A broken
 * case.json is reported by a rebuild, which restores everything else and never touches the tree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class HostileInputTest {
    private static final String ORDER = "2837461920384756123";
    private static final String FACTORY = "义乌市佳美日用品有限公司";

    private Path temp;
    private Path data;
    private Path inputs;
    private List<String> baselineRows;
    private Path pristine;
    private int made;

    /** One line of the manifest. */
    record Input(String id, String door, String input, String expect, String says, String what) {
        @Override
        public String toString() {
            return id + " " + door + ": " + what;
        }
    }

    static List<Input> corpus() throws IOException {
        List<Input> rows = new ArrayList<>();
        for (String line : resource("hostile/manifest.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Input(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return rows;
    }

    @BeforeAll
    void sampleBusiness(@TempDir Path folder) throws Exception {
        temp = folder;
        data = temp.resolve("D");
        inputs = Files.createDirectories(temp.resolve("inputs"));
        Run sample = dossier("sample", "--data", data.toString());
        assertThat(sample.code()).as(sample.err()).isZero();
        for (Input input : corpus()) {
            if (input.input().startsWith("file:")) {
                String name = input.input().substring("file:".length());
                Path file = inputs.resolve(name);
                if (!Files.exists(file)) {
                    Files.write(file, bytes("hostile/files/" + name));
                }
            }
        }
        // what a rebuild of the sample's tree alone gives, for comparing with rebuilds of hostile trees
        Path clean = temp.resolve("rebuild-clean");
        pristine = temp.resolve("pristine");
        copyTree(data.resolve("Case files"), pristine);
        copyTree(pristine, clean.resolve("Case files"));
        assertThat(dossier("rebuild", "--data", clean.toString()).code()).isZero();
        baselineRows = Snapshot.rows(clean.resolve("dossier.db"));
    }

    @Test
    void theCorpusHasAtLeastFiftyInputsThatMustBeRefused() throws Exception {
        List<Input> corpus = corpus();
        assertThat(corpus.stream().filter(i -> !i.expect().equals("contained"))).hasSizeGreaterThanOrEqualTo(50);
        assertThat(corpus.stream().map(Input::id).distinct()).hasSameSizeAs(corpus);
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws Exception {
        for (Map.Entry<String, byte[]> file : HostileFiles.files().entrySet()) {
            assertThat(bytes("hostile/files/" + file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileInputIsRefusedClearlyOrKeptSafeAndChangesNothingElse(Input input) throws Exception {
        switch (input.door()) {
            case "rebuild" -> rebuild(input);
            case "restore" -> restore(input);
            case "verify-bag" -> verifyBag(input);
            default -> command(input);
        }
    }

    // ---- commands on the data folder --------------------------------------------------------------

    private void command(Input input) throws Exception {
        List<String> args = args(input);
        Snapshot before = snapshot();
        Map<String, String> outside = outside();

        Path here = Path.of("").toAbsolutePath();
        boolean hereHadLock = Files.exists(here.resolve("dossier.lock")) || Files.exists(here.resolve("dossier.db"));

        Run run = dossier(args.toArray(String[]::new));
        if (!hereHadLock) {
            assertThat(here.resolve("dossier.lock")).as("the current folder made a data folder").doesNotExist();
            assertThat(here.resolve("dossier.db")).as("the current folder made a data folder").doesNotExist();
        }

        if (input.expect().equals("refused")) {
            assertClear(input, run);
            assertThat(run.code()).as(run.text()).isNotZero();
            Snapshot after = snapshot();
            assertThat(after.rows()).as("rows, after: " + run.text()).isEqualTo(before.rows());
            assertThat(after.tree()).as("case files, after: " + run.text()).isEqualTo(before.tree());
        } else {
            assertThat(run.code()).as(run.text()).isZero();
            Snapshot after = snapshot();
            assertThat(after.tree().keySet()).as("something new was kept").isNotEqualTo(before.tree().keySet());
            for (String path : after.tree().keySet()) {
                if (path.isEmpty()) {
                    continue;
                }
                for (String segment : path.split("/")) {
                    assertThat(SafeNames.isSafeSegment(segment)).as(path).isTrue();
                }
            }
            Run verify = dossier("verify", "--data", data.toString());
            assertThat(verify.code()).as(verify.text()).isZero();
        }
        assertThat(outside()).as("nothing outside the data folder changed").isEqualTo(outside);
        assertThat(Path.of("/tmp/dossier-evil")).doesNotExist();
    }

    private List<String> args(Input input) throws IOException {
        String value = input.input();
        List<String> args = new ArrayList<>();
        switch (input.door()) {
            case "attach" -> args.addAll(List.of("attach", ORDER, "receiving", path(input).toString()));
            case "caption" -> {
                Path photo = path(new Input(input.id(), "attach", "name:caption-" + input.id() + ".jpg", "", "", ""));
                args.addAll(List.of("attach", ORDER, "receiving", photo.toString(), "--caption", expand(value)));
            }
            case "data-option" -> {
                // the words as given, --data among them: nothing is added
                for (String word : value.split("\\|", -1)) {
                    args.add(expand(word));
                }
                return args;
            }
            case "add-factory" -> args.addAll(List.of("add-factory", expand(value)));
            case "add-order" -> {
                args.add("add-order");
                args.addAll(options(Map.of("--factory", FACTORY, "--product", "硅胶铲5件套", "--quantity", "10",
                        "--unit-price", "¥18.50", "--ordered-on", "2026-11-20"), value));
            }
            case "pay" -> {
                args.addAll(List.of("pay", ORDER));
                if (value.startsWith("file:")) {
                    args.addAll(options(Map.of("--amount", "¥100.00", "--paid-on", "2026-10-01"), ""));
                    args.addAll(List.of("--proof", path(input).toString()));
                } else {
                    args.addAll(options(Map.of("--amount", "¥100.00", "--paid-on", "2026-10-01"), value));
                }
            }
            case "receive" -> {
                args.addAll(List.of("receive", ORDER));
                if (value.startsWith("file:")) {
                    args.addAll(options(Map.of("--arrived-at", "2026-10-03 09:40", "--units-received", "180", "--inspected-by", "Hùng"), ""));
                    args.addAll(List.of("--photo", path(input).toString()));
                } else {
                    args.addAll(options(Map.of("--arrived-at", "2026-10-03 09:40", "--units-received", "180", "--inspected-by", "Hùng"), value));
                }
            }
            default -> throw new IllegalArgumentException("unknown door " + input.door());
        }
        args.addAll(List.of("--data", data.toString()));
        return args;
    }

    /** The base options with those of the input put over them ("--opt|value|--opt2|value2"). */
    private static List<String> options(Map<String, String> base, String given) {
        Map<String, String> all = new LinkedHashMap<>(new TreeMap<>(base));
        if (!given.isEmpty()) {
            String[] words = given.split("\\|", -1);
            for (int i = 0; i + 1 < words.length; i += 2) {
                all.put(words[i], expand(words[i + 1]));
            }
        }
        List<String> args = new ArrayList<>();
        all.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return args;
    }

    /** The file an attach, pay or receive input stands for. */
    private Path path(Input input) throws IOException {
        String value = input.input();
        if (value.startsWith("file:")) {
            return inputs.resolve(value.substring("file:".length()));
        }
        if (value.startsWith("arg:")) {
            return inputs.resolve(expand(value.substring("arg:".length())));
        }
        // name: a real photo under a hostile name, made where the disk allows it
        Path folder = Files.createDirectories(inputs.resolve("named-" + input.id()));
        Path file = folder.resolve(expand(value.substring("name:".length())));
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, new Color(++made * 37 % 256, 90, 200).getRGB());
        image.setRGB(1, 1, input.id().hashCode());
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /** {@code \\uXXXX} as the character, and the long names by their length. */
    static String expand(String text) {
        String long300 = "长".repeat(300);
        text = text.replace("LONGCAPTION10000", "Thùng móp ".repeat(1_000));
        String withNames = text.replace("LONGNAME300.jpg", "a".repeat(300) + ".jpg")
                .replace("LONGNAME250.jpg", "a".repeat(246) + ".jpg")
                .replace("--number|LONGNAME300", "--number|" + "9".repeat(300))
                .replace("LONGNAME300", long300);
        Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(withNames);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- rebuild, restore, verify-bag -------------------------------------------------------------

    private void rebuild(Input input) throws Exception {
        Path folder = temp.resolve("rebuild-" + input.id());
        Path root = folder.resolve("Case files");
        copyTree(pristine, root);
        Path order = root.resolve(FACTORY).resolve("2026-09-02 HOSTILE-1");
        Files.createDirectories(order.resolve("Chat and agreements"));
        Files.copy(inputs.resolve(input.input().substring("file:".length())), order.resolve("case.json"));
        Map<String, String> tree = Snapshot.tree(root);

        Run run = dossier("rebuild", "--data", folder.toString());

        assertClear(input, run);
        assertThat(run.code()).as(run.text()).isZero();
        assertThat(Snapshot.tree(root)).as("a rebuild reads the tree and never changes it").isEqualTo(tree);
        List<String> rows = Snapshot.rows(folder.resolve("dossier.db"));
        assertThat(rows).as("everything else was restored").containsAll(baselineRows);
        // the search index holds an entry per record; count the records themselves
        long records = rows.stream().filter(r -> !r.startsWith("search_entry:")).count();
        long baselineRecords = baselineRows.stream().filter(r -> !r.startsWith("search_entry:")).count();
        assertThat(records).as("at most the order itself, without what was wrong in it")
                .isLessThanOrEqualTo(baselineRecords + 1);
        assertThat(rows).noneMatch(r -> r.contains("outside.jpg") || r.contains("/etc/passwd")
                || r.contains("not-a-sha256"));
    }

    private void restore(Input input) throws Exception {
        Path target = temp.resolve("restore-" + input.id());
        Map<String, String> outside = outside();

        Run run = dossier("restore", inputs.resolve(input.input().substring("file:".length())).toString(),
                "--data", target.toString());

        assertClear(input, run);
        assertThat(run.code()).as(run.text()).isNotZero();
        if (Files.exists(target)) {
            try (Stream<Path> left = Files.walk(target)) {
                assertThat(left.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equals("dossier.lock")))
                        .as("nothing restored, nothing half-restored").isEmpty();
            }
        }
        assertThat(outside()).isEqualTo(outside);
        assertThat(temp.resolve("evil.txt")).doesNotExist();
        assertThat(Path.of("/tmp/dossier-evil.txt")).doesNotExist();
    }

    private void verifyBag(Input input) throws Exception {
        Path bag = inputs.resolve(input.input().substring("file:".length()));
        byte[] before = Files.readAllBytes(bag);
        Map<String, String> outside = outside();

        Run run = dossier("verify-bag", bag.toString());

        assertClear(input, run);
        assertThat(run.code()).as(run.text()).isNotZero();
        assertThat(Files.readAllBytes(bag)).isEqualTo(before);
        assertThat(outside()).isEqualTo(outside);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private record Run(int code, String out, String err) {
        String text() {
            return out + err;
        }
    }

    private static Run dossier(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(new Composition(Checkpoint.NONE, Workspace.CLOCK), args, new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A message a person can act on: says what is wrong, in words, without a Java stack trace. */
    private static void assertClear(Input input, Run run) {
        String text = run.text();
        assertThat(text).as("a message").isNotBlank();
        assertThat(text).as("no Java in it").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("java.").doesNotContain("unexpected error");
        if (!input.says().isEmpty()) {
            assertThat(text.toLowerCase(Locale.ROOT)).as("names the problem").contains(
                    expand(input.says()).toLowerCase(Locale.ROOT));
        }
    }

    private Snapshot snapshot() throws Exception {
        return new Snapshot(Snapshot.tree(data.resolve("Case files")), Snapshot.rows(data.resolve("dossier.db")));
    }

    /** Every file of the test's folder outside the data folder and the inputs, by content. */
    private Map<String, String> outside() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = temp.relativize(p).toString();
                if (!name.startsWith("D/") && !name.startsWith("inputs/") && !name.startsWith("rebuild-")
                        && !name.startsWith("restore-") && !name.startsWith("pristine/")) {
                    files.put(name, Objects.toString(Files.size(p)));
                }
            }
        }
        return files;
    }

    private static String resource(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = HostileInputTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
