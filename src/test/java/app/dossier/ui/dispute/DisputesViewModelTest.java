package app.dossier.ui.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.dossier.domain.Dispute;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.service.Workspace;
import app.dossier.ui.TestContext;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisputesViewModelTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private TestContext test;

    @BeforeEach
    void loadTheSample() {
        workspace = Workspace.withSample(temp);
        test = new TestContext(workspace.services());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsTheSampleDisputeAndShowsItsFacts() {
        DisputesViewModel model = new DisputesViewModel(test.context);

        model.refresh();

        assertThat(model.disputes()).singleElement().satisfies(row -> {
            assertThat(row.order()).isEqualTo("2837461920384756123");
            assertThat(row.factory()).isEqualTo("义乌市佳美日用品有限公司 (Yiwu Jiamei Housewares)");
            assertThat(row.openedOn()).isEqualTo("2026-11-26");
            assertThat(row.status()).isEqualTo("Draft");
            assertThat(row.summary()).startsWith("Thiếu 20 bộ và 3 bộ lỗi");
        });
        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo("Dispute on order 2837461920384756123");
        assertThat(model.statusProperty().get()).isEqualTo("Draft");
        assertThat(model.facts()).extracting(Fact::label, Fact::value, Fact::alarming).contains(
                tuple("Ordered", "200 sets on 2026-09-02 · total ¥3,700.00", false),
                tuple("Received", "180 sets on 2026-10-03", false),
                tuple("Short", "20 sets (10% of the order)", true),
                tuple("Defective in the sample", "3 of 32 checked (9.4%)", true));
    }

    @Test
    void showsEachCategoryAndTheFilesByCategory() {
        DisputesViewModel model = new DisputesViewModel(test.context);

        model.refresh();

        assertThat(model.categories()).extracting(CategoryState::name, CategoryState::state).containsExactly(
                tuple("Chat and agreements", "5 files"),
                tuple("Order and confirmation", "1 file"),
                tuple("Payments", "1 file"),
                tuple("Receiving and QC", "4 files"));
        assertThat(model.files()).hasSize(11);
        assertThat(model.files()).extracting(r -> r.evidence().category()).isSorted();
        assertThat(model.files().get(0)).satisfies(first -> {
            assertThat(first.caption()).isEqualTo("Ảnh mẫu xưởng gửi (tiêu chuẩn tham chiếu)");
            assertThat(first.fileName()).isEqualTo("o1-sample.jpg");
            assertThat(first.captured()).isEqualTo("taken 2026-08-28 10:12");
        });
    }

    @Test
    void aDisputeOpenedAMomentAgoIsFoundAndItsMissingEvidenceShown() {
        DisputesViewModel model = new DisputesViewModel(test.context);
        model.refresh();
        Order giftBoxes = workspace.services().orders().list(null).stream().map(s -> s.order())
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();

        Dispute opened = workspace.services().disputes().open(giftBoxes.id(), "Hộp in sai màu logo");
        model.select(opened.id());

        assertThat(model.disputes()).hasSize(2);
        assertThat(model.selectedProperty().get().disputeId()).isEqualTo(opened.id());
        assertThat(model.titleProperty().get()).isEqualTo("Dispute on order 定制磁吸礼盒 — Hộp quà nắp nam châm in logo");
        assertThat(model.summaryProperty().get()).isEqualTo("Hộp in sai màu logo");
        assertThat(model.categories()).filteredOn(c -> !c.present()).extracting(CategoryState::category)
                .containsExactly(EvidenceCategory.CONFIRMATION, EvidenceCategory.RECEIVING);
        assertThat(model.categories()).filteredOn(c -> !c.present()).extracting(CategoryState::state)
                .containsOnly("Missing");
        assertThat(model.facts()).extracting(Fact::label, Fact::value).contains(tuple("Received", "Not received yet"));
    }

    @Test
    void opensTheOrderAndItsFiles() {
        DisputesViewModel model = new DisputesViewModel(test.context);
        model.refresh();

        model.openOrder();
        model.openFile(model.files().get(0));

        assertThat(test.navigator.went).containsExactly("order " + model.selectedProperty().get().orderId());
        assertThat(test.desktop.opened).singleElement().satisfies(path -> {
            assertThat(path.getFileName().toString()).isEqualTo("o1-sample.jpg");
            assertThat(path).exists();
        });
    }

    @Test
    void anEmptyDataFolderShowsNoDispute() {
        workspace.close();
        workspace = new Workspace(temp.resolve("empty"));
        DisputesViewModel model = new DisputesViewModel(new TestContext(workspace.services()).context);

        model.refresh();

        assertThat(model.disputes()).isEmpty();
        assertThat(model.shownProperty().get()).isFalse();
        model.openOrder();
    }

    @Test
    void readsInVietnamese() {
        DisputesViewModel model = new DisputesViewModel(
                new TestContext(workspace.services(), Locale.forLanguageTag("vi")).context);

        model.refresh();

        assertThat(model.statusProperty().get()).isEqualTo("Bản nháp");
        assertThat(model.facts()).extracting(Fact::value).contains("200 bộ ngày 02/09/2026 · thành tiền ¥3.700,00", "20 bộ (bằng 10% số lượng đặt)",
                "3 trên 32 đã kiểm (9,4%)");
        assertThat(model.categories()).extracting(CategoryState::state).contains("4 tệp", "1 tệp");
    }
}
