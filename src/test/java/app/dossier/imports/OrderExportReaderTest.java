package app.dossier.imports;

import static app.dossier.imports.ExportRows.HEADER;
import static app.dossier.imports.ExportRows.item;
import static app.dossier.imports.ExportRows.order;
import static app.dossier.imports.ExportRows.row;
import static app.dossier.imports.ExportRows.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.Money;
import app.dossier.imports.XlsxFile.DateSerial;
import app.dossier.imports.XlsxFile.Num;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderExportReaderTest {
    private static final String JIAMEI = "义乌市佳美日用品有限公司";
    private static final String JINXIU = "广州市锦绣服装有限公司";

    private final OrderExportReader reader = new OrderExportReader();

    static byte[] resource(String name) {
        try (InputStream in = OrderExportReaderTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrderExportReading readXlsx(List<List<Object>> rows) {
        return reader.read(new XlsxFile().sheet("订单列表", rows).bytes(), "orders.xlsx");
    }

    private static Money yuan(String amount) {
        return Money.of(amount, Money.CNY);
    }

    @Nested
    class TheExportAs1688GivesIt {
        private final OrderExportReading reading = reader.read(resource("1688/orders-2026-11.xlsx"), "orders-2026-11.xlsx");

        @Test
        void readsEveryOrderBelowTheTitleRowOfTheFirstSheet() {
            assertThat(reading.readAs()).isEqualTo("sheet “订单列表” of orders-2026-11.xlsx");
            assertThat(reading.orders()).extracting(Imported1688Order::orderNumber).containsExactly(
                    "2837461920384756123", "2840019375561028394", "2851234098765432101", "2863300112233445566");
            assertThat(reading.refused()).isEmpty();
        }

        @Test
        void anOrderOfTwoItemsCarriesItsOrderCellsDownToTheSecondRow() {
            Imported1688Order spatulas = reading.orders().get(0);
            assertThat(spatulas.sellerCompany()).isEqualTo(JIAMEI);
            assertThat(spatulas.sellerMember()).isEqualTo("jiamei888");
            assertThat(spatulas.status()).isEqualTo("交易成功");
            assertThat(spatulas.createdAt()).isEqualTo(LocalDateTime.of(2026, 9, 2, 10, 30));
            assertThat(spatulas.paidAt()).isEqualTo(LocalDateTime.of(2026, 9, 2, 10, 35));
            assertThat(spatulas.paidTotal()).isEqualTo(yuan("3700.00"));
            assertThat(spatulas.freight()).isEqualTo(yuan("0"));
            assertThat(spatulas.buyerMessage()).isEqualTo("请按样品颜色发货，每套独立OPP袋，20套一箱。");
            assertThat(spatulas.rowNumbers()).containsExactly(4, 5);
            assertThat(spatulas.items()).extracting(Imported1688Order.Item::model, Imported1688Order.Item::quantity,
                    Imported1688Order.Item::unitPrice, Imported1688Order.Item::unit, Imported1688Order.Item::rowNumber)
                    .containsExactly(
                            tuple("灰色", 100L, yuan("18.50"), "套", 4),
                            tuple("浅绿色", 100L, yuan("18.50"), "套", 5));
            assertThat(spatulas.addsUp()).isTrue();
        }

        @Test
        void idsStoredAsNumbersComeOutAsTheirDigits() {
            Imported1688Order.Item grey = reading.orders().get(0).items().get(0);
            assertThat(grey.offerId()).isEqualTo("612345678901");
            assertThat(grey.skuId()).isEqualTo("4987654321012");
            assertThat(grey.articleNumber()).isEqualTo("JM-5P-G");
        }

        @Test
        void anUnpaidOrderHasNoPaymentTimeAndKeepsItsDiscount() {
            Imported1688Order unpaid = reading.orders().get(3);
            assertThat(unpaid.status()).isEqualTo("等待买家付款");
            assertThat(unpaid.paidAt()).isNull();
            assertThat(unpaid.freight()).isEqualTo(yuan("15.00"));
            assertThat(unpaid.adjustment()).isEqualTo(yuan("-15.00"));
            assertThat(unpaid.paidTotal()).isEqualTo(yuan("1300.00"));
            assertThat(unpaid.addsUp()).isTrue();
        }

        @Test
        void readsTheSameFromAPath(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("orders.xlsx");
            Files.write(file, resource("1688/orders-2026-11.xlsx"));
            assertThat(reader.read(file).orders()).isEqualTo(reading.orders());
        }
    }

    @Nested
    class OrderNumbers {
        @Test
        void aNumberCellHoldingAll19DigitsKeepsThemExactly() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(
                    order(new Num("2837461920384756123"), JIAMEI, "3700.00", "2026-09-02 10:30:00", "硅胶铲5件套",
                            "18.50", new Num("200"), "套"))));
            assertThat(reading.orders()).singleElement().extracting(Imported1688Order::orderNumber)
                    .isEqualTo("2837461920384756123");
        }

        @Test
        void aNumberThatLostItsLastDigitsIsRefusedAndTheOtherOrdersComeIn() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(
                    order(new Num("2.83746E+18"), JIAMEI, "3700.00", "2026-09-02 10:30:00", "硅胶铲5件套", "18.50",
                            "200", "套"),
                    order(new Num("2.8401937556102838E18"), JIAMEI, "6400.00", "2026-10-15 09:20:00", "304不锈钢饭盒",
                            "12.80", "500", "个"),
                    order("2851234098765432101", JINXIU, "13500.00", "2026-11-03 14:10:00", "加绒卫衣", "45.00",
                            "300", "件"))));
            assertThat(reading.orders()).extracting(Imported1688Order::orderNumber)
                    .containsExactly("2851234098765432101");
            assertThat(reading.refused()).hasSize(2);
            assertThat(reading.refused().get(0).rowNumbers()).containsExactly(2);
            assertThat(reading.refused().get(0).reasons()).singleElement().asString()
                    .startsWith("Row 2, 订单编号 “2.83746E+18”")
                    .contains("last digits were lost")
                    .contains("Export the orders from 1688 again");
        }

        @Test
        void textTheWayExcelShowsALongNumberIsRefusedToo() {
            String csv = "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量\n"
                    + "2.83746E+18,义乌市佳美日用品有限公司,3700,交易成功,2026/9/2 10:30,硅胶铲5件套,18.5,200\n";
            OrderExportReading reading = reader.read(csv.getBytes(StandardCharsets.UTF_8), "orders.csv");
            assertThat(reading.orders()).isEmpty();
            assertThat(reading.refused()).singleElement().satisfies(refused -> {
                assertThat(refused.orderNumber()).isEqualTo("2.83746E+18");
                assertThat(refused.reasons().get(0)).contains("last digits were lost");
            });
        }

        @Test
        void aShortIdStoredAsANumberIsExact() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(
                    order(new Num("1.23456789012E11"), JIAMEI, "10.00", "2026-09-02 10:30:00", "样品", "10.00", "1",
                            "个"))));
            assertThat(reading.orders().get(0).orderNumber()).isEqualTo("123456789012");
        }
    }

    @Nested
    class Columns {
        @Test
        void areFoundByNameInAnyOrderWithSpacesFullWidthBracketsAndExtraColumns() {
            List<Object> header = row("货品标题", " 数量 ", "物料编号", "单价（元）", "货品种类", "实付款（元）", "订单状态",
                    "订单编号", "卖家公司名", "订单创建时间", "运 费（元）", "物流公司", "运单号");
            OrderExportReading reading = readXlsx(rows(header, List.of(
                    row("304不锈钢饭盒1.2L", "500", "M-001", "12.80", "餐具", "6,400.00", "交易成功",
                            "2840019375561028394", JIAMEI, "2026-10-15 09:20:00", "0", "中通快递", "75312345678901"))));
            Imported1688Order order = reading.orders().get(0);
            assertThat(order.orderNumber()).isEqualTo("2840019375561028394");
            assertThat(order.paidTotal()).isEqualTo(yuan("6400.00"));
            assertThat(order.items()).singleElement().satisfies(item -> {
                assertThat(item.quantity()).isEqualTo(500);
                assertThat(item.unitPrice()).isEqualTo(yuan("12.80"));
            });
            assertThat(order.shipping()).isEqualTo("中通快递 75312345678901");
        }

        @Test
        void missingRequiredColumnsAreNamedAndNothingIsImported() {
            List<Object> header = new ArrayList<>(HEADER);
            int paid = header.indexOf("实付款(元)");
            int quantity = header.indexOf("数量");
            header.set(paid, "备注");
            header.set(quantity, "件数");
            assertThatThrownBy(() -> readXlsx(rows(header, List.of(order("2840019375561028394", JIAMEI, "6400.00",
                    "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80", "500", "个")))))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("lacks the columns 实付款(元), 数量")
                    .hasMessageContaining("nothing was imported");
        }

        @Test
        void aWorkbookWithoutTheColumnsSaysSoAndNamesItsSheets() {
            byte[] workbook = new XlsxFile()
                    .sheet("Sheet1", List.of(row("Tên hàng", "Số lượng"), row("Bộ xẻng silicon", "200")))
                    .sheet("Sheet2", List.of(row("备注")))
                    .bytes();
            assertThatThrownBy(() -> reader.read(workbook, "hang-ve.xlsx"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("No sheet of hang-ve.xlsx has the columns of a 1688 order export")
                    .hasMessageContaining("Sheet1, Sheet2");
        }

        @Test
        void ordersOnASecondSheetAreFound() {
            byte[] workbook = new XlsxFile()
                    .sheet("说明", List.of(row("本文件由系统导出，请勿修改")))
                    .sheet("订单", rows(HEADER, List.of(order("2840019375561028394", JIAMEI, "6400.00",
                            "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80", "500", "个"))))
                    .bytes();
            OrderExportReading reading = reader.read(workbook, "orders.xlsx");
            assertThat(reading.readAs()).isEqualTo("sheet “订单” of orders.xlsx");
            assertThat(reading.orders()).hasSize(1);
        }
    }

    @Nested
    class CellsASpreadsheetChanged {
        @Test
        void datesStoredAsDatesAreReadToTheSecond() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(order("2840019375561028394", JIAMEI,
                    "6400.00", null, "304不锈钢饭盒", "12.80", "500", "个"))));
            assertThat(reading.refused()).isNotEmpty();

            List<Object> row = order("2840019375561028394", JIAMEI, "6400.00", "x", "304不锈钢饭盒", "12.80", "500", "个");
            row.set(HEADER.indexOf("订单创建时间"), new DateSerial("46167.4375"));
            row.set(HEADER.indexOf("订单付款时间"), new DateSerial("46167.440972222222"));
            Imported1688Order order = readXlsx(rows(HEADER, List.of(row))).orders().get(0);
            assertThat(order.createdAt()).isEqualTo(LocalDateTime.of(2026, 5, 25, 10, 30));
            assertThat(order.paidAt()).isEqualTo(LocalDateTime.of(2026, 5, 25, 10, 35));
        }

        @Test
        void amountsStoredAsNumbersLoseTheDustOfBinaryFractions() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(order("2840019375561028394", JIAMEI,
                    new Num("6400"), "2026-10-15 09:20:00", "304不锈钢饭盒", new Num("12.799999999999999"),
                    new Num("500.0"), "个"))));
            Imported1688Order order = reading.orders().get(0);
            assertThat(order.paidTotal()).isEqualTo(yuan("6400.00"));
            assertThat(order.items().get(0).unitPrice()).isEqualTo(yuan("12.80"));
            assertThat(order.items().get(0).quantity()).isEqualTo(500);
        }

        @Test
        void anImpossibleDateIsRefusedNotRolledOver() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(order("2840019375561028394", JIAMEI,
                    "6400.00", "2026-02-30 09:20:00", "304不锈钢饭盒", "12.80", "500", "个"))));
            assertThat(reading.orders()).isEmpty();
            assertThat(reading.refused().get(0).reasons()).anySatisfy(reason -> assertThat(reason)
                    .startsWith("Row 2, 订单创建时间 “2026-02-30 09:20:00”: not a date and time"));
        }
    }

    @Nested
    class OrdersOverSeveralRows {
        @Test
        void anOrderWhoseNumberIsRepeatedOnEveryItemRowIsOneOrder() {
            List<Object> second = order("2851234098765432101", JINXIU, "13500.00", "2026-11-03 14:10:00", "加绒卫衣",
                    "45.00", "150", "件");
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(
                    order("2851234098765432101", JINXIU, "13500.00", "2026-11-03 14:10:00", "加绒卫衣", "45.00",
                            "150", "件"),
                    second)));
            assertThat(reading.orders()).singleElement().satisfies(order -> {
                assertThat(order.items()).hasSize(2);
                assertThat(order.rowNumbers()).containsExactly(2, 3);
                assertThat(order.paidTotal()).isEqualTo(yuan("13500.00"));
            });
        }

        @Test
        void anOrderWithOneUnreadableCellIsLeftOutWholeWithEveryProblem() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(
                    order("2837461920384756123", JIAMEI, "3700.00", "2026-09-02 10:30:00", "硅胶铲5件套", "18.50",
                            "100", "套"),
                    item("硅胶铲5件套", "十八块", "2.5", "套", "浅绿色"),
                    order("2840019375561028394", JIAMEI, "6400.00", "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80",
                            "500", "个"))));
            assertThat(reading.orders()).extracting(Imported1688Order::orderNumber)
                    .containsExactly("2840019375561028394");
            RefusedOrder refused = reading.refused().get(0);
            assertThat(refused.orderNumber()).isEqualTo("2837461920384756123");
            assertThat(refused.rowNumbers()).containsExactly(2, 3);
            assertThat(refused.reasons()).containsExactly(
                    "Row 3, 单价(元) “十八块”: not an amount in yuan, e.g. 128.00.",
                    "Row 3, 数量 “2.5”: not a whole number; Dossier counts whole units.");
        }

        @Test
        void rowsThatBelongToNoOrderAreReportedNotGuessed() {
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(
                    item("硅胶铲5件套", "18.50", "100", "套", "灰色"),
                    order("2840019375561028394", JIAMEI, "6400.00", "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80",
                            "500", "个"),
                    row("合计", null, null, null, null, null, null, "6400.00"))));
            assertThat(reading.orders()).hasSize(1);
            assertThat(reading.refused()).extracting(RefusedOrder::rowNumbers)
                    .containsExactly(List.of(2), List.of(4));
            assertThat(reading.refused().get(0).reasons().get(0))
                    .isEqualTo("Row 2: an item without an order number, and no order above it; left out.");
        }

        @Test
        void aSellerChangingMidOrderMeansAMissingOrderNumber() {
            List<Object> next = item("加绒卫衣", "45.00", "300", "件", null);
            next.set(HEADER.indexOf("卖家公司名"), JINXIU);
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(
                    order("2840019375561028394", JIAMEI, "6400.00", "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80",
                            "500", "个"),
                    next)));
            assertThat(reading.orders()).isEmpty();
            assertThat(reading.refused().get(0).reasons().get(0))
                    .contains("Row 3, 卖家公司名 “广州市锦绣服装有限公司”: differs from row 2")
                    .contains("Is the order number missing on row 3?");
        }

        @Test
        void anOrderAppearingTwiceIsReadOnce() {
            List<Object> spatulas = order("2837461920384756123", JIAMEI, "3700.00", "2026-09-02 10:30:00",
                    "硅胶铲5件套", "18.50", "200", "套");
            OrderExportReading reading = readXlsx(rows(HEADER, List.of(spatulas,
                    order("2840019375561028394", JIAMEI, "6400.00", "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80",
                            "500", "个"),
                    spatulas)));
            assertThat(reading.orders()).hasSize(2);
            assertThat(reading.refused()).singleElement().satisfies(refused -> assertThat(refused.reasons().get(0))
                    .isEqualTo("Order 2837461920384756123 appears again at row 4; it was read at row 2 and the"
                            + " later rows are left out."));
        }
    }

    @Nested
    class CsvFiles {
        @Test
        void gbkFromExcelOnChineseWindowsIsReadWithQuotedCommasAndLineBreaks() {
            OrderExportReading reading = reader.read(resource("1688/orders-excel-gbk.csv"), "orders.csv");
            assertThat(reading.readAs()).isEqualTo("orders.csv, text in GBK (GB18030)");
            assertThat(reading.orders()).hasSize(2);
            Imported1688Order boxes = reading.orders().get(0);
            assertThat(boxes.sellerCompany()).isEqualTo(JIAMEI);
            assertThat(boxes.createdAt()).isEqualTo(LocalDateTime.of(2026, 10, 15, 9, 20));
            assertThat(boxes.buyerMessage()).isEqualTo("麻烦发货前拍照确认，\n纸箱加固，谢谢！");
            assertThat(boxes.shipping()).isEqualTo("中通快递 75312345678901");
            Imported1688Order hoodies = reading.orders().get(1);
            assertThat(hoodies.items()).extracting(Imported1688Order.Item::model).containsExactly("黑色 L", "藏青 XL");
            assertThat(hoodies.rowNumbers()).containsExactly(3, 4);
        }

        @Test
        void utf8WithAByteOrderMarkAndNumbersKeptAsTextWithEqualsQuotes() {
            OrderExportReading reading = reader.read(resource("1688/orders-utf8-bom.csv"), "orders.csv");
            assertThat(reading.readAs()).isEqualTo("orders.csv, text in UTF-8");
            Imported1688Order order = reading.orders().get(0);
            assertThat(order.orderNumber()).isEqualTo("2837461920384756123");
            assertThat(order.items()).hasSize(2);
            assertThat(order.shipping()).isEqualTo("韵达快递:4312345678901");
        }

        @Test
        void utf8WithoutAByteOrderMarkReadsTheSame() {
            byte[] withMark = resource("1688/orders-utf8-bom.csv");
            byte[] without = Arrays.copyOfRange(withMark, 3, withMark.length);
            assertThat(reader.read(without, "orders.csv").orders())
                    .isEqualTo(reader.read(withMark, "orders.csv").orders());
        }

        @Test
        void textInNeitherUtf8NorGbkIsRefused() {
            byte[] bytes = "订单编号,卖家公司名,实付款(元)\n".getBytes(StandardCharsets.UTF_8);
            byte[] broken = Arrays.copyOf(bytes, bytes.length + 2);
            broken[bytes.length] = (byte) 0xFF;
            broken[bytes.length + 1] = (byte) 0xFF;
            assertThatThrownBy(() -> reader.read(broken, "orders.csv"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("neither an .xlsx workbook nor text in UTF-8 or GBK");
        }

        @Test
        void aQuoteNeverClosedIsRefusedRatherThanSwallowingTheRest() {
            String csv = "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量\n"
                    + "2840019375561028394,义乌市佳美日用品有限公司,6400.00,交易成功,2026-10-15 09:20:00,\"304不锈钢饭盒,12.80,500\n";
            assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8), "orders.csv"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("starts on row 2 is never closed");
        }
    }

    @Nested
    class BrokenFiles {
        private final byte[] workbook = resource("1688/orders-2026-11.xlsx");

        @Test
        void aTruncatedWorkbook() {
            byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
            assertThatThrownBy(() -> reader.read(truncated, "orders.xlsx"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("orders.xlsx is damaged or not a complete .xlsx workbook, so nothing was"
                            + " imported.");
        }

        @Test
        void aWebPageSavedUnderAnExcelName() {
            byte[] page = "<html><body>请登录后再导出</body></html>".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> reader.read(page, "orders.xlsx"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("orders.xlsx is not an Excel workbook");
        }

        @Test
        void anOldExcelWorkbook() {
            byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
            assertThatThrownBy(() -> reader.read(xls, "orders.xls"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("old Excel 97–2003 workbook (.xls)");
        }

        @Test
        void anEmptyFileAMissingOneAndAPicture(@TempDir Path dir) throws IOException {
            Path empty = Files.createFile(dir.resolve("orders.xlsx"));
            assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(UnreadableFileException.class)
                    .hasMessage("orders.xlsx is empty.");
            assertThatThrownBy(() -> reader.read(dir.resolve("gone.xlsx"))).isInstanceOf(UnreadableFileException.class)
                    .hasMessage("gone.xlsx is not there any more: was it moved or deleted?");
            Path picture = Path.of("sample-data/images/o1-pallet.jpg");
            assertThatThrownBy(() -> reader.read(picture)).isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("o1-pallet.jpg is neither an .xlsx workbook nor text in UTF-8 or GBK");
        }
    }
}
