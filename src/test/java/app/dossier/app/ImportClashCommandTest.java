package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cli.DossierCommand;
import app.dossier.service.Checkpoint;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.service.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1688 export whose order number is that of an order logged by hand under another factory, from
 * the command line: a clash naming both sellers, left as it is unless taken; and a dry run that
 * changes no byte of the data folder.
 */
@Tag("slow")
class ImportClashCommandTest {
    private static final String NUMBER = "2840019375561028394";
    private static final String HENGTAI = "永康市恒泰保温杯厂";

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private Run dossier(Path data, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(new Composition(Checkpoint.NONE, Workspace.CLOCK), all, new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The export of another seller: 200 cups under the number of the user's order of 500 flasks. */
    private Path cupsOfAnotherSeller() throws IOException {
        return Files.writeString(temp.resolve("orders.csv"),
                "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量,单位\n"
                        + NUMBER + "," + HENGTAI + ",2560.00,交易成功,2026-10-15 09:20:00,不锈钢保温杯 500ml,12.80,200,个\n");
    }

    /** An order logged by hand under Xưởng Minh Phát, received in full, with an open dispute. */
    private Path flasksReceivedAndDisputed() {
        Path data = temp.resolve("D");
        assertThat(dossier(data, "add-factory", "Xưởng Minh Phát").code()).isZero();
        Run order = dossier(data, "add-order", "--factory", "Minh Phát", "--number", NUMBER, "--product", "Bình giữ nhiệt",
                "--quantity", "500", "--unit", "cái", "--unit-price", "¥12.80", "--ordered-on", "2026-10-15");
        assertThat(order.code()).as(order.err()).isZero();
        Run receive = dossier(data, "receive", NUMBER, "--arrived-at", "2026-10-30 09:40", "--units-received", "500",
                "--inspected-by", "Hùng");
        assertThat(receive.code()).as(receive.err()).isZero();
        Run dispute = dossier(data, "open-dispute", NUMBER, "--summary", "Nắp bình bị nứt");
        assertThat(dispute.code()).as(dispute.err()).isZero();
        return data;
    }

    private JsonNode shown(Path data) throws IOException {
        return new ObjectMapper().readTree(dossier(data, "show", NUMBER, "--json").out());
    }

    @Test
    void anOrderOfAnotherSellerIsAClashNamingBothAndIsLeftAsItIsUnlessTaken() throws Exception {
        Path data = flasksReceivedAndDisputed();
        Path export = cupsOfAnotherSeller();

        Run clash = dossier(data, "import-1688", export.toString());

        assertThat(clash.code()).as("a row was not imported").isEqualTo(1);
        assertThat(clash.out().lines()).anySatisfy(line -> assertThat(line).matches("CLASH +" + NUMBER
                + " +Xưởng Minh Phát +Dossier: Xưởng Minh Phát · Bình giữ nhiệt · 500 cái; file: " + HENGTAI
                + " · 不锈钢保温杯 500ml · 200 个\\. Another seller, another product, the order has a receiving record,"
                + " a dispute about the order is open: left as it is\\. Taking the file's side changes factory"
                + " Xưởng Minh Phát → " + HENGTAI + "; product Bình giữ nhiệt → 不锈钢保温杯 500ml; quantity 500 → 200;"
                + " unit cái → 个\\."));
        assertThat(clash.out()).doesNotContain("UPDATE").contains("Nothing imported.");
        assertThat(clash.err()).contains("1 order clashes with Dossier and was left as it is. To take the file's side:"
                + " --take " + NUMBER);
        JsonNode unchanged = shown(data);
        assertThat(unchanged.at("/factory/name").asText()).isEqualTo("Xưởng Minh Phát");
        assertThat(unchanged.at("/order/product").asText()).isEqualTo("Bình giữ nhiệt");
        assertThat(unchanged.at("/order/quantity").asLong()).isEqualTo(500);
        assertThat(unchanged.at("/evidence")).as("the file is not kept in an order it did not change").isEmpty();
        assertThat(dossier(data, "factories").out()).doesNotContain(HENGTAI);
        assertThat(dossier(data, "verify").code()).isZero();

        Run taken = dossier(data, "import-1688", export.toString(), "--take", NUMBER);

        assertThat(taken.code()).as(taken.err()).isZero();
        assertThat(taken.out().lines()).anySatisfy(line -> assertThat(line).matches("UPDATE +" + NUMBER + " +" + HENGTAI
                + " +factory Xưởng Minh Phát → " + HENGTAI + "; product Bình giữ nhiệt → 不锈钢保温杯 500ml;"
                + " quantity 500 → 200; .* Taken from the file as you chose, although Dossier and the file disagree .*"));
        JsonNode after = shown(data);
        assertThat(after.at("/factory/name").asText()).isEqualTo(HENGTAI);
        assertThat(after.at("/order/product").asText()).isEqualTo("不锈钢保温杯 500ml");
        assertThat(after.at("/order/quantity").asLong()).isEqualTo(200);
        assertThat(after.at("/disputes")).hasSize(1);
        assertThat(dossier(data, "verify").code()).isZero();
    }

    @Test
    void aProductTypedWithoutTonesIsNotAClash() throws Exception {
        Path data = temp.resolve("D");
        dossier(data, "add-factory", HENGTAI);
        dossier(data, "add-order", "--factory", HENGTAI, "--number", NUMBER, "--product", "Bình giữ nhiệt 500ml",
                "--quantity", "500", "--unit", "个", "--unit-price", "¥12.80", "--ordered-on", "2026-10-15");
        Path export = Files.writeString(temp.resolve("orders.csv"),
                "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量,单位\n"
                        + NUMBER + "," + HENGTAI + ",2560.00,交易成功,2026-10-15 09:20:00,Binh giu nhiet 500 ml,12.80,200,个\n");

        Run imported = dossier(data, "import-1688", export.toString(), "--take", "2840019375561028390");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("--take 2840019375561028390: no order of the file with that number clashes"
                + " with Dossier; nothing to take.");
        assertThat(imported.out()).doesNotContain("CLASH");
        assertThat(imported.out().lines()).anySatisfy(line -> assertThat(line)
                .matches("UPDATE +" + NUMBER + " +" + HENGTAI + " +quantity 500 → 200\\..*"));
        assertThat(shown(data).at("/order/product").asText()).isEqualTo("Bình giữ nhiệt 500ml");
    }

    @Test
    void aDryRunIntoAFolderThatIsNotThereCreatesNothing() throws Exception {
        Path data = temp.resolve("new");
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path export = cupsOfAnotherSeller();

        Run intoNothing = dossier(data, "import-1688", export.toString(), "--dry-run");
        Run intoEmpty = dossier(empty, "import-1688", export.toString(), "--dry-run", "--case-files",
                temp.resolve("elsewhere").toString());

        assertThat(intoNothing.code()).as(intoNothing.err()).isZero();
        assertThat(intoNothing.out().lines()).anySatisfy(line -> assertThat(line)
                .matches("CREATE +" + NUMBER + " +" + HENGTAI + " +New order, and .* is a new factory\\."));
        assertThat(intoNothing.err()).contains("Dry run: nothing was changed.");
        assertThat(data).doesNotExist();
        assertThat(intoEmpty.code()).as(intoEmpty.err()).isZero();
        try (Stream<Path> inside = Files.list(empty)) {
            assertThat(inside).isEmpty();
        }
        assertThat(temp.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void aDryRunIntoAFolderInUseChangesNoByteNorTime() throws Exception {
        Path data = flasksReceivedAndDisputed();
        Path export = cupsOfAnotherSeller();
        Map<String, String> before = everything(data);

        Run plain = dossier(data, "import-1688", export.toString(), "--dry-run");
        Run taking = dossier(data, "import-1688", export.toString(), "--dry-run", "--take", NUMBER);

        assertThat(plain.code()).as("the clash would be left out").isEqualTo(1);
        assertThat(plain.out()).contains("CLASH");
        assertThat(taking.code()).as(taking.err()).isZero();
        assertThat(taking.out()).contains("UPDATE", "factory Xưởng Minh Phát → " + HENGTAI);
        assertThat(everything(data)).isEqualTo(before);
        assertThat(shown(data).at("/order/quantity").asLong()).isEqualTo(500);
    }

    @Test
    void aDryRunBesideADossierThatHasTheFolderOpenReadsWhatItSaved() throws Exception {
        Path data = flasksReceivedAndDisputed();
        try (Services open = new Composition(Checkpoint.NONE, Workspace.CLOCK).open(DataLocation.peek(data, null))) {
            Run dry = dossier(data, "import-1688", cupsOfAnotherSeller().toString(), "--dry-run");

            assertThat(dry.code()).as(dry.err()).isEqualTo(1);
            assertThat(dry.out()).contains("CLASH", "Dossier: Xưởng Minh Phát · Bình giữ nhiệt · 500 cái");
            assertThat(open.orders().find(NUMBER).quantity()).isEqualTo(500);
        }
    }

    @Test
    void aDryRunRefusesToReadADatabaseLeftWithUnsavedChangesRatherThanChangeIt() throws Exception {
        Path data = flasksReceivedAndDisputed();
        Files.write(data.resolve("dossier.db-wal"), new byte[0]);
        Map<String, String> before = everything(data);

        Run dry = dossier(data, "import-1688", cupsOfAnotherSeller().toString(), "--dry-run");

        assertThat(dry.code()).isEqualTo(1);
        assertThat(dry.err()).contains("a dry run cannot read them without changing it",
                "Run any other command on this data folder once");
        assertThat(everything(data)).isEqualTo(before);
    }

    /** Every file and folder under the data folder: its bytes (or listing) and its time of change. */
    private static Map<String, String> everything(Path data) throws IOException {
        Map<String, String> all = new TreeMap<>();
        Files.walkFileTree(data, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                all.put(data.relativize(dir) + "/", attrs.lastModifiedTime().toString());
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                all.put(data.relativize(file).toString(), attrs.lastModifiedTime() + " "
                        + Arrays.hashCode(Files.readAllBytes(file)) + " " + attrs.size());
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return all;
    }
}
