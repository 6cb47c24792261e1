package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DefectKind;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Field;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.PaymentRules;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import app.dossier.ui.common.DefectsModel;
import app.dossier.ui.common.ErrorText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order shown: its tabs, its files, its ledger and recording a payment, on the sample business. */
class OrderViewModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private OrderViewModel model;
    private final AtomicInteger listChanges = new AtomicInteger();

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        model = new OrderViewModel(ui.context(), Workspace.CLOCK, listChanges::incrementAndGet);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Order show(String number) {
        Order order = ui.workspace().services().orders().find(number);
        model.load(order.id());
        return order;
    }

    @Test
    void theTShirtLedgerAddsUpToTheOrderTotalInYuanAndDong() {
        show("JX-2026-031");
        LedgerModel ledger = model.ledger();

        assertThat(ledger.orderTotalProperty().get()).isEqualTo("¥28,800.00");
        assertThat(ledger.paidProperty().get()).isEqualTo("¥28,800.00");
        assertThat(ledger.owedProperty().get()).isEqualTo("¥0.00");
        assertThat(ledger.statusProperty().get()).isEqualTo("Paid in full.");
        assertThat(ledger.settledProperty().get()).isTrue();
        assertThat(ledger.paidVndProperty().get()).isEqualTo("105.523.200 ₫");
        assertThat(ledger.orderTotalVndProperty().get()).isEqualTo("105.696.000 ₫");
        assertThat(ledger.owedVndProperty().get()).isEqualTo("0 ₫");
        assertThat(ledger.rows()).hasSize(2);
        LedgerRow deposit = ledger.rows().get(0);
        assertThat(deposit.paidOn()).isEqualTo("2026-10-10");
        assertThat(deposit.amount()).isEqualTo("¥8,640.00");
        assertThat(deposit.covers()).isEqualTo("Deposit");
        assertThat(deposit.rate()).isEqualTo("3.650 ₫/¥");
        assertThat(deposit.vnd()).isEqualTo("31.536.000 ₫");
        assertThat(deposit.paidSoFar()).isEqualTo("¥8,640.00");
        assertThat(deposit.acknowledged()).isEqualTo("2026-10-10 15:10");
        assertThat(deposit.proof()).isEqualTo("✓ o3-deposit-proof.png");
        LedgerRow balance = ledger.rows().get(1);
        assertThat(balance.paidSoFar()).isEqualTo("¥28,800.00");
        assertThat(balance.notAcknowledged()).isTrue();
        assertThat(balance.acknowledged()).isEqualTo("Not in writing");
    }

    @Test
    void eachTabSaysWhetherItsCategoryHasFiles() {
        show("2837461920384756123");
        assertThat(model.titleProperty().get()).isEqualTo("2837461920384756123");
        assertThat(model.factoryNameProperty().get()).isEqualTo("义乌市佳美日用品有限公司 (Yiwu Jiamei Housewares)");
        assertThat(model.tabTitleProperty(EvidenceCategory.AGREEMENT).get()).isEqualTo("Chat and agreements (5)");
        assertThat(model.presentProperty(EvidenceCategory.RECEIVING).get()).isTrue();
        assertThat(model.files(EvidenceCategory.RECEIVING)).extracting(EvidenceItem::title)
                .contains("Cán xẻng bị nứt");
        EvidenceItem pallet = model.files(EvidenceCategory.RECEIVING).get(0);
        assertThat(pallet.picture()).isTrue();
        assertThat(pallet.path()).isRegularFile();
        assertThat(pallet.taken()).isEqualTo("Taken 2026-10-03 09:52");
        assertThat(pallet.added()).startsWith("Added 2026-");
        assertThat(pallet.orientation()).isEqualTo(1);
        assertThat(model.files(EvidenceCategory.RECEIVING)).filteredOn(i -> i.evidence().fileName().equals("o1-defect-closeup.jpg"))
                .singleElement().satisfies(closeUp -> assertThat(closeUp.orientation()).as("a phone held upright").isEqualTo(6));
        assertThat(model.receivingFacts()).extracting(Fact::value).contains("180 of 200 sets (20 short)");
        assertThat(model.facts()).contains(new Fact("Total", "¥3,700.00"));

        Order boxes = ui.workspace().services().orders().list(null).stream().map(s -> s.order())
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();
        model.load(boxes.id());
        assertThat(model.presentProperty(EvidenceCategory.CONFIRMATION).get()).isFalse();
        assertThat(model.tabTitleProperty(EvidenceCategory.CONFIRMATION).get())
                .isEqualTo("Order and confirmation: missing");
        assertThat(model.facts()).contains(new Fact("Agreement date", "Not recorded", true));
    }

    @Test
    void attachingReportsWhatWasAddedAlreadyThereAndRefused() throws Exception {
        Order order = show("JX-2026-031");
        Path photo = ui.workspace().photo("new-chat.jpg", 7);
        Path same = ui.workspace().photo("copy/new-chat-again.jpg", 7);
        Path empty = ui.workspace().textFile("empty.txt", "");

        model.attach(EvidenceCategory.CONFIRMATION, List.of(photo, same, empty));

        assertThat(ui.navigator().lastSaid())
                .isEqualTo("Order and confirmation: 1 file added, 1 already there (same content), 1 refused.");
        assertThat(ui.navigator().warned).hasSize(1);
        assertThat(ui.navigator().warned.get(0)).startsWith("These files were not attached to Order and confirmation:")
                .contains("empty.txt: ");
        assertThat(model.files(EvidenceCategory.CONFIRMATION)).extracting(i -> i.evidence().fileName())
                .contains("new-chat.jpg");
        assertThat(ui.workspace().services().evidence().ofOrder(order.id()))
                .filteredOn(e -> e.category() == EvidenceCategory.CONFIRMATION).hasSize(2);
        assertThat(listChanges.get()).isEqualTo(1);
    }

    @Test
    void inVietnameseTheWarehouseIsToldInVietnameseWhyAPhotoWasNotKept() throws Exception {
        try (ModelContext vi = new ModelContext(temp.resolve("vi"), true, java.util.Locale.forLanguageTag("vi"))) {
            OrderViewModel order = new OrderViewModel(vi.context(), Workspace.CLOCK, () -> { });
            order.load(vi.workspace().services().orders().find("2851234098765432101").id());
            Path empty = vi.workspace().textFile("IMG_0412.jpg", "");
            Path pdf = vi.workspace().textFile("IMG_0413.jpg", "%PDF-1.7 a scan, not a photo");

            order.attach(EvidenceCategory.RECEIVING, List.of(empty, pdf));

            assertThat(vi.navigator().warned).singleElement().asString()
                    .startsWith("Các tệp sau chưa được đính kèm vào ")
                    .contains("IMG_0412.jpg: “IMG_0412.jpg” là tệp rỗng (0 byte): không có gì để lưu.")
                    .contains("IMG_0413.jpg: “IMG_0413.jpg” có tên là ảnh JPEG nhưng thật ra là tệp PDF.")
                    .doesNotContain("is empty", "is named as");
            assertThat(order.files(EvidenceCategory.RECEIVING)).as("only the photo there before")
                    .extracting(i -> i.evidence().fileName()).containsExactly("o4-arrival.jpg");
        }
    }

    @Test
    void attachGoesToTheTabShownWithTheFilesTheDesktopChose() throws Exception {
        Order order = show("2840019375561028394");
        model.categoryProperty().set(EvidenceCategory.RECEIVING);
        ui.desktop().willChoose(List.of(ui.workspace().photo("unboxed.png", 3)));

        model.chooseAndAttach();

        assertThat(model.tabTitleProperty(EvidenceCategory.RECEIVING).get()).isEqualTo("Receiving and QC (2)");
        assertThat(ui.workspace().services().evidence().ofOrder(order.id()))
                .anyMatch(e -> e.fileName().equals("unboxed.png") && e.category() == EvidenceCategory.RECEIVING);
    }

    @Test
    void captionsAreSavedAndShown() {
        show("2837461920384756123");
        EvidenceItem item = model.files(EvidenceCategory.AGREEMENT).get(0);
        model.setCaption(item, "  Chat: giá 18,5 tệ  ");
        assertThat(model.files(EvidenceCategory.AGREEMENT)).extracting(EvidenceItem::title).contains("Chat: giá 18,5 tệ");
    }

    @Test
    void aPaymentTypedInDongIsKeptAsTypedAndCountedInYuanAtItsRate() throws Exception {
        Order boxes = ui.workspace().services().orders().list(null).stream().map(s -> s.order())
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();
        model.load(boxes.id());
        assertThat(model.ledger().owedProperty().get()).isEqualTo("¥3,200.00");
        PaymentFormModel form = model.payment();
        form.start();
        form.amount().textProperty().set("11.737.600 ₫");
        form.rate().textProperty().set("3.668");
        assertThat(form.countedProperty().get())
                .isEqualTo("Kept as typed, and counted as ¥3,200.00 at 3.668 ₫ per yuan towards the order total.");
        form.coversProperty().set(PaymentCovers.BALANCE);
        form.methodProperty().set("WeChat Pay");
        ui.desktop().willChoose(List.of(ui.workspace().photo("balance.png", 5)));
        form.chooseProof();

        form.save();

        assertThat(form.openProperty().get()).isFalse();
        List<Payment> payments = ui.workspace().services().payments().ofOrder(boxes.id());
        Payment balance = payments.get(payments.size() - 1);
        assertThat(balance.amount()).isEqualTo(Money.of("11737600", Money.VND));
        assertThat(balance.rateToVnd()).isEqualByComparingTo(new BigDecimal("3668"));
        assertThat(balance.proofEvidenceId()).isNotNull();
        assertThat(model.ledger().owedProperty().get()).isEqualTo("¥0.00");
        assertThat(model.ledger().statusProperty().get()).isEqualTo("Paid in full.");
        assertThat(model.ledger().rows().get(1).vnd()).isEqualTo("11.737.600 ₫");
        assertThat(ui.navigator().lastSaid()).isEqualTo("Recorded the payment of 11.737.600 ₫ on 2026-11-26.");
    }

    @Test
    void aPaymentFormWithProblemsSaysWhichAndSendsNothing() {
        Order order = show("2851234098765432101");
        PaymentFormModel form = model.payment();
        form.start();
        form.amount().textProperty().set("1.234 CNY");
        form.rate().textProperty().set("abc");

        form.save();

        assertThat(form.amount().errorProperty().get()).contains("1.234");
        assertThat(form.rate().errorProperty().get()).isEqualTo(
                "“abc” is not a rate. Type the đồng paid for one yuan, for example 3650 or 3.650.");
        assertThat(form.coversErrorProperty().get()).isEqualTo("Say what this payment pays for.");
        assertThat(form.openProperty().get()).isTrue();
        assertThat(ui.workspace().services().payments().ofOrder(order.id())).hasSize(1);
    }

    @Test
    void aPaymentOfNothingIsRefusedUnderTheAmountByTheServicesRuleAndFollowsTheTyping() {
        Order order = show("2851234098765432101");
        PaymentFormModel form = model.payment();
        form.start();
        form.amount().textProperty().set("¥0");
        form.coversProperty().set(PaymentCovers.DEPOSIT);

        form.save();

        FieldProblem rule = PaymentRules.problems(new Payment(0, order.id(), LocalDate.of(2026, 11, 26),
                Money.of("0", Money.CNY), null, PaymentCovers.DEPOSIT, null, null, null, null, null)).get(0);
        assertThat(rule.field()).isEqualTo(Field.AMOUNT);
        assertThat(form.amount().errorProperty().get()).isEqualTo(ErrorText.of(rule, ui.context().texts()))
                .isEqualTo("The amount paid must be more than 0 (it was ¥0.00).");
        assertThat(ui.workspace().services().payments().ofOrder(order.id())).hasSize(1);
        form.amount().textProperty().set("¥100");
        assertThat(form.amount().errorProperty().get()).isEmpty();
    }

    @Test
    void openingADisputeShowsIt() {
        show("2840019375561028394");
        model.openDispute("1 hộp móp nắp");
        assertThat(ui.navigator().shown).anyMatch(s -> s.startsWith("dispute "));
        assertThat(ui.workspace().services().disputes().all()).anyMatch(d -> "1 hộp móp nắp".equals(d.summary()));
    }

    @Test
    void theDefectsOfASavedRecordAreCorrectedByKindWithTheOrdersReceivingPhotos() {
        Order order = show("2837461920384756123");
        ReceivingRecord record = model.caseFileProperty().get().receiving();
        DefectsEditModel editing = model.editDefects();
        assertThat(editing.defects().defects()).as("opened with the sample's defects")
                .extracting(ReceivingDefect::kind).containsExactly(DefectKind.SHORT, DefectKind.CRACKED,
                        DefectKind.DAMAGED_PACKAGING);
        editing.defects().clear();
        assertThat(editing.defects().photos()).hasSize(4)
                .extracting(DefectsModel.Photo::evidenceId).doesNotContainNull();
        DefectsModel.Photo closeUp = editing.defects().photos().stream()
                .filter(p -> p.name().equals("o1-defect-closeup.jpg")).findFirst().orElseThrow();

        DefectsModel.Row cracked = editing.defects().add(DefectKind.CRACKED);
        cracked.count().textProperty().set(Long.toString(record.defectiveUnits() + 1));
        assertThat(editing.save()).as("more cracked than defective is refused").isFalse();
        assertThat(editing.defects().problemProperty().get()).contains("cracked or broken");
        cracked.count().textProperty().set("1");
        assertThat(editing.defects().problemProperty().get()).isEmpty();
        cracked.show(closeUp, true);
        editing.defects().add(DefectKind.SHORT);
        assertThat(editing.isChanged()).isTrue();

        assertThat(editing.save()).isTrue();

        assertThat(ui.navigator().lastSaid()).isEqualTo("2 kinds of defect saved on the receiving record.");
        assertThat(model.caseFileProperty().get().receiving().defects()).containsExactlyInAnyOrder(
                new ReceivingDefect(DefectKind.CRACKED, 1, List.of(closeUp.evidenceId())),
                new ReceivingDefect(DefectKind.SHORT, record.unitsShort(), List.of()));
        assertThat(model.receivingFacts()).filteredOn(f -> f.label().equals("Defects by kind")).singleElement()
                .satisfies(f -> assertThat(f.value().split("\n")).containsExactlyInAnyOrder(
                        "开裂或破损 / cracked or broken: 1 " + ui.context().texts().words().unit(1, order.unit())
                                + " — 1 photo",
                        "短缺 / short: " + ui.context().texts().words().quantity(record.unitsShort(), order.unit())
                                + " — no photo"));
        assertThat(model.editDefects().defects().rows()).as("opened again, as saved").hasSize(2);
    }
}
