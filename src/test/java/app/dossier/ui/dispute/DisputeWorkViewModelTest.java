package app.dossier.ui.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Field;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Refusal;
import app.dossier.ui.common.ErrorText;
import java.time.LocalDateTime;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Language;
import app.dossier.domain.Order;
import app.dossier.domain.Resolution;
import app.dossier.service.DisputeDraft;
import app.dossier.service.OrderSummary;
import app.dossier.service.Workspace;
import app.dossier.ui.TestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work on a dispute, on a real data folder with the sample business: resolution, message, steps, packet, refund request. */
class DisputeWorkViewModelTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private TestContext test;
    private DisputeWorkViewModel model;
    private long sampleDispute;

    @BeforeEach
    void loadTheSample() {
        workspace = Workspace.withSample(temp.resolve("workspace"));
        test = new TestContext(workspace.services());
        model = new DisputeWorkViewModel(test.context, Workspace.CLOCK);
        sampleDispute = workspace.services().disputes().all().get(0).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theSampleDisputeProposesTheRefundTheRecordsSupportAndDraftsTheChineseMessage() {
        model.show(sampleDispute);

        ResolutionForm resolution = model.resolution();
        assertThat(model.shownProperty().get()).isTrue();
        assertThat(resolution.kindProperty().get()).isEqualTo(ResolutionForm.Kind.REFUND);
        assertThat(resolution.refundProperty().get()).isEqualTo("¥425.50");
        assertThat(resolution.equivalentProperty().get()).isEqualTo("¥425.50 ≈ 1.553.075 ₫");
        assertThat(resolution.proposedProperty().get()).isEqualTo("The records support ¥425.50 (23 sets short or defective).");
        assertThat(resolution.unitsProperty().get()).isEqualTo("23");
        assertThat(resolution.changedProperty().get()).isFalse();

        MessageForm message = model.message();
        assertThat(message.availableProperty().get()).isTrue();
        assertThat(message.factoryTextProperty().get())
                .contains("2837461920384756123", "订购200套", "实收180套", "少发20套", "部分退款¥425.50");
        assertThat(message.buyerTextProperty().get()).contains("chúng tôi đã nhận 180 bộ");
        assertThat(message.buyerTitleProperty().get()).isEqualTo("Tiếng Việt · your copy, for the file");
        assertThat(message.stateProperty().get()).isEqualTo("Drafted from the records");
        assertThat(model.timeline()).extracting(StepRow::statusText, StepRow::when)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Draft", "2026-11-26 10:00"));
        assertThat(model.nextSteps()).extracting(NextStep::status).containsExactly(DisputeStatus.SENT, DisputeStatus.CLOSED);
        assertThat(model.nextSteps()).extracting(NextStep::label).containsExactly("Sent to the factory…", "Closed…");
    }

    @Test
    void theChineseMessageIsCopiedForWeChat() {
        model.show(sampleDispute);

        model.message().copyChinese();

        assertThat(test.desktop.copied).singleElement().satisfies(text -> assertThat(text)
                .contains("2837461920384756123").startsWith("您好"));
        assertThat(test.navigator.said).last().asString().contains("Paste it into WeChat");
    }

    @Test
    void aRefundTypedInAnotherFormIsReadAndOneThatCannotBeIsRefusedInline() {
        model.show(sampleDispute);
        ResolutionForm resolution = model.resolution();

        resolution.refundProperty().set("400");
        assertThat(resolution.equivalentProperty().get()).isEqualTo("¥400.00 ≈ 1.460.000 ₫");
        assertThat(resolution.problemProperty().get()).isEmpty();
        assertThat(resolution.changedProperty().get()).isTrue();

        resolution.refundProperty().set("¥4.250");
        assertThat(resolution.problemProperty().get()).contains("“¥4.250”");
        assertThat(resolution.equivalentProperty().get()).isEmpty();

        resolution.refundProperty().set("1.553.075 ₫");
        assertThat(resolution.problemProperty().get()).isEmpty();
        assertThat(resolution.equivalentProperty().get()).isEqualTo("1.553.075 ₫");
    }

    @Test
    void anUnreadableRefundIsNotSaved() {
        model.show(sampleDispute);
        ResolutionForm resolution = model.resolution();

        resolution.refundProperty().set("four hundred");
        resolution.save();

        assertThat(resolution.problemProperty().get()).contains("four hundred");
        assertThat(workspace.services().disputes().byId(sampleDispute).resolution())
                .isInstanceOf(Resolution.PartialRefund.class);
    }

    @Test
    void aReplacementOf23UnitsRedraftsTheMessage() {
        model.show(sampleDispute);
        String before = model.message().factoryTextProperty().get();

        model.resolution().kindProperty().set(ResolutionForm.Kind.REPLACEMENT);
        model.resolution().unitsProperty().set("23");
        model.resolution().save();

        assertThat(workspace.services().disputes().byId(sampleDispute).resolution())
                .isEqualTo(new Resolution.Replacement(23));
        assertThat(model.message().factoryTextProperty().get()).isNotEqualTo(before)
                .contains("补发23套").doesNotContain("部分退款");
        assertThat(model.message().buyerTextProperty().get()).contains("gửi bù 23 bộ");
        assertThat(model.resolution().kindProperty().get()).isEqualTo(ResolutionForm.Kind.REPLACEMENT);
        assertThat(model.resolution().changedProperty().get()).isFalse();
        assertThat(test.navigator.said).last().asString()
                .isEqualTo("You now ask for a replacement shipment of 23 sets. The message was drafted again to say so.");
    }

    @Test
    void aDiscountInPercentOrAsAnAmount() {
        model.show(sampleDispute);
        ResolutionForm resolution = model.resolution();
        resolution.kindProperty().set(ResolutionForm.Kind.DISCOUNT);

        resolution.discountProperty().set("2,5 %");
        resolution.save();
        assertThat(model.message().factoryTextProperty().get()).contains("下一笔订单优惠2.5%");
        assertThat(resolution.discountProperty().get()).isEqualTo("2.5%");

        resolution.discountProperty().set("abc%");
        assertThat(resolution.problemProperty().get()).isEqualTo("“abc%” is not a percentage. Type it like 5% or 2.5%.");
        resolution.discountProperty().set("¥200");
        resolution.save();
        assertThat(model.message().factoryTextProperty().get()).contains("¥200.00");
    }

    @Test
    void editsAreKeptAndBackToDraftedRestoresTheDraftedText() {
        model.show(sampleDispute);
        MessageForm message = model.message();
        String drafted = message.factoryTextProperty().get();

        message.factoryTextProperty().set(drafted + "\n\n另外，请下次加强包装。");
        assertThat(message.changedProperty().get()).isTrue();
        assertThat(model.hasUnsavedChanges()).isTrue();
        model.show(sampleDispute);
        assertThat(message.factoryTextProperty().get()).as("typing survives a reload").endsWith("请下次加强包装。");

        message.saveEdits();
        DisputeWorkViewModel reopened = new DisputeWorkViewModel(test.context, Workspace.CLOCK);
        reopened.show(sampleDispute);
        assertThat(reopened.message().factoryTextProperty().get()).endsWith("请下次加强包装。");
        assertThat(reopened.message().editedProperty().get()).isTrue();
        assertThat(reopened.message().stateProperty().get()).isEqualTo("Your edits, saved");
        Dispute stored = workspace.services().disputes().byId(sampleDispute);
        assertThat(stored.factoryMessage()).endsWith("请下次加强包装。");
        assertThat(stored.buyerMessage()).as("the untouched copy stays drafted").isNull();

        reopened.message().backToDrafted();
        assertThat(reopened.message().factoryTextProperty().get()).isEqualTo(drafted);
        assertThat(reopened.message().editedProperty().get()).isFalse();
        assertThat(workspace.services().disputes().byId(sampleDispute).factoryMessage()).isNull();
    }

    @Test
    void aNewResolutionSaysItReplacesTheEdits() {
        model.show(sampleDispute);
        model.message().factoryTextProperty().set("您好！我们收到的货少了。");
        model.message().saveEdits();
        assertThat(model.resolution().noticeProperty().get()).contains("your edits to the message will be replaced");

        model.resolution().refundProperty().set("¥400");
        model.resolution().save();

        assertThat(model.message().factoryTextProperty().get()).contains("部分退款¥400.00");
        assertThat(test.navigator.said).last().asString().contains("your earlier edits to it were replaced");
    }

    @Test
    void theBuyersCopySwitchesToEnglish() {
        model.show(sampleDispute);

        assertThat(model.message().languageSwitchDropsEdits()).isFalse();
        model.message().chooseLanguage(Language.ENGLISH);

        assertThat(model.message().languageProperty().get()).isEqualTo(Language.ENGLISH);
        assertThat(model.message().buyerTextProperty().get()).contains("Order number 2837461920384756123");
        assertThat(model.message().buyerTitleProperty().get()).isEqualTo("English · your copy, for the file");
        assertThat(workspace.services().disputes().byId(sampleDispute).buyerLanguage()).isEqualTo(Language.ENGLISH);

        model.message().buyerTextProperty().set("My own words");
        assertThat(model.message().languageSwitchDropsEdits()).isTrue();
    }

    @Test
    void stepsAreRecordedWithTheirDatesAndFilesAndOneDatedBeforeTheLastIsRefused() throws Exception {
        model.show(sampleDispute);

        StepForm sent = model.beginStep(DisputeStatus.SENT);
        assertThat(sent.whenProperty().get()).isEqualTo("2026-11-26 10:00");
        sent.whenProperty().set("2026-11-26 12:00");
        sent.noteProperty().set("Gửi tin nhắn và 4 ảnh qua chat 1688");
        sent.submit();
        assertThat(sent.doneProperty().get()).isTrue();
        assertThat(test.navigator.said).last().asString().isEqualTo("Recorded: Sent on 2026-11-26 12:00.");

        Path reply = workspace.photo("factory reply.png", 7);
        StepForm replied = model.beginStep(DisputeStatus.FACTORY_REPLIED);
        test.desktop.willChoose(List.of(reply));
        replied.addFiles();
        replied.whenProperty().set("26/11/2026 14h30");
        replied.noteProperty().set("Xưởng đồng ý hoàn 425,5 tệ");
        replied.submit();

        assertThat(replied.problemProperty().get()).isEmpty();
        assertThat(model.timeline()).extracting(StepRow::status)
                .containsExactly(DisputeStatus.DRAFT, DisputeStatus.SENT, DisputeStatus.FACTORY_REPLIED);
        StepRow last = model.timeline().get(2);
        assertThat(last.when()).isEqualTo("2026-11-26 14:30");
        assertThat(last.note()).isEqualTo("Xưởng đồng ý hoàn 425,5 tệ");
        assertThat(last.files()).singleElement().satisfies(f -> assertThat(f.fileName()).isEqualTo("factory reply.png"));
        assertThat(model.nextSteps()).extracting(NextStep::status).containsExactly(DisputeStatus.FACTORY_REPLIED,
                DisputeStatus.RESOLVED, DisputeStatus.ESCALATED);
        model.openFile(last.files().get(0));
        assertThat(test.desktop.opened).singleElement().satisfies(p -> assertThat(p).exists());

        StepForm early = model.beginStep(DisputeStatus.RESOLVED);
        early.whenProperty().set("2026-11-26 11:00");
        early.submit();
        assertThat(early.doneProperty().get()).isFalse();
        assertThat(early.problemProperty().get()).contains("This step is dated 2026-11-26 11:00, before the last one")
                .as("the rule the service enforces").isEqualTo(ErrorText.of(FieldProblem.of(Field.STEP_AT,
                        Refusal.STEP_BEFORE_LAST, LocalDateTime.of(2026, 11, 26, 11, 0),
                        LocalDateTime.of(2026, 11, 26, 14, 30)), test.context.texts()));
        assertThat(workspace.services().disputes().byId(sampleDispute).status()).isEqualTo(DisputeStatus.FACTORY_REPLIED);
        early.whenProperty().set("2026-11-26 15:00");
        assertThat(early.problemProperty().get()).as("follows the typing").isEmpty();

        StepForm unreadable = model.beginStep(DisputeStatus.RESOLVED);
        unreadable.whenProperty().set("tomorrow");
        unreadable.submit();
        assertThat(unreadable.problemProperty().get()).contains("“tomorrow”");
    }

    @Test
    @Tag("slow")
    void thePacketIsWrittenWhereTheUserSavesItAndCanBeOpenedAndShown() throws Exception {
        model.show(sampleDispute);
        PacketMaker packet = model.packet();
        assertThat(packet.suggestedName(model.draftProperty().get())).isEqualTo("Dispute 2837461920384756123.pdf");
        test.desktop.willSaveAs(temp.resolve("Dispute 2837461920384756123"));

        packet.make();

        assertThat(packet.warningProperty().get()).isEmpty();
        assertThat(packet.problemProperty().get()).as("why the packet was not written").isEmpty();
        Path written = temp.resolve("Dispute 2837461920384756123.pdf");
        assertThat(packet.writtenProperty().get().file()).isEqualTo(written);
        assertThat(Files.size(written)).isGreaterThan(0);
        assertThat(packet.resultProperty().get()).startsWith("Wrote Dispute 2837461920384756123.pdf: ")
                .contains(" pages, ").endsWith(" 10 photos.");
        assertThat(test.navigator.said).contains(packet.resultProperty().get());

        packet.open();
        packet.showInFolder();
        packet.print();
        assertThat(test.desktop.opened).containsExactly(written);
        assertThat(test.desktop.revealed).containsExactly(written);
        assertThat(test.navigator.warned).singleElement().asString()
                .startsWith("No printer is set up on this computer, so nothing was printed.")
                .contains(written.toString()).contains("print it from a PDF reader");
        assertThat(test.navigator.said).noneMatch(s -> s.startsWith("Sent "));
    }

    /** A printer that takes pages as the test says, and ends as it says. */
    private static final class Printer implements app.dossier.ui.common.Printing.Job {
        final List<app.dossier.service.PageImage> pages = new java.util.ArrayList<>();
        final boolean takesPages;
        final app.dossier.ui.common.Printing.Outcome ending;
        boolean cancelled;

        Printer(boolean takesPages, app.dossier.ui.common.Printing.Outcome ending) {
            this.takesPages = takesPages;
            this.ending = ending;
        }

        @Override
        public boolean print(app.dossier.service.PageImage page) {
            pages.add(page);
            return takesPages;
        }

        @Override
        public app.dossier.ui.common.Printing.Outcome end() {
            return ending;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Test
    void printingSaysPrintedOnlyWhenThePrinterTookEveryPageAndACancelCalmly() throws Exception {
        model.show(sampleDispute);
        PacketMaker packet = model.packet();
        test.desktop.willSaveAs(temp.resolve("Dispute 2837461920384756123.pdf"));
        packet.make();
        int pages = packet.writtenProperty().get().pages();

        Printer printer = new Printer(true, app.dossier.ui.common.Printing.Outcome.PRINTED);
        test.desktop.nextPrint = app.dossier.ui.common.Printing.Start.with(printer);
        packet.print();
        assertThat(printer.pages).hasSize(pages).allMatch(p -> p.width() > 1000 && p.height() > p.width()
                && p.argb().length == p.width() * p.height());
        assertThat(test.navigator.said).last().isEqualTo("Sent Dispute 2837461920384756123.pdf to the printer: "
                + pages + " pages.");
        assertThat(test.desktop.printJobs).last().isEqualTo("Dispute 2837461920384756123.pdf");

        test.desktop.nextPrint = app.dossier.ui.common.Printing.Start.ended(
                app.dossier.ui.common.Printing.Outcome.CANCELLED);
        packet.print();
        assertThat(test.navigator.said).last().isEqualTo("Printing cancelled; nothing was sent to the printer.");
        assertThat(test.navigator.warned).isEmpty();

        Printer refusing = new Printer(false, app.dossier.ui.common.Printing.Outcome.PRINTED);
        test.desktop.nextPrint = app.dossier.ui.common.Printing.Start.with(refusing);
        packet.print();
        assertThat(refusing.pages).hasSize(1);
        assertThat(refusing.cancelled).isTrue();
        assertThat(test.navigator.warned).singleElement().asString()
                .startsWith("The printer did not take the packet, so it may not have been printed.");
        assertThat(test.navigator.said).filteredOn(s -> s.startsWith("Sent ")).hasSize(1);
    }

    @Test
    void thePacketIsTheFactorysCopyUnlessTheUserChoosesTheirOwn() throws Exception {
        model.show(sampleDispute);
        PacketMaker packet = model.packet();
        assertThat(packet.copyProperty().get()).isEqualTo(app.dossier.domain.PacketCopy.FACTORY);

        assertThat(packet.replyWithinDaysProperty().get()).isEqualTo(3);
        packet.replyWithinDaysProperty().set(5);
        test.desktop.willSaveAs(temp.resolve("factory.pdf"));
        packet.make();
        packet.copyProperty().set(app.dossier.domain.PacketCopy.OWN);
        test.desktop.willSaveAs(temp.resolve("own.pdf"));
        packet.make();

        assertThat(app.dossier.packet.PacketFixture.text(Files.readAllBytes(temp.resolve("factory.pdf"))))
                .doesNotContain("₫").doesNotContain("VND")
                .contains("（5天内）").contains("(within 5 days)"); // the factory's copy: Chinese and English
        assertThat(app.dossier.packet.PacketFixture.text(Files.readAllBytes(temp.resolve("own.pdf"))))
                .contains("₫").contains("VND").contains("(trong 5 ngày)"); // the own copy: the dispute's Vietnamese
    }

    @Test
    void aDisputeOnAnOrderNotYetCountedSaysWhyThereIsNoMessageAndWarnsBeforeThePacket() throws Exception {
        Order giftBoxes = giftBoxes();
        Dispute opened = workspace.services().disputes().open(giftBoxes.id(), "Logo in sai màu");
        model.show(opened.id());

        MessageForm message = model.message();
        assertThat(message.availableProperty().get()).isFalse();
        assertThat(message.whyProperty().get()).startsWith("No message can be drafted yet: record what arrived first");
        assertThat(message.receivingOfferedProperty().get()).isTrue();
        message.goToReceiving();
        assertThat(test.navigator.went).containsExactly("receiving " + giftBoxes.id());
        assertThat(model.resolution().refundProperty().get()).isEmpty();

        Path target = temp.resolve("gift boxes.pdf");
        test.desktop.willSaveAs(target);
        model.packet().make();
        assertThat(model.packet().warningProperty().get())
                .startsWith("These evidence categories are missing: Order and confirmation, Receiving and QC.")
                .endsWith("Build it anyway?");
        assertThat(target).doesNotExist();

        model.packet().buildAnyway();
        assertThat(model.packet().warningProperty().get()).isEmpty();
        assertThat(Files.size(target)).isGreaterThan(0);
    }

    @Test
    void theRefundRequestTakesOneToFiveImagesAndTheDescription() throws Exception {
        model.show(sampleDispute);
        RefundRequestForm form = model.beginRefundRequest();

        assertThat(form.images()).hasSize(10);
        assertThat(form.images()).filteredOn(i -> i.chosenProperty().get()).extracting(RefundImage::fileName)
                .containsExactly("o1-pallet.jpg", "o1-damaged-carton.jpg", "o1-defect-closeup.jpg", "o1-count-sheet.jpg");
        assertThat(form.images()).allSatisfy(i -> assertThat(i.fileProperty().get()).exists());
        assertThat(form.descriptionProperty().get()).startsWith("订单2837461920384756123：实收180套");
        assertThat(form.counterProperty().get()).matches("\\d+ / 150");

        RefundImage fifth = form.images().get(4);
        RefundImage sixth = form.images().get(5);
        fifth.chosenProperty().set(true);
        assertThat(form.chosenCountProperty().get()).isEqualTo(5);
        assertThat(sixth.selectableProperty().get()).isFalse();
        sixth.chosenProperty().set(true);
        assertThat(sixth.chosenProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).contains("at most 5 images");
        fifth.chosenProperty().set(false);
        assertThat(sixth.selectableProperty().get()).isTrue();

        form.descriptionProperty().set("短".repeat(151));
        assertThat(form.counterProperty().get()).isEqualTo("151 / 150");
        assertThat(form.tooLongProperty().get()).isTrue();
        form.descriptionProperty().set("订单2837461920384756123：少发20套，3套手柄开裂，申请退款¥425.50。");

        test.desktop.willChooseFolder(temp.resolve("upload"));
        form.write();

        Path folder = temp.resolve("upload").resolve("1688 refund request 2837461920384756123");
        assertThat(form.writtenProperty().get().folder()).isEqualTo(folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("1 o1-pallet.jpg",
                    "2 o1-damaged-carton.jpg", "3 o1-defect-closeup.jpg", "4 o1-count-sheet.jpg", "description.txt");
        }
        assertThat(Files.readString(folder.resolve("description.txt")).strip())
                .isEqualTo("订单2837461920384756123：少发20套，3套手柄开裂，申请退款¥425.50。");
        assertThat(form.resultProperty().get()).isEqualTo("Wrote 4 images and description.txt to " + folder);
        form.showInFolder();
        assertThat(test.desktop.revealed).containsExactly(folder.resolve("1 o1-pallet.jpg"));
    }

    @Test
    void anEmptyRefundDescriptionIsDraftedByTheService() throws Exception {
        model.show(sampleDispute);
        RefundRequestForm form = model.beginRefundRequest();
        form.descriptionProperty().set("");
        test.desktop.willChooseFolder(temp.resolve("upload"));

        form.write();

        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(Files.readString(form.writtenProperty().get().description()))
                .startsWith("订单2837461920384756123：实收180套");
    }

    @Test
    void aDisputeJustOpenedFromTheOrdersViewIsShownWithItsWork() {
        DisputesViewModel disputes = new DisputesViewModel(test.context);
        disputes.refresh();
        Order giftBoxes = giftBoxes();

        Dispute opened = workspace.services().disputes().open(giftBoxes.id(), "Hộp in sai màu logo");
        disputes.select(opened.id());

        DisputeWorkViewModel work = disputes.work();
        assertThat(work.shownProperty().get()).isTrue();
        assertThat(work.draftProperty().get().dispute().id()).isEqualTo(opened.id());
        assertThat(work.message().whyProperty().get()).contains("record what arrived first");
        assertThat(work.nextSteps()).extracting(NextStep::status).containsExactly(DisputeStatus.SENT, DisputeStatus.CLOSED);

        // A step recorded in the work area shows in the list and the header too.
        StepForm sent = work.beginStep(DisputeStatus.SENT);
        sent.whenProperty().set("2026-11-26 15:00");
        sent.submit();
        assertThat(disputes.statusProperty().get()).isEqualTo("Sent");
        assertThat(disputes.disputes()).filteredOn(r -> r.disputeId() == opened.id()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("Sent"));
    }

    @Test
    void readsInVietnamese() {
        DisputeWorkViewModel vietnamese = new DisputeWorkViewModel(
                new TestContext(workspace.services(), Locale.forLanguageTag("vi")).context, Workspace.CLOCK);

        vietnamese.show(sampleDispute);

        assertThat(vietnamese.resolution().proposedProperty().get())
                .isEqualTo("Theo hồ sơ, có thể đề nghị hoàn ¥425,50 (23 bộ thiếu hoặc lỗi).");
        assertThat(vietnamese.message().buyerTitleProperty().get()).isEqualTo("Tiếng Việt · bản của bạn, để lưu hồ sơ");
        assertThat(vietnamese.nextSteps()).extracting(NextStep::label).containsExactly("Đã gửi cho xưởng…", "Đóng khiếu nại…");
        assertThat(vietnamese.packet().suggestedName(vietnamese.draftProperty().get()))
                .isEqualTo("Khiếu nại 2837461920384756123.pdf");
    }

    private Order giftBoxes() {
        return workspace.services().orders().list(null).stream().map(OrderSummary::order)
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();
    }

    @Test
    void beforeTheFactorysCopyTheTextsNotInChineseAreListedAndADefectPhotoGetsAChineseCaption() {
        model.show(sampleDispute);
        FactoryTexts texts = model.packet().factoryTexts();
        assertThat(texts.items()).extracting(FactoryTexts.Item::what, FactoryTexts.Item::text).contains(
                org.assertj.core.groups.Tuple.tuple("Caption of o1-defect-closeup.jpg", "Cán xẻng bị nứt"),
                org.assertj.core.groups.Tuple.tuple("Receiving record: notes on the cartons", "1 thùng bị móp, rách góc"),
                org.assertj.core.groups.Tuple.tuple("Receiving record: notes on the defects", "3 bộ nứt cán xẻng lớn"));
        // the sample's record links its photos to kinds of defect: each such caption has a Chinese one to offer
        assertThat(texts.items()).filteredOn(i -> i.suggestion() != null).extracting(FactoryTexts.Item::suggestion)
                .containsExactlyInAnyOrder("短缺（20套）", "短缺（20套）", "包装破损（1箱）", "开裂或破损（3套）");
        assertThat(texts.items()).filteredOn(i -> i.what().startsWith("Receiving record"))
                .extracting(FactoryTexts.Item::suggestion).containsOnlyNulls();

        app.dossier.domain.CaseFile c = model.draftProperty().get().caseFile();
        app.dossier.domain.Evidence closeUp = c.evidence().stream()
                .filter(e -> e.fileName().equals("o1-defect-closeup.jpg")).findFirst().orElseThrow();
        FactoryTexts.Item first = texts.items().stream().filter(i -> "Cán xẻng bị nứt".equals(i.text())).findFirst()
                .orElseThrow();
        assertThat(texts.items().indexOf(first)).as("captions with a Chinese one to offer come first").isLessThan(4);
        assertThat(first.suggestion()).isEqualTo("开裂或破损（3套）");
        int before = texts.items().size();

        texts.useSuggestion(first);

        assertThat(workspace.services().evidence().ofOrder(c.order().id())).filteredOn(e -> e.id() == closeUp.id())
                .singleElement().extracting(app.dossier.domain.Evidence::caption).isEqualTo("开裂或破损（3套）");
        assertThat(test.navigator.said).contains("Caption of o1-defect-closeup.jpg is now “开裂或破损（3套）”.");
        assertThat(texts.items()).hasSize(before - 1).extracting(FactoryTexts.Item::text)
                .doesNotContain("Cán xẻng bị nứt");
    }
}
