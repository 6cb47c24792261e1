package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.ChatParties;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every change a user can make, a failure injected before each of its steps leaves the
 * database and the case-file tree exactly as they were, says what happened, and verify stays clean.
 */
@Tag("slow")
class AtomicityTest {
    @TempDir
    Path temp;

    /**
     * A change a user makes, run against a workspace that already holds one factory and one order, and
     * what it needs there first ({@code prepare}, done before anything is watched).
     */
    record Operation(String name, Consumer<Fixture> prepare, Consumer<Fixture> run) {
        Operation(String name, Consumer<Fixture> run) {
            this(name, f -> {
            }, run);
        }

        /** The fixture, with what this operation needs there first. */
        Fixture fixture(Path folder) throws Exception {
            Fixture f = AtomicityTest.fixture(folder);
            prepare.accept(f);
            return f;
        }
    }

    record Fixture(Workspace workspace, Factory factory, Order order) {
        Services services() {
            return workspace.services();
        }
    }

    /**
     * The operations that take rows away, with how many (a search entry counts); after a crash and a
     * rebuild they may be done.
     */
    static final Map<String, Integer> REMOVING = Map.of("remove a payment", 1, "remove a dispute step", 1,
            "remove a receiving record", 3, "delete a draft order", 2);

    static final List<Operation> OPERATIONS = List.of(
            new Operation("add a factory", f -> f.services().factories()
                    .add(new Factory(0, "广州市锦绣服装有限公司", "Jinxiu", null, null, null, null, null))),
            new Operation("add an order", f -> f.workspace().order(f.factory(), "2840019375561028394",
                    LocalDate.of(2026, 10, 15), 500, "12.80")),
            new Operation("attach a photo", f -> {
                AttachReport report = f.services().evidence().attach(f.order().id(), EvidenceCategory.RECEIVING,
                        List.of(EvidenceInput.of(photo(f, "pallet.jpg", 7))), ProgressListener.NONE);
                if (!report.refused().isEmpty()) {
                    throw new DossierException(report.refused().get(0).reason());
                }
            }),
            new Operation("attach a folder of three photos", f -> {
                Path folder = photos(f, "arrival", 11, 12, 13);
                AttachReport report = f.services().evidence().attach(f.order().id(), EvidenceCategory.RECEIVING,
                        List.of(EvidenceInput.of(folder)), ProgressListener.NONE);
                if (!report.refused().isEmpty()) {
                    throw new DossierException(report.refused().get(0).reason());
                }
            }),
            new Operation("attach a folder of three photos, one of them cut off", f -> {
                Path folder = photos(f, "cut", 14, 15, 16);
                cutOff(folder.resolve("15.jpg"));
                AttachReport report = f.services().evidence().attach(f.order().id(), EvidenceCategory.RECEIVING,
                        List.of(EvidenceInput.of(folder)), ProgressListener.NONE);
                if (report.refused().size() != 1) {
                    throw new DossierException(report.refused().get(report.refused().size() - 1).reason());
                }
            }),
            new Operation("record a payment with its proof", f -> f.services().payments().record(
                    new Payment(0, f.order().id(), LocalDate.of(2026, 9, 2), Money.of("3700.00", Money.CNY),
                            null, PaymentCovers.FULL, "Alipay", null, null, null, null),
                    EvidenceInput.of(photo(f, "alipay.png", 8)))),
            new Operation("correct a payment and give it a new proof", f -> {
                Payment paid = f.services().payments().ofOrder(f.order().id()).get(0);
                f.services().payments().update(new Payment(paid.id(), paid.orderId(), paid.paidOn(),
                        Money.of("3600.00", Money.CNY), paid.rateToVnd(), paid.covers(), paid.method(),
                        paid.receivingAccount(), paid.reference(), paid.acknowledgedAt(), paid.proofEvidenceId()),
                        EvidenceInput.of(photo(f, "wechat-pay.png", 17)));
            }),
            new Operation("correct a payment and unlink its proof", f -> {
                Payment paid = f.services().payments().ofOrder(f.order().id()).get(0);
                f.services().payments().update(paid.withProof(null));
            }),
            new Operation("remove a payment", f -> f.services().payments().remove(
                    f.services().payments().ofOrder(f.order().id()).get(0).id())),
            new Operation("save a receiving record with photos that show its defects", f -> {
                Path a = photo(f, "a.jpg", 9);
                Path b = photo(f, "b.jpg", 10);
                f.services().receiving().save(
                        new ReceivingRecord(0, f.order().id(), LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9, 200, 180,
                                PackagingCondition.SOME_DAMAGE, null, 32, 3, "cracked handles", "Hùng", null, null)
                                .withDefects(List.of(new app.dossier.domain.ReceivingDefect(
                                        app.dossier.domain.DefectKind.SHORT, 20), new app.dossier.domain.ReceivingDefect(
                                        app.dossier.domain.DefectKind.CRACKED, 3))),
                        List.of(EvidenceInput.of(a), EvidenceInput.of(b)),
                        java.util.Map.of(app.dossier.domain.DefectKind.CRACKED, List.of(b)));
            }),
            new Operation("correct a dispute step and give it another file", AtomicityTest::sentDispute,
                    f -> f.services().disputes().editStep(dispute(f).id(), 2, LocalDateTime.of(2026, 11, 26, 10, 0),
                            "Gửi lại tin nhắn — 已发送", List.of(), List.of(EvidenceInput.of(photo(f, "gui lai.png", 21))))),
            new Operation("remove a dispute step", AtomicityTest::sentDispute,
                    f -> f.services().disputes().removeStep(dispute(f).id(), 2)),
            new Operation("remove a receiving record", f -> {
                Path cracked = photo(f, "cracked.jpg", 22);
                f.services().receiving().save(
                        new ReceivingRecord(0, f.order().id(), LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9, 200, 180,
                                PackagingCondition.SOME_DAMAGE, "Thùng bị móp méo", 32, 3, null, "Hùng", null, null)
                                .withDefects(List.of(new app.dossier.domain.ReceivingDefect(
                                        app.dossier.domain.DefectKind.CRACKED, 3))),
                        List.of(EvidenceInput.of(cracked)),
                        java.util.Map.of(app.dossier.domain.DefectKind.CRACKED, List.of(cracked)));
            }, f -> f.services().receiving().remove(f.order().id())),
            new Operation("rename the factory", f -> f.services().factories().update(new Factory(f.factory().id(),
                    "义乌市佳美日用品有限公司 (new)", "Jiamei", null, null, null, null, f.factory().folder()))),
            new Operation("change the order's date and number", f -> {
                Order o = f.order();
                f.services().orders().update(new Order(o.id(), o.factoryId(), "2837461920384756999", o.channel(),
                        o.kind(), o.product(), o.specs(), o.quantity(), o.unit(), o.unitPrice(),
                        o.orderedOn().plusDays(1), o.deliveryDeadline(), o.agreedOn(), o.notes(), o.folder()));
            }),
            new Operation("edit a caption", f -> f.services().evidence().setCaption(
                    f.services().evidence().ofOrder(f.order().id()).get(0).id(), "Xưởng xác nhận mẫu")),
            new Operation("mark the defect on a photo", f -> f.services().evidence().markDefect(
                    f.services().evidence().ofOrder(f.order().id()).get(0).id(), new DefectRegion(0.2, 0.3, 0.25, 0.2))),
            new Operation("open a dispute", f -> f.services().disputes().open(f.order().id(), "20 sets short")),
            new Operation("import a chat", f -> f.services().chats().importChat(f.order().id(),
                    file(f, "chats/wechat-paste-zh.txt"), new ChatParties("阮氏梅", null))),
            new Operation("import a chat in pages", f -> f.services().chats().importChat(f.order().id(),
                    pages(f),
                    new ChatParties(null, "李丽"), java.time.ZoneId.of("Asia/Shanghai"))),
            new Operation("paste a chat", f -> f.services().chats().importPastedChat(f.order().id(),
                    "李丽 2026-09-01 14:30:00\n大货按照这个样品做。\n", new ChatParties("Mai", null))),
            new Operation("import a pasted chat as confirmed in the preview", f -> f.services().chats()
                    .importConfirmedChat(f.order().id(), "李丽 2026-09-01 14:30:00\n大货按照这个样品做。\nMai 14:31\nOK\n",
                            new ChatParties("Mai", null), f.services().chats().preview(
                                    "李丽 2026-09-01 14:30:00\n大货按照这个样品做。\nMai 14:31\nOK\n"))),
            new Operation("pin a chat message", f -> f.services().chats().pin(
                    f.services().chats().messages(f.order().id()).get(7).id(), true)),
            new Operation("move a file to the trash", f -> f.services().trash().remove(
                    f.services().evidence().ofOrder(f.order().id()).stream()
                            .filter(e -> e.fileName().equals("sample.jpg")).findFirst().orElseThrow().id())),
            new Operation("put a file back from the trash", f -> f.services().trash().restore(
                    f.services().trash().list().get(0).id())),
            new Operation("empty the trash", f -> f.services().trash().empty()),
            new Operation("undo moving a file to the trash", f -> f.services().undo().undo()),
            new Operation("move a file to another category", f -> f.services().evidence().move(
                    f.services().evidence().ofOrder(f.order().id()).stream()
                            .filter(e -> e.fileName().equals("sample.jpg")).findFirst().orElseThrow().id(),
                    EvidenceCategory.RECEIVING)),
            new Operation("delete a draft order", f -> f.services().orders().remove(draft(f).id())),
            new Operation("archive an order", f -> f.services().orders().remove(f.order().id())),
            new Operation("archive the factory", f -> f.services().factories().remove(f.factory().id())),
            new Operation("move a file to another order", f -> f.services().evidence().moveToOrder(
                    f.services().evidence().ofOrder(f.order().id()).stream()
                            .filter(e -> e.fileName().equals("sample.jpg")).findFirst().orElseThrow().id(),
                    draft(f).id(), EvidenceCategory.CONFIRMATION)),
            new Operation("save the business profile", f -> f.services().profile().save(new BusinessProfile(
                    "Nguyễn Thị Mai", "Công ty TNHH Mai Home", "0903 123 456", "maihome_vn", "梅家居"))),
            new Operation("import a 1688 export that updates an order", f -> imported(f,
                    file(f, "1688/orders-utf8-bom.csv"))),
            new Operation("import a 1688 export with a new factory and order", f -> imported(f, text(f, "new.csv",
                    "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量,单位\n"
                            + "2851234098765432101,广州市锦绣服装有限公司,13500.00,交易成功,2026-11-03 14:10:00,"
                            + "加绒卫衣,45.00,300,件\n"))));

    /** A dispute on the order, sent to the factory with a screenshot kept with that step. */
    private static void sentDispute(Fixture f) {
        Dispute opened = f.services().disputes().open(f.order().id(), "Thiếu 20 bộ");
        f.services().disputes().advance(opened.id(), DisputeStatus.SENT, LocalDateTime.of(2026, 11, 26, 10, 0),
                "Gửi qua chat 1688", List.of(EvidenceInput.of(photo(f, "da gui.png", 20))));
    }

    private static Dispute dispute(Fixture f) {
        return f.services().disputes().ofOrder(f.order().id()).get(0);
    }

    /** The fixture's draft order, older than its order: it holds nothing. */
    private static Order draft(Fixture f) {
        List<OrderSummary> orders = f.services().orders().list(null);
        return orders.get(orders.size() - 1).order();
    }

    /** Imports an export of one order; a failure comes back as the exception a single change throws. */
    private static void imported(Fixture f, Path export) {
        ImportReport report = f.services().imports().apply(export, ProgressListener.NONE);
        if (!report.failed().isEmpty()) {
            throw new DossierException(report.failed().get(0).reason());
        }
        if (report.changedNothing()) {
            throw new AssertionError("the export should change something");
        }
    }

    private static Path file(Fixture f, String resource) {
        try {
            return ImportServiceTest.download(f.workspace(), resource, resource.substring(resource.indexOf('/') + 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path text(Fixture f, String name, String content) {
        try {
            return f.workspace().textFile(name, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path photo(Fixture f, String name, int seed) {
        try {
            return f.workspace().photo(name, seed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Two pages PyWxDump wrote for one chat, outside the data folder. */
    private static List<Path> pages(Fixture f) {
        try {
            return List.of(PyWxDumpPages.page(f.workspace().outside(), "wxid_li", 0, 3),
                    PyWxDumpPages.page(f.workspace().outside(), "wxid_li", 3, 5));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A folder outside the data folder holding one photo per seed, named after it. */
    static Path photos(Fixture f, String folder, int... seeds) {
        for (int seed : seeds) {
            photo(f, folder + "/" + seed + ".jpg", seed);
        }
        try {
            return f.workspace().outside().resolve(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Keeps the first half of a file, as a copy from a card pulled out too soon. */
    static void cutOff(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Fixture fixture(Path folder) throws Exception {
        Workspace workspace = new Workspace(folder);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        Order order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        workspace.services().evidence().attach(order.id(), EvidenceCategory.AGREEMENT,
                List.of(new EvidenceInput(workspace.photo("sample.jpg", 1), "ảnh mẫu", null)), ProgressListener.NONE);
        workspace.services().chats().importChat(order.id(), ChatServiceTest.chatFile(workspace, "memotrace-lisa.txt"),
                new ChatParties("Mai - Mai Home", null));
        workspace.services().payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 3),
                Money.of("3700.00", Money.CNY), null, PaymentCovers.DEPOSIT, "Alipay", null, null, null, null),
                EvidenceInput.of(workspace.photo("deposit.png", 18)));
        Evidence mistake = workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(workspace.photo("wrong order.jpg", 2), "nhầm đơn", null)),
                ProgressListener.NONE).added().get(0);
        workspace.services().trash().remove(mistake.id());
        workspace.order(factory, "2826000000000000001", LocalDate.of(2026, 8, 1), 50, "9.90");
        return new Fixture(workspace, factory, order);
    }

    @TestFactory
    Stream<DynamicTest> aFailureAtAnyStepLeavesNothingHalfDone() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        int run = 0;
        for (Operation operation : OPERATIONS) {
            List<String> steps;
            Path dry = Files.createDirectories(temp.resolve("dry-" + run++));
            try (Workspace workspace = operation.fixture(dry).workspace()) {
                Fixture f = new Fixture(workspace, workspace.services().factories().list().get(0),
                        workspace.services().orders().list(null).get(0).order());
                workspace.faults().failAt(-1);
                operation.run().accept(f);
                steps = workspace.faults().seen();
            }
            assertThat(steps).as(operation.name()).isNotEmpty().contains("commit");
            for (int i = 0; i < steps.size(); i++) {
                int failAt = i;
                Path folder = temp.resolve("run-" + run++);
                tests.add(DynamicTest.dynamicTest(operation.name() + ", failing before “" + steps.get(i) + "” (step "
                        + (i + 1) + " of " + steps.size() + ")", () -> failingAt(operation, folder, failAt)));
            }
        }
        return tests.stream();
    }

    private void failingAt(Operation operation, Path folder, int step) throws Exception {
        Files.createDirectories(folder);
        Fixture f = operation.fixture(folder);
        try (Workspace workspace = f.workspace()) {
            Snapshot before = Snapshot.of(workspace);
            workspace.faults().failAt(step);

            assertThatThrownBy(() -> operation.run().accept(f))
                    .isInstanceOf(DossierException.class)
                    .hasMessageContaining("injected failure")
                    .hasMessageContaining("Nothing was changed");

            workspace.faults().failAt(-1);
            Snapshot after = Snapshot.of(workspace);
            assertThat(after.tree()).isEqualTo(before.tree());
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachOperationSucceedsWithoutFaults() {
        return OPERATIONS.stream().map(operation -> DynamicTest.dynamicTest(operation.name(), () -> {
            Path folder = Files.createDirectories(temp.resolve("ok-" + operation.name().hashCode()));
            Fixture f = operation.fixture(folder);
            try (Workspace workspace = f.workspace()) {
                Map<String, String> before = Snapshot.of(workspace).tree();
                operation.run().accept(f);
                assertThat(Snapshot.of(workspace).tree()).isNotEqualTo(before);
                assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
            }
        }));
    }

    /** Undo's changes: what the user did first, then the undo (or redo) that a failure cuts off. */
    static final List<Operation> UNDONE = List.of(
            new Operation("undo a payment's edit", f -> {
                Payment paid = f.services().payments().ofOrder(f.order().id()).get(0);
                f.services().payments().update(new Payment(paid.id(), paid.orderId(), paid.paidOn(),
                        Money.of("3600.00", Money.CNY), paid.rateToVnd(), paid.covers(), paid.method(),
                        paid.receivingAccount(), paid.reference(), paid.acknowledgedAt(), paid.proofEvidenceId()));
            }),
            new Operation("undo a folder of three photos attached", f -> f.services().evidence().attach(f.order().id(),
                    EvidenceCategory.RECEIVING, List.of(EvidenceInput.of(photos(f, "arrival", 11, 12, 13))),
                    ProgressListener.NONE)),
            new Operation("undo a file moved to another category", f -> f.services().evidence().move(
                    f.services().evidence().ofOrder(f.order().id()).stream()
                            .filter(e -> e.fileName().equals("sample.jpg")).findFirst().orElseThrow().id(),
                    EvidenceCategory.RECEIVING)),
            new Operation("undo the order's date and number changed", f -> {
                Order o = f.order();
                f.services().orders().update(new Order(o.id(), o.factoryId(), "2837461920384756999", o.channel(),
                        o.kind(), o.product(), o.specs(), o.quantity(), o.unit(), o.unitPrice(),
                        o.orderedOn().plusDays(1), o.deliveryDeadline(), o.agreedOn(), o.notes(), o.folder()));
            }),
            new Operation("redo a payment removed", f -> {
                f.services().payments().remove(f.services().payments().ofOrder(f.order().id()).get(0).id());
                f.services().undo().undo();
            }));

    @TestFactory
    Stream<DynamicTest> aFailureAtAnyStepOfAnUndoLeavesEverythingAsBeforeAndTheStepToTryAgain() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        int run = 0;
        for (Operation operation : UNDONE) {
            boolean redo = operation.name().startsWith("redo");
            Consumer<Fixture> carriedOut = f -> {
                if (redo) {
                    f.services().undo().redo();
                } else {
                    f.services().undo().undo();
                }
            };
            List<String> steps;
            Path dry = Files.createDirectories(temp.resolve("undo-dry-" + run++));
            try (Workspace workspace = fixture(dry).workspace()) {
                Fixture f = new Fixture(workspace, workspace.services().factories().list().get(0),
                        workspace.services().orders().list(null).get(0).order());
                operation.run().accept(f);
                workspace.faults().failAt(-1);
                carriedOut.accept(f);
                steps = workspace.faults().seen();
            }
            assertThat(steps).as(operation.name()).contains("commit");
            for (int i = 0; i < steps.size(); i++) {
                int failAt = i;
                Path folder = temp.resolve("undo-run-" + run++);
                tests.add(DynamicTest.dynamicTest(operation.name() + ", failing before “" + steps.get(i) + "” (step "
                        + (i + 1) + " of " + steps.size() + ")", () -> {
                    Fixture f = fixture(Files.createDirectories(folder));
                    try (Workspace workspace = f.workspace()) {
                        f = new Fixture(workspace, f.factory(), workspace.services().orders().byId(f.order().id()));
                        operation.run().accept(f);
                        var step = redo ? workspace.services().undo().nextRedo() : workspace.services().undo().nextUndo();
                        Snapshot before = Snapshot.of(workspace);
                        workspace.faults().failAt(failAt);
                        Fixture fixture = f;
                        assertThatThrownBy(() -> carriedOut.accept(fixture))
                                .isInstanceOf(DossierException.class)
                                .hasMessageContaining("injected failure")
                                .hasMessageContaining("Nothing was changed");
                        workspace.faults().failAt(-1);
                        Snapshot after = Snapshot.of(workspace);
                        assertThat(after.tree()).isEqualTo(before.tree());
                        assertThat(after.rows()).isEqualTo(before.rows());
                        assertThat(redo ? workspace.services().undo().nextRedo() : workspace.services().undo().nextUndo())
                                .isEqualTo(step);
                        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
                        carriedOut.accept(fixture);
                        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
                    }
                }));
            }
        }
        return tests.stream();
    }
}
