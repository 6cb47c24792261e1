package app.dossier.imports;

import static app.dossier.imports.ExportRows.HEADER;
import static app.dossier.imports.ExportRows.item;
import static app.dossier.imports.ExportRows.order;
import static app.dossier.imports.ExportRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Clash;
import app.dossier.domain.ClashReason;
import app.dossier.domain.Factory;
import app.dossier.domain.FieldChange;
import app.dossier.domain.ImportAction;
import app.dossier.domain.ImportPlan;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.PlannedOrder;
import app.dossier.domain.TakenClashes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderImportPlannerTest {
    private static final String JIAMEI = "义乌市佳美日用品有限公司";
    private static final String JINXIU = "广州市锦绣服装有限公司";

    private final OrderExportReading export = new OrderExportReader()
            .read(OrderExportReaderTest.resource("1688/orders-2026-11.xlsx"), "orders-2026-11.xlsx");

    /** What Dossier holds, as the planner's look-ups see it. */
    private static final class Dossier implements KnownRecords {
        final Map<String, Order> orders = new HashMap<>();
        final Map<String, Factory> factories = new HashMap<>();
        final Set<Long> received = new HashSet<>();
        final Set<Long> disputed = new HashSet<>();
        private long nextId = 1;

        ImportPlan plan(OrderExportReading reading) {
            return plan(reading, TakenClashes.NONE);
        }

        ImportPlan plan(OrderExportReading reading, TakenClashes taken) {
            return OrderImportPlanner.plan(reading, this, taken);
        }

        @Override
        public Optional<Order> order(String orderNumber) {
            return Optional.ofNullable(orders.get(orderNumber));
        }

        @Override
        public Optional<Factory> factoryNamed(String name) {
            return Optional.ofNullable(factories.get(name));
        }

        @Override
        public Factory factory(long id) {
            return factories.values().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        }

        @Override
        public boolean received(long orderId) {
            return received.contains(orderId);
        }

        @Override
        public boolean disputeOpen(long orderId) {
            return disputed.contains(orderId);
        }

        Factory addFactory(String name) {
            Factory factory = new Factory(nextId++, name, null, null, null, null, null, name);
            factories.put(name, factory);
            return factory;
        }

        /** Does what the service will do with a plan: new factories first, then the orders. */
        void carryOut(ImportPlan plan) {
            for (Factory draft : plan.newFactories()) {
                addFactory(draft.name());
            }
            for (PlannedOrder planned : plan.orders()) {
                if (planned.action() == ImportAction.CREATE) {
                    Order draft = planned.order();
                    long factoryId = factories.get(planned.factoryName()).id();
                    orders.put(planned.orderNumber(), new Order(nextId++, factoryId, draft.orderNumber(),
                            draft.channel(), draft.kind(), draft.product(), draft.specs(), draft.quantity(),
                            draft.unit(), draft.unitPrice(), draft.orderedOn(), draft.deliveryDeadline(),
                            draft.agreedOn(), draft.notes(), "folder"));
                } else if (planned.action() == ImportAction.UPDATE) {
                    orders.put(planned.orderNumber(), planned.order());
                }
            }
        }
    }

    private static Money yuan(String amount) {
        return Money.of(amount, Money.CNY);
    }

    @Test
    void aFirstImportCreatesEveryOrderAndEachNewFactoryOnce() {
        ImportPlan plan = new Dossier().plan(export);

        assertThat(plan.orders()).extracting(PlannedOrder::action).containsOnly(ImportAction.CREATE);
        assertThat(plan.newFactories()).extracting(Factory::name).containsExactly(JIAMEI, JINXIU);
        assertThat(plan.newFactories().get(0).notes()).isEqualTo("1688 seller account: jiamei888");
        assertThat(plan.orders().get(0).reasons())
                .containsExactly("New order, and “义乌市佳美日用品有限公司” is a new factory.");
    }

    @Test
    void anOrderOfTwoColoursBecomesOneOrderOfTheirTotalQuantity() {
        Order spatulas = new Dossier().plan(export).orders().get(0).order();

        assertThat(spatulas.orderNumber()).isEqualTo("2837461920384756123");
        assertThat(spatulas.channel()).isEqualTo(Channel.PLATFORM);
        assertThat(spatulas.kind()).isEqualTo(OrderKind.STANDARD);
        assertThat(spatulas.product()).isEqualTo("硅胶铲5件套 厨房不粘锅专用 耐高温");
        assertThat(spatulas.quantity()).isEqualTo(200);
        assertThat(spatulas.unit()).isEqualTo("套");
        assertThat(spatulas.unitPrice()).isEqualTo(yuan("18.50"));
        assertThat(spatulas.total()).isEqualTo(yuan("3700.00"));
        assertThat(spatulas.orderedOn()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(spatulas.factoryId()).isZero();
        assertThat(spatulas.notes()).isEqualTo("""
                1688 order, 交易成功. Placed 2026-09-02 10:30, paid 2026-09-02 10:35: ¥3,700.00 \
                (items ¥3,700.00, freight ¥0.00, price change ¥0.00).
                Items: 灰色 × 100 套 at ¥18.50; 浅绿色 × 100 套 at ¥18.50.
                Buyer's message: 请按样品颜色发货，每套独立OPP袋，20套一箱。""");
    }

    @Test
    void importingTheSameFileTwicePlansEveryOrderAsSkip() {
        Dossier dossier = new Dossier();
        dossier.carryOut(dossier.plan(export));

        ImportPlan again = dossier.plan(export);

        assertThat(again.orders()).extracting(PlannedOrder::action).containsOnly(ImportAction.SKIP);
        assertThat(again.orders()).allSatisfy(planned ->
                assertThat(planned.reasons()).startsWith("Already in Dossier, the same as in the file."));
        assertThat(again.newFactories()).isEmpty();
        assertThat(again.changesNothing()).isTrue();
    }

    @Test
    void anOrderAlreadyInDossierIsUpdatedInTheFieldsThatDifferAndKeepsTheUsersOwn() {
        Dossier dossier = new Dossier();
        Factory jiamei = dossier.addFactory(JIAMEI);
        Order typedByHand = new Order(41, jiamei.id(), "2837461920384756123", Channel.PLATFORM, OrderKind.OEM,
                "硅胶铲5件套 厨房不粘锅专用 耐高温", new AgreedSpecs("灰色, 浅绿色", null, "OPP", null), 180, "套",
                yuan("18.00"), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 1),
                "Hàng về thiếu 1 thùng.", "folder");
        dossier.orders.put(typedByHand.orderNumber(), typedByHand);

        PlannedOrder planned = dossier.plan(export).orders().get(0);

        assertThat(planned.action()).isEqualTo(ImportAction.UPDATE);
        assertThat(planned.changes()).containsExactly(
                new FieldChange("quantity", "180", "200"),
                new FieldChange("unit price", "¥18.00", "¥18.50"));
        assertThat(planned.reasons().get(0))
                .isEqualTo("Already in Dossier; 2 fields differ from the file: quantity, unit price.");
        Order after = planned.order();
        assertThat(after.id()).isEqualTo(41);
        assertThat(after.quantity()).isEqualTo(200);
        assertThat(after.kind()).isEqualTo(OrderKind.OEM);
        assertThat(after.specs()).isEqualTo(typedByHand.specs());
        assertThat(after.deliveryDeadline()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(after.notes()).isEqualTo("Hàng về thiếu 1 thùng.");
        assertThat(after.folder()).isEqualTo("folder");
    }

    @Test
    void anOrderFiledUnderAnotherFactoryStaysThere() {
        Dossier dossier = new Dossier();
        Factory trader = dossier.addFactory("Anh Tuấn (trung gian)");
        dossier.addFactory(JINXIU);
        Imported1688Order hoodies = export.orders().get(2);
        dossier.orders.put(hoodies.orderNumber(), OrderDrafts.fromExport(hoodies, trader.id()));

        PlannedOrder planned = dossier.plan(export).orders().get(2);

        assertThat(planned.action()).isEqualTo(ImportAction.SKIP);
        assertThat(planned.order().factoryId()).isEqualTo(trader.id());
        assertThat(planned.factoryName()).isEqualTo("Anh Tuấn (trung gian)");
        assertThat(planned.reasons()).containsExactly("Already in Dossier, the same as in the file.",
                "In Dossier the order is filed under “Anh Tuấn (trung gian)”, not under the file's seller"
                        + " “广州市锦绣服装有限公司”; it stays there.");
    }

    @Test
    void aSellerAlreadyInDossierIsTheNewOrdersFactory() {
        Dossier dossier = new Dossier();
        Factory jinxiu = dossier.addFactory(JINXIU);

        ImportPlan plan = dossier.plan(export);

        PlannedOrder hoodies = plan.orders().get(2);
        assertThat(hoodies.action()).isEqualTo(ImportAction.CREATE);
        assertThat(hoodies.newFactory()).isFalse();
        assertThat(hoodies.order().factoryId()).isEqualTo(jinxiu.id());
        assertThat(hoodies.reasons()).containsExactly(
                "New order from “广州市锦绣服装有限公司”, a factory already in Dossier.");
        assertThat(plan.newFactories()).extracting(Factory::name).containsExactly(JIAMEI);
    }

    @Test
    void rowsLeftOutByTheReaderAreSkippedWithTheirReasonsInTheFilesOrder() {
        OrderExportReading reading = read(
                order("2840019375561028394", JIAMEI, "6400.00", "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80", "500",
                        "个"),
                order("2837461920384756123", JIAMEI, "3700.00", "2026-09-02 10:30:00", "硅胶铲5件套", "18.50", "两百",
                        "套"),
                order("2851234098765432101", JINXIU, "13500.00", "2026-11-03 14:10:00", "加绒卫衣", "45.00", "300",
                        "件"));

        ImportPlan plan = new Dossier().plan(reading);

        assertThat(plan.orders()).extracting(PlannedOrder::action)
                .containsExactly(ImportAction.CREATE, ImportAction.SKIP, ImportAction.CREATE);
        assertThat(plan.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.orderNumber()).isEqualTo("2837461920384756123");
            assertThat(skipped.rowNumbers()).containsExactly(3);
            assertThat(skipped.reasons()).containsExactly("Row 3, 数量 “两百”: not a number.");
        });
    }

    @Test
    void anOrderClosedOn1688IsNotCreated() {
        List<Object> closed = order("2863300112233445566", JIAMEI, "1300.00", "2026-11-20 16:45:00", "硅胶隔热垫",
                "6.50", "200", "个");
        closed.set(HEADER.indexOf("订单状态"), "交易关闭");

        PlannedOrder planned = new Dossier().plan(read(closed)).orders().get(0);

        assertThat(planned.action()).isEqualTo(ImportAction.SKIP);
        assertThat(planned.reasons()).containsExactly("Closed on 1688 (交易关闭) and not in Dossier: nothing was bought.");
    }

    @Test
    void itemsInDifferentUnitsBecomeOneLotAtTheirTotal() {
        Order order = new Dossier().plan(read(
                order("2863300112233445566", JIAMEI, "1380.00", "2026-11-20 16:45:00", "硅胶隔热垫", "6.50", "200",
                        "个"),
                item("纸箱 加厚", "8.00", "10", "箱", null))).orders().get(0).order();

        assertThat(order.product()).isEqualTo("硅胶隔热垫 × 200 个; 纸箱 加厚 × 10 箱");
        assertThat(order.quantity()).isEqualTo(1);
        assertThat(order.unit()).isEqualTo(OrderDrafts.MIXED_UNITS);
        assertThat(order.unitPrice()).isEqualTo(yuan("1380.00"));
    }

    @Test
    void itemsAtDifferentPricesShareTheAveragePriceAndTheNotesKeepTheExactTotal() {
        Order order = new Dossier().plan(read(
                order("2851234098765432101", JINXIU, "13510.00", "2026-11-03 14:10:00", "加绒卫衣", "45.00", "200",
                        "件"),
                item("加绒卫衣", "45.10", "100", "件", "XXL"))).orders().get(0).order();

        assertThat(order.product()).isEqualTo("加绒卫衣");
        assertThat(order.quantity()).isEqualTo(300);
        assertThat(order.unitPrice()).isEqualTo(yuan("45.03"));
        assertThat(order.notes()).contains("Unit price is the average, rounded; the items come to ¥13,510.00.");
    }

    @Test
    void amountsThatDoNotAddUpAreShownButDoNotStopTheImport() {
        PlannedOrder planned = new Dossier().plan(read(order("2840019375561028394", JIAMEI, "6500.00",
                "2026-10-15 09:20:00", "304不锈钢饭盒", "12.80", "500", "个"))).orders().get(0);

        assertThat(planned.action()).isEqualTo(ImportAction.CREATE);
        assertThat(planned.reasons()).contains("The amounts do not add up: items ¥6,400.00 + freight ¥0.00"
                + " + price change ¥0.00 is not the ¥6,500.00 paid (实付款).");
    }

    @Test
    void theSameOrderTwiceInTheListIsImportedOnce() {
        Imported1688Order once = export.orders().get(1);

        ImportPlan plan = OrderImportPlanner.plan(List.of(once, once), new Dossier(), TakenClashes.NONE);

        assertThat(plan.orders()).extracting(PlannedOrder::action).containsExactly(ImportAction.CREATE, ImportAction.SKIP);
        assertThat(plan.orders().get(1).reasons())
                .containsExactly("Order 2840019375561028394 appears more than once; only its first appearance is imported.");
    }

    private static final String THERMOS = "2840019375561028394";
    private static final String HENGTAI = "永康市恒泰保温杯厂";

    /** The order of the file of another seller, 200 cups, with the number of an order logged by hand. */
    private static OrderExportReading cupsOfAnotherSeller() {
        return read(order(THERMOS, HENGTAI, "2560.00", "2026-10-15 09:20:00", "不锈钢保温杯 500ml", "12.80", "200", "个"));
    }

    /** An order as the user typed it: 500 flasks from their own factory, received, disputed. */
    private static Order flasksByHand(Factory factory) {
        return new Order(7, factory.id(), THERMOS, Channel.OFF_PLATFORM, OrderKind.STANDARD, "Bình giữ nhiệt",
                AgreedSpecs.NONE, 500, "cái", yuan("12.80"), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 1),
                null, "Đặt qua WeChat.", "folder");
    }

    @Test
    void anOrderOfAnotherSellerWithOtherGoodsIsAClashShowingBothSidesAndChangesNothing() {
        Dossier dossier = new Dossier();
        Factory minhPhat = dossier.addFactory("Xưởng Minh Phát");
        Order byHand = flasksByHand(minhPhat);
        dossier.orders.put(THERMOS, byHand);
        dossier.received.add(byHand.id());
        dossier.disputed.add(byHand.id());

        ImportPlan plan = dossier.plan(cupsOfAnotherSeller());

        PlannedOrder planned = plan.orders().get(0);
        assertThat(planned.action()).isEqualTo(ImportAction.CLASH);
        assertThat(planned.order()).isEqualTo(byHand);
        assertThat(planned.factoryName()).isEqualTo("Xưởng Minh Phát");
        assertThat(planned.clash().reasons()).containsExactly(ClashReason.ANOTHER_SELLER, ClashReason.ANOTHER_PRODUCT,
                ClashReason.RECEIVED, ClashReason.DISPUTE_OPEN);
        assertThat(planned.clash().inDossier()).isEqualTo(new Clash.Side("Xưởng Minh Phát", "Bình giữ nhiệt", 500, "cái"));
        assertThat(planned.clash().inFile()).isEqualTo(new Clash.Side(HENGTAI, "不锈钢保温杯 500ml", 200, "个"));
        assertThat(planned.changes()).startsWith(new FieldChange("factory", "Xưởng Minh Phát", HENGTAI),
                new FieldChange("product", "Bình giữ nhiệt", "不锈钢保温杯 500ml"),
                new FieldChange("quantity", "500", "200"), new FieldChange("unit", "cái", "个"));
        assertThat(planned.reasons().get(0)).startsWith("Dossier and the file disagree (another seller, another product,"
                + " the order has a receiving record, a dispute about the order is open); left as it is");
        assertThat(plan.newFactories()).as("nothing of the other seller comes in").isEmpty();
        assertThat(plan.changesNothing()).isTrue();
    }

    @Test
    void takingAClashTakesTheFilesSideSellerIncludedAndKeepsTheUsersOwn() {
        Dossier dossier = new Dossier();
        Factory minhPhat = dossier.addFactory("Xưởng Minh Phát");
        dossier.orders.put(THERMOS, flasksByHand(minhPhat));
        dossier.received.add(7L);

        ImportPlan plan = dossier.plan(cupsOfAnotherSeller(), TakenClashes.of(List.of(THERMOS)));

        PlannedOrder planned = plan.orders().get(0);
        assertThat(planned.action()).isEqualTo(ImportAction.UPDATE);
        assertThat(planned.clashTaken()).isTrue();
        assertThat(planned.factoryName()).isEqualTo(HENGTAI);
        assertThat(planned.newFactory()).isTrue();
        assertThat(plan.newFactories()).extracting(Factory::name).containsExactly(HENGTAI);
        assertThat(planned.changes()).first().isEqualTo(new FieldChange("factory", "Xưởng Minh Phát", HENGTAI));
        Order after = planned.order();
        assertThat(after.id()).isEqualTo(7);
        assertThat(after.factoryId()).as("the new factory's, once made").isZero();
        assertThat(after.product()).isEqualTo("不锈钢保温杯 500ml");
        assertThat(after.quantity()).isEqualTo(200);
        assertThat(after.notes()).isEqualTo("Đặt qua WeChat.");
        assertThat(after.deliveryDeadline()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(planned.reasons()).contains("Taken from the file as you chose, although Dossier and the file"
                + " disagree (another seller, another product, the order has a receiving record).");
    }

    @Test
    void aProductSpelledWithoutTonesOrSpacesIsATypoNotAClashAndKeepsTheUsersSpelling() {
        Dossier dossier = new Dossier();
        Factory jiamei = dossier.addFactory(JIAMEI);
        OrderExportReading file = read(order(THERMOS, JIAMEI, "2560.00", "2026-10-15 09:20:00", "Binh giu nhiet 500 ml",
                "12.80", "200", "个"));
        Order fromFile = OrderDrafts.fromExport(file.orders().get(0), jiamei.id());
        Order typed = new Order(7, jiamei.id(), THERMOS, fromFile.channel(), fromFile.kind(), "Bình giữ nhiệt 500ml",
                fromFile.specs(), 500, fromFile.unit(), fromFile.unitPrice(), fromFile.orderedOn(), null, null,
                fromFile.notes(), "folder");
        dossier.orders.put(THERMOS, typed);

        PlannedOrder planned = dossier.plan(file).orders().get(0);

        assertThat(planned.action()).isEqualTo(ImportAction.UPDATE);
        assertThat(planned.clash()).isNull();
        assertThat(planned.changes()).containsExactly(new FieldChange("quantity", "500", "200"));
        assertThat(planned.order().product()).isEqualTo("Bình giữ nhiệt 500ml");
    }

    @Test
    void anOrderReceivedOrDisputedIsNotChangedByTheSameSellerWithoutAChoice() {
        Dossier dossier = new Dossier();
        Factory jiamei = dossier.addFactory(JIAMEI);
        OrderExportReading file = read(order(THERMOS, JIAMEI, "2560.00", "2026-10-15 09:20:00", "不锈钢保温杯 500ml",
                "12.80", "200", "个"));
        Order fromFile = OrderDrafts.fromExport(file.orders().get(0), jiamei.id());
        dossier.orders.put(THERMOS, new Order(7, jiamei.id(), THERMOS, fromFile.channel(), fromFile.kind(),
                fromFile.product(), fromFile.specs(), 180, fromFile.unit(), fromFile.unitPrice(), fromFile.orderedOn(),
                null, null, null, "folder"));
        dossier.disputed.add(7L);

        PlannedOrder planned = dossier.plan(file).orders().get(0);

        assertThat(planned.action()).isEqualTo(ImportAction.CLASH);
        assertThat(planned.clash().reasons()).containsExactly(ClashReason.DISPUTE_OPEN);
        assertThat(planned.changes()).containsExactly(new FieldChange("quantity", "180", "200"));
        assertThat(dossier.plan(file, TakenClashes.ALL).orders().get(0).action()).isEqualTo(ImportAction.UPDATE);
    }

    @SafeVarargs
    private static OrderExportReading read(List<Object>... body) {
        return new OrderExportReader().read(new XlsxFile().sheet("订单列表", rows(HEADER, List.of(body))).bytes(),
                "orders.xlsx");
    }
}
