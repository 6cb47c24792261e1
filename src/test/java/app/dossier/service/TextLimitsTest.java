package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.InvalidInputException;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services refuse a text over its limit or with a line break where one line is expected, before
 * anything is written: the window's forms and the command line go through these same calls.
 */
class TextLimitsTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Factory factory;
    private Order order;

    @BeforeEach
    void order() {
        workspace = new Workspace(temp);
        factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFactoryNameWithALineBreakIsRefusedAndNothingIsWritten() throws Exception {
        Snapshot before = Snapshot.of(workspace);

        assertThatThrownBy(() -> workspace.factory("Xưởng Kim Long\nBình Dương"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The factory's name must fit on one line: remove the line break.");
        assertThatThrownBy(() -> workspace.services().factories().update(new Factory(factory.id(), "Xưởng\r\nMới",
                null, null, null, null, null, factory.folder())))
                .hasMessageContaining("one line");

        assertThat(Snapshot.of(workspace)).isEqualTo(before);
        assertThat(workspace.services().factories().list()).extracting(Factory::name)
                .containsExactly("义乌市佳美日用品有限公司");
    }

    @Test
    void notesKeepTheirLineBreaks() {
        Factory saved = workspace.services().factories().add(new Factory(0, "Xưởng Kim Long", null, null, null, null,
                "Chỉ nhận chuyển khoản.\nGọi trước 9h.", null));
        assertThat(saved.notes()).isEqualTo("Chỉ nhận chuyển khoản.\nGọi trước 9h.");
    }

    @Test
    void aCaptionOfTenThousandCharactersIsRefusedOnAttachAndOnCorrection() throws Exception {
        Path photo = workspace.photo("thùng móp.jpg", 1);
        String long10000 = "Thùng móp ".repeat(1_000);

        assertThatThrownBy(() -> workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(photo, long10000, null)), ProgressListener.NONE))
                .hasMessage("A caption can be at most 500 characters long; this one has 9999. Shorten it.");
        assertThat(workspace.services().evidence().ofOrder(order.id())).isEmpty();

        var kept = workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(photo, "Thùng móp góc", null)), ProgressListener.NONE).added().get(0);
        assertThatThrownBy(() -> workspace.services().evidence().setCaption(kept.id(), long10000))
                .hasMessageContaining("at most 500 characters");
        assertThat(workspace.services().evidence().ofOrder(order.id()).get(0).caption()).isEqualTo("Thùng móp góc");
        assertThat(Files.readString(workspace.root().resolve(order.folder()).resolve("case.json")))
                .doesNotContain("Thùng móp Thùng móp");
    }

    @Test
    void aProductTitleOnTwoLinesInA1688ExportIsKeptOnOneLineAndASecondImportChangesNothing() throws Exception {
        Path csv = Files.writeString(workspace.outside().resolve("orders.csv"),
                "订单编号,卖家公司名,实付款(元),订单状态,订单创建时间,货品标题,单价(元),数量,单位\n"
                        + "2840019375561028394,义乌市佳美日用品有限公司,6400.00,交易成功,2026-10-15 09:20:00,"
                        + "\"304不锈钢饭盒\n三层 大号\",12.80,500,个\n");

        ImportReport report = workspace.services().imports().apply(csv, ProgressListener.NONE);

        assertThat(report.created()).singleElement()
                .satisfies(o -> assertThat(o.product()).isEqualTo("304不锈钢饭盒 三层 大号"));
        Snapshot before = Snapshot.of(workspace);
        assertThat(workspace.services().imports().apply(csv, ProgressListener.NONE).changedNothing()).isTrue();
        assertThat(Snapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void everyTextOfAnOrderAPaymentAReceivingAndADisputeHasItsLimit() {
        Order typed = new Order(0, factory.id(), "A-1", order.channel(), order.kind(), "Bình giữ nhiệt",
                new AgreedSpecs("x".repeat(501), null, null, null), 10, "cái", Money.of("10", Money.CNY),
                LocalDate.of(2026, 9, 2), null, null, null, null);
        assertThatThrownBy(() -> workspace.services().orders().add(typed)).hasMessage(
                "The colors can be at most 500 characters long; this one has 501. Shorten it.");

        Payment payment = new Payment(0, order.id(), LocalDate.of(2026, 9, 3), Money.of("100", Money.CNY), null,
                PaymentCovers.DEPOSIT, "Alipay", "6222 0000\n1111", null, null, null);
        assertThatThrownBy(() -> workspace.services().payments().record(payment, null))
                .hasMessage("The receiving account must fit on one line: remove the line break.");

        ReceivingRecord received = new ReceivingRecord(0, order.id(), LocalDateTime.of(2026, 9, 20, 9, 40), null, null,
                200L, 200, PackagingCondition.INTACT, null, 20, 0, null, "Anh\nTuấn", null, null);
        assertThatThrownBy(() -> workspace.services().receiving().save(received, List.of()))
                .hasMessageContaining("The inspector's name must fit on one line");

        assertThatThrownBy(() -> workspace.services().disputes().open(order.id(), "x".repeat(2_001)))
                .hasMessageContaining("The dispute's summary can be at most 2000 characters");
        assertThat(workspace.services().disputes().ofOrder(order.id())).isEmpty();
    }
}
