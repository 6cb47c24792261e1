package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cli.DossierCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on a real data folder, as a script would use it. */
@Tag("slow")
class CommandLineTest {
    @TempDir
    Path temp;

    private Path data;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run dossier(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(new Composition(app.dossier.service.Checkpoint.NONE, app.dossier.service.Workspace.CLOCK), all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void dataFolder() {
        data = temp.resolve("D");
    }

    private Path caseFiles() {
        return data.resolve("Case files");
    }

    @Test
    void theSampleLoadsWithTheExactLayoutAndVerifies() throws Exception {
        Run sample = dossier("sample");
        assertThat(sample.code()).as(sample.err()).isZero();

        assertThat(caseFiles().resolve("business-profile.json")).as("the sample's buyer").isRegularFile();
        try (Stream<Path> factories = Files.list(caseFiles()).filter(Files::isDirectory)) {
            for (Path factory : factories.toList()) {
                try (Stream<Path> entries = Files.list(factory)) {
                    for (Path entry : entries.toList()) {
                        String name = entry.getFileName().toString();
                        if (Files.isDirectory(entry)) {
                            assertThat(name).matches("\\d{4}-\\d{2}-\\d{2} .+");
                            try (Stream<Path> inside = Files.list(entry)) {
                                assertThat(inside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                                        "Chat and agreements", "Order and confirmation", "Payments", "Receiving and QC",
                                        "case.json", "history.jsonl");
                            }
                        } else {
                            assertThat(name).isEqualTo("factory.json");
                        }
                    }
                }
            }
        }
        assertThat(caseFiles().resolve("义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/Receiving and QC/o1-pallet.jpg"))
                .exists();

        Run verify = dossier("verify");
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).isEmpty();
        assertThat(verify.err()).contains("All consistent");
    }

    @Test
    void loadingTheSampleTwiceIsRefusedWithTheReason() {
        dossier("sample");
        Run again = dossier("sample");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already has factories");
    }

    @Test
    void verifyNamesExactlyTheFileThatWasDeletedChangedOrAdded() throws Exception {
        dossier("sample");
        Path order = caseFiles().resolve("义乌市佳美日用品有限公司/2026-09-02 2837461920384756123");
        String prefix = "义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/";

        Files.delete(order.resolve("Receiving and QC/o1-pallet.jpg"));
        Run missing = dossier("verify");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.lines()).containsExactly("MISSING " + prefix + "Receiving and QC/o1-pallet.jpg");

        dossier("attach", "2837461920384756123", "receiving", writePhoto());
        byte[] sheet = Files.readAllBytes(order.resolve("Receiving and QC/o1-count-sheet.jpg"));
        sheet[sheet.length / 2] ^= 1;
        Files.write(order.resolve("Receiving and QC/o1-count-sheet.jpg"), sheet);
        Files.writeString(order.resolve("Payments/extra.txt"), "added by hand");
        Run two = dossier("verify");
        assertThat(two.lines()).containsExactly(
                "ORPHAN " + prefix + "Payments/extra.txt",
                "MODIFIED " + prefix + "Receiving and QC/o1-count-sheet.jpg",
                "MISSING " + prefix + "Receiving and QC/o1-pallet.jpg");
    }

    private String writePhoto() throws Exception {
        Path photo = temp.resolve("new.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        return photo.toString();
    }

    @Test
    void afterLosingTheDatabaseRebuildRestoresEverything() throws Exception {
        dossier("sample");
        String before = dossier("orders", "--json").out();
        String factoriesBefore = dossier("factories", "--json").out();
        String shortOrder = dossier("show", "2837461920384756123", "--json").out();
        Files.delete(data.resolve("dossier.db"));
        Files.deleteIfExists(data.resolve("dossier.db-wal"));
        Files.deleteIfExists(data.resolve("dossier.db-shm"));

        Run rebuild = dossier("rebuild");
        assertThat(rebuild.code()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).contains("3 factories, 5 orders, 26 files, 6 payments, 2 receiving records, 1 disputes");

        assertThat(dossier("orders", "--json").out()).isEqualTo(before);
        assertThat(dossier("factories", "--json").out()).isEqualTo(factoriesBefore);
        assertThat(dossier("show", "2837461920384756123", "--json").out()).isEqualTo(shortOrder);
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void aWholeCaseCanBeBuiltFromTheCommandLine() throws Exception {
        Path chat = Files.writeString(temp.resolve("chat.txt"), "李丽 2026/09/01 2:12 PM\n可以，18.5元/套\n");
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司", "--latin", "Yiwu Jiamei").code()).isZero();
        Run order = dossier("add-order", "--factory", "Jiamei", "--number", "2837461920384756123", "--product",
                "硅胶铲5件套", "--quantity", "200", "--unit", "sets", "--unit-price", "¥18.50", "--ordered-on", "2/9/2026",
                "--deadline", "2026-09-20");
        assertThat(order.code()).as(order.err()).isZero();
        assertThat(order.out()).contains("2026-09-02 2837461920384756123", "3700.00 CNY");
        assertThat(dossier("attach", "2837461920384756123", "agreement", chat.toString(), "--caption", "chốt giá")
                .code()).isZero();
        Run pay = dossier("pay", "2837461920384756123", "--amount", "13.505.000 ₫", "--paid-on", "2026-09-02",
                "--covers", "full", "--proof", writePhoto());
        assertThat(pay.code()).as(pay.err()).isZero();
        Run receive = dossier("receive", "2837461920384756123", "--arrived-at", "2026-10-03 09:40", "--units-received",
                "180", "--parcels-expected", "10", "--parcels-received", "9", "--sampled", "32", "--defective", "3",
                "--packaging", "some-damage", "--inspected-by", "Trần Văn Hùng");
        assertThat(receive.out()).contains("180 of 200 sets, 20 short, 3 defective of 32 checked");

        JsonNode shown = new ObjectMapper().readTree(dossier("show", "2837461920384756123", "--json").out());
        assertThat(shown.at("/order/orderNumber").isTextual()).isTrue();
        assertThat(shown.at("/order/orderNumber").asText()).isEqualTo("2837461920384756123");
        assertThat(shown.at("/payments/0/amount/amount").asText()).isEqualTo("13505000");
        assertThat(shown.at("/payments/0/amount/currency").asText()).isEqualTo("VND");
        assertThat(shown.at("/evidence")).hasSize(2);
        assertThat(shown.at("/receiving/unitsShort").asLong()).isEqualTo(20);
        assertThat(dossier("verify").code()).isZero();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTransferInDongWithItsRateCountsTowardsAnOrderInYuan() {
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司").code()).isZero();
        assertThat(dossier("add-order", "--factory", "佳美", "--number", "1001", "--product", "保温杯", "--quantity",
                "100", "--unit", "pcs", "--unit-price", "¥10", "--ordered-on", "2026-09-01").code()).isZero();
        assertThat(dossier("add-order", "--factory", "佳美", "--number", "1002", "--product", "保温杯", "--quantity",
                "100", "--unit", "pcs", "--unit-price", "¥10", "--ordered-on", "2026-09-01").code()).isZero();

        Run pay = dossier("pay", "1001", "--amount", "3.650.000 ₫", "--rate", "3650", "--paid-on", "2026-09-02");
        assertThat(pay.code()).as(pay.err()).isZero();
        assertThat(pay.out()).contains("3.650.000 ₫ (= ¥1,000.00 at 3,650 ₫/¥)");

        Run check = dossier("check", "1001");
        assertThat(check.out() + check.err()).doesNotContain("PAYMENTS_NOT_COMPARABLE", "exchange rate",
                "not counted", "still to pay");
        Run show = dossier("show", "1001");
        assertThat(show.out()).contains("2026-09-02  3.650.000 ₫ (= ¥1,000.00 at 3,650 ₫/¥)  full",
                "paid ¥1,000.00 of ¥1,000.00, owed ¥0.00");
        JsonNode shown = json(dossier("show", "1001", "--json").out());
        assertThat(shown.at("/payments/0/amount/amount").asText()).isEqualTo("3650000");
        assertThat(shown.at("/payments/0/inOrderCurrency/amount").asText()).isEqualTo("1000.00");
        assertThat(shown.at("/payments/0/inOrderCurrency/currency").asText()).isEqualTo("CNY");

        // without its rate the same transfer is listed, not counted, and check says which rate to add
        assertThat(dossier("pay", "1002", "--amount", "3.650.000 ₫", "--paid-on", "2026-09-02").code()).isZero();
        assertThat(dossier("check", "1002").out()).contains("The payment of 3.650.000 ₫ on 2 Sep 2026 is not counted",
                "the rate it was paid at (₫/¥)");
        assertThat(dossier("show", "1002").out()).contains("3.650.000 ₫ (not counted: needs the rate ₫/¥)",
                "paid ¥0.00 of ¥1,000.00, owed ¥1,000.00");
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() throws Exception {
        dossier("add-factory", "佳美");
        Run ambiguous = dossier("add-order", "--factory", "佳美", "--product", "x", "--quantity", "10",
                "--unit-price", "1,234 CNY", "--ordered-on", "2026-09-02");
        assertThat(ambiguous.code()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("1,234").doesNotContain("Exception");

        Run badDate = dossier("add-order", "--factory", "佳美", "--product", "x", "--quantity", "10",
                "--unit-price", "¥1", "--ordered-on", "2026-02-30");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("2026-02-30").doesNotContain("Exception");

        Run noOrder = dossier("attach", "999", "agreement", temp.toString());
        assertThat(noOrder.code()).isEqualTo(1);
        assertThat(noOrder.err()).contains("No order has the number or id “999”");

        Run badCategory = dossier("attach", "999", "photos", temp.toString());
        assertThat(badCategory.code()).isEqualTo(1);
        assertThat(badCategory.err()).contains("agreement, confirmation, payment or receiving");

        assertThat(dossier("orders").out()).contains("No orders yet");
    }

    @Test
    void listsPrintJsonWithOrderNumbersAsText() throws Exception {
        dossier("sample");
        JsonNode orders = new ObjectMapper().readTree(dossier("orders", "--json").out());
        assertThat(orders).hasSize(5);
        assertThat(orders.findValues("orderNumber")).anySatisfy(n -> {
            assertThat(n.isTextual()).isTrue();
            assertThat(n.asText()).isEqualTo("2837461920384756123");
        });
        JsonNode jiamei = new ObjectMapper().readTree(dossier("orders", "--factory", "Jiamei", "--json").out());
        assertThat(jiamei).hasSize(2);
    }

    @Test
    void checkListsTheSeedsWarningsForTheSampleAndExitsOne() throws Exception {
        assertThat(dossier("check").code()).as("nothing to check in an empty folder").isZero();
        dossier("sample");
        Run check = dossier("check", "--json");
        assertThat(check.code()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(check.out()).get("findings");
        assertThat(findings.findValuesAsText("kind")).contains("SAMPLE_NOT_CONFIRMED", "NOT_INSPECTED",
                "FACTORY_NOT_NOTIFIED", "DEPOSIT_NOT_ACKNOWLEDGED", "CHAT_EXPORT_DUE", "CONTRACT_ADVICE_OEM",
                "CONTRACT_ADVICE_LARGE_ORDER");
        Run one = dossier("check", "JX-2026-031");
        assertThat(one.out()).contains("CONTRACT_ADVICE_LARGE_ORDER").doesNotContain("DEPOSIT_NOT_ACKNOWLEDGED");
    }

    @Test
    void thePacketIsTheFactorysCopyUnlessTheBuyerAsksForTheirOwn() throws Exception {
        dossier("sample");
        Path factory = temp.resolve("factory.pdf");
        Path own = temp.resolve("own.pdf");
        assertThat(dossier("packet", "2837461920384756123", "--out", factory.toString()).code()).isZero();
        assertThat(dossier("packet", "2837461920384756123", "--out", own.toString(), "--copy", "own").code()).isZero();

        assertThat(app.dossier.packet.PacketFixture.text(Files.readAllBytes(factory))).doesNotContain("₫")
                .doesNotContain("VND").contains("¥425.50");
        assertThat(app.dossier.packet.PacketFixture.text(Files.readAllBytes(own))).contains("₫").contains("VND");

        Run wrong = dossier("packet", "2837461920384756123", "--out", factory.toString(), "--copy", "buyer");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("factory").contains("own").doesNotContain("Exception");
    }

    @Test
    void thePacketsLanguageIsViOrEnAsHelpSays() throws Exception {
        dossier("sample");
        Path pdf = temp.resolve("zh packet.pdf");
        Run chinese = dossier("packet", "2837461920384756123", "--out", pdf.toString(), "--language", "zh");

        assertThat(chinese.code()).isNotZero();
        assertThat(chinese.err()).contains("Vietnamese (vi) or English (en)").doesNotContain("Exception");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void thePacketOfTheShortOrderIsAnArchivalPdfWithTheMessageInChineseAndEnglish() throws Exception {
        dossier("sample");
        Path pdf = temp.resolve("短缺 packet.pdf");
        Run packet = dossier("packet", "2837461920384756123", "--out", pdf.toString(), "--language", "en");
        assertThat(packet.code()).as(packet.err()).isZero();
        assertThat(packet.out()).contains("10 photos");

        byte[] bytes = Files.readAllBytes(pdf);
        String text = app.dossier.packet.PacketFixture.text(bytes).replaceAll("\\s+", " ");
        assertThat(text).contains("订购200套", "到货180套", "少发20套", "3套不良");
        assertThat(text).contains("we ordered 200 sets", "180 sets arrived", "20 sets are missing",
                "found 3 defective", "¥425.50");
        assertThat(app.dossier.packet.PacketFixture.pdfaFailures(bytes)).isEmpty();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
            List<String> bookmarks = new java.util.ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            assertThat(bookmarks).hasSizeGreaterThanOrEqualTo(9).doesNotHaveDuplicates();
        }
    }

    @Test
    void aRefundFolderHoldsAtMostFiveSmallJpegsAndAShortDescription() throws Exception {
        dossier("sample");
        Path folder = temp.resolve("1688 refund");
        Run run = dossier("refund-folder", "2837461920384756123", "--out", folder.toString(), "--image", "o1-pallet.jpg",
                "--image", "o1-defect-closeup.jpg", "--image", "o1-count-sheet.jpg");
        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> images = files.filter(p -> p.toString().endsWith(".jpg")).toList();
            assertThat(images).hasSize(3);
            for (Path image : images) {
                assertThat(Files.size(image)).isLessThan(1_000_000);
            }
        }
        String description = Files.readString(folder.resolve("description.txt")).strip();
        assertThat(description.length()).isBetween(2, 150);
        assertThat(description).contains("2837461920384756123");
        Run tooMany = dossier("refund-folder", "2837461920384756123", "--out", temp.resolve("x").toString(),
                "--image", "o1-pallet.jpg", "--image", "o1-defect-closeup.jpg", "--image", "o1-count-sheet.jpg",
                "--image", "o1-damaged-carton.jpg", "--image", "o1-sample.jpg", "--image", "o1-chat-spec.png");
        assertThat(tooMany.code()).isEqualTo(1);
        assertThat(tooMany.err()).contains("1 to 5 images");
    }

    @Test
    void aDisputeMovesThroughItsStepsAndRefusesOneThatCannotFollow() throws Exception {
        dossier("sample");
        assertThat(dossier("dispute-step", "2837461920384756123", "sent", "--at", "2026-11-26 12:00").code()).isZero();
        Path reply = Files.writeString(temp.resolve("reply.txt"), "工厂同意补发20套");
        Run replied = dossier("dispute-step", "2837461920384756123", "factory-replied", "--at", "2026-11-27 10:00",
                "--evidence", reply.toString(), "--note", "Factory agrees to ship 20 sets");
        assertThat(replied.code()).as(replied.err()).isZero();
        Run refused = dossier("dispute-step", "2837461920384756123", "closed", "--at", "2026-11-28 10:00");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot become closed");
        JsonNode shown = new ObjectMapper().readTree(dossier("show", "2837461920384756123", "--json").out());
        assertThat(shown.at("/disputes/0/status").asText()).isEqualTo("factory-replied");
        assertThat(dossier("verify").code()).isZero();
    }

    private Path resource(String name) throws Exception {
        Path file = temp.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (java.io.InputStream in = getClass().getResourceAsStream("/imports/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void import1688PreviewsWithDryRunThenImportsOnceAndKeepsTheFile() throws Exception {
        String export = resource("1688/orders-2026-11.xlsx").toString();

        Run dry = dossier("import-1688", export, "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.lines()).anySatisfy(line -> assertThat(line)
                .matches("CREATE +2837461920384756123 +义乌市佳美日用品有限公司 +New order, and .* is a new factory\\."));
        assertThat(dry.lines()).filteredOn(line -> line.startsWith("CREATE")).hasSize(4);
        assertThat(dry.err()).contains("Dry run: nothing was changed.");
        assertThat(dossier("orders").out()).contains("No orders yet");

        Run imported = dossier("import-1688", export);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported: 4 orders created, 0 updated, 2 factories added");
        assertThat(caseFiles().resolve("义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/Order and confirmation"
                + "/orders-2026-11.xlsx")).exists();
        JsonNode order = new ObjectMapper().readTree(dossier("show", "2837461920384756123", "--json").out());
        assertThat(order.at("/order/quantity").asLong()).isEqualTo(200);

        Run again = dossier("import-1688", export);
        assertThat(again.code()).isZero();
        assertThat(again.lines()).filteredOn(line -> line.startsWith("SKIP")).hasSize(4)
                .allSatisfy(line -> assertThat(line).endsWith("Already in Dossier, the same as in the file."));
        assertThat(again.out()).contains("Nothing to import");
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void import1688ExitsOneWhenARowIsRefusedOrTheFileCannotBeRead() throws Exception {
        Path csv = Files.writeString(temp.resolve("orders.csv"),
                "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量,单位\n"
                        + "2840019375561028394,义乌市佳美日用品有限公司,6400.00,交易成功,2026-10-15 09:20:00,304不锈钢饭盒,12.80,500,个\n"
                        + "2837461920384756123,义乌市佳美日用品有限公司,3700.00,交易成功,2026-09-02 10:30:00,硅胶铲5件套,18.50,两百,套\n");
        Run partly = dossier("import-1688", csv.toString());
        assertThat(partly.code()).isEqualTo(1);
        assertThat(partly.lines()).anySatisfy(line -> assertThat(line)
                .matches("SKIP +2837461920384756123 +— +Row 3, 数量 “两百”: not a number\\."));
        assertThat(partly.out()).contains("Imported: 1 orders created");

        byte[] workbook = Files.readAllBytes(resource("1688/orders-2026-11.xlsx"));
        Path broken = Files.write(temp.resolve("broken.xlsx"), java.util.Arrays.copyOf(workbook, 1000));
        Run unreadable = dossier("import-1688", broken.toString());
        assertThat(unreadable.code()).isEqualTo(1);
        assertThat(unreadable.err()).contains("broken.xlsx is damaged or not a complete .xlsx workbook")
                .doesNotContain("Exception");
        assertThat(dossier("orders", "--json").out()).doesNotContain("2851234098765432101");
    }

    @Test
    void importChatKeepsTheChatAndShowsItsMessages() throws Exception {
        dossier("add-factory", "义乌市佳美日用品有限公司");
        dossier("add-order", "--factory", "佳美", "--number", "2837461920384756123", "--product", "硅胶铲5件套",
                "--quantity", "200", "--unit", "sets", "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");

        Run chat = dossier("import-chat", "2837461920384756123", resource("chats/memotrace-lisa_utf8.csv").toString(),
                "--me", "Mai", "--them", "李丽");

        assertThat(chat.code()).as(chat.err()).isZero();
        assertThat(chat.lines().get(0)).isEqualTo("Kept 义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/Chat and"
                + " agreements/memotrace-lisa_utf8.csv: WeChat chat with 李丽, 10 messages, from 2026-08-27 09:00 to"
                + " 2026-09-01 14:31");
        assertThat(chat.lines()).anySatisfy(line -> assertThat(line)
                .contains("2026-09-01 14:30", "李丽", "大货按照这个样品做，颜色和包装都一样，确认。"));
        Run again = dossier("import-chat", "2837461920384756123", resource("chats/memotrace-lisa_utf8.csv").toString());
        assertThat(again.lines().get(0)).startsWith("Already kept as ");
        Run notAChat = dossier("import-chat", "2837461920384756123", writePhoto());
        assertThat(notAChat.code()).isEqualTo(1);
        assertThat(notAChat.err()).contains("not a chat export Dossier can read");
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void searchFindsVietnameseTypedWithoutTonesAndAnOrderByPartOfItsNumber() throws Exception {
        dossier("sample");
        Run attach = dossier("attach", "2840019375561028394", "receiving", writePhoto(), "--caption",
                "Đơn hàng về đủ 25 thùng");
        assertThat(attach.code()).as(attach.err()).isZero();

        Run search = dossier("search", "don hang");
        assertThat(search.code()).isZero();
        assertThat(search.lines()).anySatisfy(line -> assertThat(line)
                .matches("EVIDENCE +Đơn hàng về đủ 25 thùng +2840019375561028394 · Receiving and QC/new\\.png"));

        Run number = dossier("search", "2837461920");
        assertThat(number.lines()).anySatisfy(line -> assertThat(line)
                .matches("ORDER +2837461920384756123 +2026-09-02 · 义乌市佳美日用品有限公司 · .*"));

        JsonNode json = new ObjectMapper().readTree(dossier("search", "biên", "lai", "--json").out());
        assertThat(json.findValuesAsText("kind")).isNotEmpty().containsOnly("EVIDENCE");
        assertThat(json.findValuesAsText("title")).allSatisfy(title -> assertThat(title).startsWith("Biên lai"));

        Run nothing = dossier("search", "鲸鱼");
        assertThat(nothing.code()).isZero();
        assertThat(nothing.err()).contains("Nothing found for “鲸鱼”");
    }

    @Test
    void photosAsPhonesWriteThemAreAttachedAndShownWithTheirTimes() throws Exception {
        assertThat(dossier("sample").code()).isZero();
        Path phone = java.nio.file.Files.createDirectories(temp.resolve("phone"));
        java.nio.file.Files.copy(app.dossier.photos.PhoneFiles.SAMPLES.resolve("iphone-grid.heic"), phone.resolve("IMG_1001.HEIC"));
        byte[] jpeg = app.dossier.photos.PhoneFiles.jpeg(app.dossier.photos.PhoneFiles.picture(400, 300),
                app.dossier.photos.PhoneFiles.exif("2015:01:01 00:03:00", null, 1));
        app.dossier.photos.PhoneFiles.write(phone, "20150101_000300.jpg", app.dossier.photos.PhoneFiles.withSamsungTrailer(jpeg));

        Run attach = dossier("attach", "2837461920384756123", "receiving", phone.toString());
        Run show = dossier("show", "2837461920384756123");

        assertThat(attach.code()).as(attach.err()).isZero();
        assertThat(show.out()).contains("Receiving and QC/IMG_1001.HEIC", "taken 2026-10-03 10:31",
                "Receiving and QC/20150101_000300.jpg", "taken 2015-01-01 00:03 (the phone's clock seems wrong: years before the order)");
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void markTheDefectOnAPhotoInPercentShowItAndClearIt() throws Exception {
        assertThat(dossier("sample").code()).isZero();

        Run mark = dossier("mark-defect", "2837461920384756123", "o1-defect-closeup.jpg", "--region", "42,38%,17,13");
        assertThat(mark.code()).as(mark.err()).isZero();
        assertThat(mark.out()).isEqualTo("Marked the defect on Receiving and QC/o1-defect-closeup.jpg:"
                + " left 42%, top 38%, 17% wide, 13% high.\n".replace("\n", System.lineSeparator()));
        Run show = dossier("show", "2837461920384756123");
        assertThat(show.out()).contains("Receiving and QC/o1-defect-closeup.jpg  — ",
                "    defect marked: left 42%, top 38%, 17% wide, 13% high");
        assertThat(Files.readString(caseFiles().resolve(
                "义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/case.json")))
                .contains("\"left\": 0.4200", "\"top\": 0.3800", "\"width\": 0.1700", "\"height\": 0.1300");

        Run outside = dossier("mark-defect", "2837461920384756123", "o1-defect-closeup.jpg", "--region", "90,38,17,13");
        assertThat(outside.code()).isEqualTo(1);
        assertThat(outside.err()).contains("goes outside the photo");
        Run both = dossier("mark-defect", "2837461920384756123", "o1-defect-closeup.jpg", "--region", "1,2,3,4", "--clear");
        assertThat(both.code()).isEqualTo(2);

        Run clear = dossier("mark-defect", "2837461920384756123", "o1-defect-closeup.jpg", "--clear");
        assertThat(clear.code()).as(clear.err()).isZero();
        assertThat(dossier("show", "2837461920384756123").out()).doesNotContain("defect marked");
        assertThat(dossier("verify").code()).isZero();
    }
}
