package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.FieldChange;
import app.dossier.domain.ImportAction;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.PlannedOrder;
import app.dossier.imports.UnreadableFileException;
import app.dossier.imports.XlsxFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bringing in a 1688 buyer order export, as a user would: preview, import, import again. */
public class ImportServiceTest {
    private static final String JIAMEI = "义乌市佳美日用品有限公司";
    private static final String JINXIU = "广州市锦绣服装有限公司";
    private static final String SPATULAS = "2837461920384756123";

    @TempDir
    Path temp;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A fixture copied where a user would have downloaded it. */
    public static Path download(Workspace w, String resource, String name) throws IOException {
        return Files.write(w.outside().resolve(name), resource(resource));
    }

    private static List<Evidence> confirmations(Workspace w, Order order) {
        return w.services().evidence().ofOrder(order.id()).stream()
                .filter(e -> e.category() == EvidenceCategory.CONFIRMATION).toList();
    }

    @Test
    void thePreviewSaysWhatWillBeCreatedAndWhyAndChangesNothing() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Path export = download(w, "1688/orders-2026-11.xlsx", "orders-2026-11.xlsx");
            Snapshot before = Snapshot.of(w);

            ImportPreview preview = w.services().imports().preview(export);

            assertThat(Snapshot.of(w)).isEqualTo(before);
            assertThat(preview.readAs()).isEqualTo("sheet “订单列表” of orders-2026-11.xlsx");
            assertThat(preview.orders()).extracting(PlannedOrder::action, PlannedOrder::orderNumber,
                    PlannedOrder::factoryName).containsExactly(
                    tuple(ImportAction.CREATE, SPATULAS, JIAMEI),
                    tuple(ImportAction.CREATE, "2840019375561028394", JIAMEI),
                    tuple(ImportAction.CREATE, "2851234098765432101", JINXIU),
                    tuple(ImportAction.CREATE, "2863300112233445566", JIAMEI));
            assertThat(preview.plan().newFactories()).extracting(Factory::name).containsExactly(JIAMEI, JINXIU);
            assertThat(preview.orders().get(0).reasons()).containsExactly("New order, and “" + JIAMEI
                    + "” is a new factory.");
            assertThat(preview.refused()).isEmpty();
        }
    }

    @Test
    void importingCreatesTheFactoriesAndOrdersAndKeepsTheFileInEachOrder() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Path export = download(w, "1688/orders-2026-11.xlsx", "orders-2026-11.xlsx");

            ImportReport report = w.services().imports().apply(export, ProgressListener.NONE);

            assertThat(report.complete()).isTrue();
            assertThat(report.created()).hasSize(4);
            assertThat(report.factories()).extracting(Factory::name).containsExactly(JIAMEI, JINXIU);
            assertThat(w.services().factories().list()).extracting(Factory::name).containsExactlyInAnyOrder(JIAMEI, JINXIU);

            Order spatulas = w.services().orders().find(SPATULAS);
            assertThat(spatulas.quantity()).as("two colours of 100 sets on two rows").isEqualTo(200);
            assertThat(spatulas.unit()).isEqualTo("套");
            assertThat(spatulas.unitPrice()).isEqualTo(Money.of("18.50", Money.CNY));
            assertThat(spatulas.folder()).isEqualTo(JIAMEI + "/2026-09-02 " + SPATULAS);
            assertThat(spatulas.notes()).contains("灰色 × 100 套", "浅绿色 × 100 套");
            assertThat(Files.isDirectory(w.root().resolve(spatulas.folder()).resolve("Receiving and QC"))).isTrue();

            for (Order order : report.created()) {
                assertThat(confirmations(w, order)).singleElement().satisfies(e -> {
                    assertThat(e.file()).isEqualTo("Order and confirmation/orders-2026-11.xlsx");
                    assertThat(Files.readAllBytes(w.root().resolve(order.folder()).resolve(e.file())))
                            .isEqualTo(resource("1688/orders-2026-11.xlsx"));
                });
            }
            assertThat(confirmations(w, spatulas).get(0).caption()).isEqualTo("1688 order export: order " + SPATULAS
                    + " is on rows 4–5 of sheet “订单列表” of orders-2026-11.xlsx");
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aSecondImportOfTheSameFileChangesNothing() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Path export = download(w, "1688/orders-2026-11.xlsx", "orders-2026-11.xlsx");
            w.services().imports().apply(export, ProgressListener.NONE);
            Snapshot before = Snapshot.of(w);

            ImportPreview preview = w.services().imports().preview(export);
            ImportReport again = w.services().imports().apply(export, ProgressListener.NONE);

            assertThat(preview.orders()).extracting(PlannedOrder::action).containsOnly(ImportAction.SKIP);
            assertThat(preview.orders()).allSatisfy(p ->
                    assertThat(p.reasons()).first().isEqualTo("Already in Dossier, the same as in the file."));
            assertThat(again.changedNothing()).isTrue();
            assertThat(again.complete()).isTrue();
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    @Test
    void aFactoryAlreadyInDossierUnderTheSellersNameIsUsed() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Factory typed = w.factory(JINXIU);
            ImportReport report = w.services().imports()
                    .apply(download(w, "1688/orders-2026-11.xlsx", "orders.xlsx"), ProgressListener.NONE);

            assertThat(report.factories()).extracting(Factory::name).containsExactly(JIAMEI);
            assertThat(w.services().orders().find("2851234098765432101").factoryId()).isEqualTo(typed.id());
            assertThat(w.services().factories().list()).hasSize(2);
        }
    }

    @Test
    void anOrderChangedInDossierIsUpdatedFromTheFileWhichIsKeptOnce() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Path export = download(w, "1688/orders-2026-11.xlsx", "orders.xlsx");
            w.services().imports().apply(export, ProgressListener.NONE);
            Order o = w.services().orders().find(SPATULAS);
            w.services().orders().update(new Order(o.id(), o.factoryId(), o.orderNumber(), o.channel(), o.kind(),
                    o.product(), o.specs(), 180, o.unit(), o.unitPrice(), o.orderedOn(), o.deliveryDeadline(),
                    o.agreedOn(), "Hàng về thiếu 20 bộ.", o.folder()));

            ImportPreview preview = w.services().imports().preview(export);
            assertThat(preview.orders().get(0).action()).isEqualTo(ImportAction.UPDATE);
            assertThat(preview.orders().get(0).changes()).containsExactly(new FieldChange("quantity", "180", "200"));
            ImportReport report = w.services().imports().apply(export, ProgressListener.NONE);

            assertThat(report.updated()).extracting(Order::orderNumber).containsExactly(SPATULAS);
            Order after = w.services().orders().find(SPATULAS);
            assertThat(after.quantity()).isEqualTo(200);
            assertThat(after.notes()).as("the user's notes stay").isEqualTo("Hàng về thiếu 20 bộ.");
            assertThat(confirmations(w, after)).as("the same file is kept once").hasSize(1);
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aCsvSavedByExcelInGbkAndOneInUtf8WithAByteOrderMarkAreReadAsWritten() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            ImportReport gbk = w.services().imports()
                    .apply(download(w, "1688/orders-excel-gbk.csv", "orders-gbk.csv"), ProgressListener.NONE);
            ImportReport bom = w.services().imports()
                    .apply(download(w, "1688/orders-utf8-bom.csv", "orders-utf8.csv"), ProgressListener.NONE);

            assertThat(gbk.preview().readAs()).isEqualTo("orders-gbk.csv, text in GBK (GB18030)");
            assertThat(gbk.created()).extracting(Order::orderNumber)
                    .containsExactly("2840019375561028394", "2851234098765432101");
            assertThat(bom.created()).extracting(Order::orderNumber).containsExactly(SPATULAS);
            assertThat(w.services().orders().find("2840019375561028394").product())
                    .isEqualTo("304不锈钢饭盒1.2L 双层保温便当盒");
            assertThat(w.services().factories().list()).extracting(Factory::name)
                    .containsExactlyInAnyOrder(JIAMEI, JINXIU);
        }
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithTheReasonAndNothingIsImported() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            byte[] workbook = resource("1688/orders-2026-11.xlsx");
            Path broken = Files.write(w.outside().resolve("broken.xlsx"),
                    Arrays.copyOf(workbook, workbook.length / 2));
            Path wrongSheet = Files.write(w.outside().resolve("hang-ve.xlsx"), new XlsxFile()
                    .sheet("Sheet1", List.of(List.of("Tên hàng", "Số lượng"), List.of("Bộ xẻng silicon", "200")))
                    .bytes());
            Path missingColumns = Files.writeString(w.outside().resolve("orders.csv"),
                    "订单编号,卖家公司名,订单状态,订单创建时间,货品标题,单价(元)\n"
                            + SPATULAS + "," + JIAMEI + ",交易成功,2026-09-02 10:30:00,硅胶铲5件套,18.50\n");
            byte[] text = ("订单编号,卖家公司名,实付款(元)\n" + SPATULAS + ",佳美,3700\n").getBytes(StandardCharsets.UTF_8);
            byte[] notUtf8NorGbk = Arrays.copyOf(text, text.length + 2);
            notUtf8NorGbk[text.length] = (byte) 0xFF;
            notUtf8NorGbk[text.length + 1] = (byte) 0xFF;
            Path unknownEncoding = Files.write(w.outside().resolve("orders-big5.csv"), notUtf8NorGbk);
            Snapshot before = Snapshot.of(w);

            assertRefused(w, broken, "broken.xlsx is damaged or not a complete .xlsx workbook");
            assertRefused(w, wrongSheet, "No sheet of hang-ve.xlsx has the columns of a 1688 order export");
            assertRefused(w, missingColumns, "lacks the columns 实付款(元), 数量");
            assertRefused(w, unknownEncoding, "neither an .xlsx workbook nor text in UTF-8 or GBK");
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    private static void assertRefused(Workspace w, Path file, String message) {
        assertThatThrownBy(() -> w.services().imports().preview(file))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> w.services().imports().apply(file, ProgressListener.NONE))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining(message);
    }

    @Test
    void rowsThatCannotBeReadAreRefusedWithTheirReasonAndTheOtherOrdersComeIn() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Path csv = Files.writeString(w.outside().resolve("orders.csv"),
                    "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量,单位\n"
                            + "2840019375561028394," + JIAMEI + ",6400.00,交易成功,2026-10-15 09:20:00,304不锈钢饭盒,12.80,500,个\n"
                            + SPATULAS + "," + JIAMEI + ",3700.00,交易成功,2026-09-02 10:30:00,硅胶铲5件套,18.50,两百,套\n");

            ImportReport report = w.services().imports().apply(csv, ProgressListener.NONE);

            assertThat(report.created()).extracting(Order::orderNumber).containsExactly("2840019375561028394");
            assertThat(report.preview().refused()).singleElement().satisfies(refused -> {
                assertThat(refused.orderNumber()).isEqualTo(SPATULAS);
                assertThat(refused.reasons()).containsExactly("Row 3, 数量 “两百”: not a number.");
            });
            assertThat(report.complete()).isFalse();
        }
    }

    @Test
    void anOrderThatFailsIsReportedAndChangesNothingWhileTheOthersAreImported() throws Exception {
        int secondOrdersFirstStep;
        Path dry = Files.createDirectories(temp.resolve("dry"));
        try (Workspace w = new Workspace(dry)) {
            w.faults().failAt(-1);
            w.services().imports().apply(download(w, "1688/orders-2026-11.xlsx", "orders.xlsx"), ProgressListener.NONE);
            secondOrdersFirstStep = w.faults().seen().indexOf("commit") + 1;
        }
        try (Workspace w = new Workspace(Files.createDirectories(temp.resolve("run")))) {
            w.faults().failAt(secondOrdersFirstStep);

            ImportReport report = w.services().imports()
                    .apply(download(w, "1688/orders-2026-11.xlsx", "orders.xlsx"), ProgressListener.NONE);
            w.faults().failAt(-1);

            assertThat(report.failed()).singleElement().satisfies(failure -> {
                assertThat(failure.orderNumber()).isEqualTo("2840019375561028394");
                assertThat(failure.reason()).contains("Could not import order 2840019375561028394", "Nothing was changed");
            });
            assertThat(report.created()).extracting(Order::orderNumber)
                    .containsExactly(SPATULAS, "2851234098765432101", "2863300112233445566");
            assertThat(w.services().orders().list(null)).hasSize(3);
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();

            ImportReport retry = w.services().imports()
                    .apply(w.outside().resolve("orders.xlsx"), ProgressListener.NONE);
            assertThat(retry.created()).extracting(Order::orderNumber).containsExactly("2840019375561028394");
        }
    }
}
