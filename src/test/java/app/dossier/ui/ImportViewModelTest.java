package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.service.ImportServiceTest;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.shell.ImportRow;
import app.dossier.ui.shell.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a 1688 export from the window: the preview says what will happen; a second import changes nothing. */
class ImportViewModelTest {
    private static final String HOODIES = "2851234098765432101";

    @TempDir
    Path temp;

    @Test
    void thePreviewListsEachOrderAndTheImportCreatesThem() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            TestContext test = new TestContext(w.services());
            Path export = ImportServiceTest.download(w, "1688/orders-2026-11.xlsx", "orders-2026-11.xlsx");
            ImportViewModel model = new ImportViewModel(test.context);

            model.preview(export);

            assertThat(model.problemProperty().get()).isEmpty();
            assertThat(model.sourceProperty().get()).contains("orders-2026-11.xlsx");
            assertThat(model.rows()).isNotEmpty();
            assertThat(model.rows()).extracting(ImportRow::action).contains("Create");
            assertThat(model.rows()).filteredOn(r -> r.orderNumber().matches("\\d{19}")).isNotEmpty();
            assertThat(model.canImportProperty().get()).isTrue();
            int before = w.services().orders().list(null).size();

            model.importNow();

            assertThat(model.doneProperty().get()).isTrue();
            assertThat(w.services().orders().list(null).size()).isGreaterThan(before);
            assertThat(test.navigator.lastSaid()).startsWith("Imported:");

            ImportViewModel again = new ImportViewModel(test.context);
            again.preview(export);
            assertThat(again.canImportProperty().get()).isFalse();
            assertThat(again.rows()).extracting(ImportRow::action).containsOnly("Skip");
        }
    }

    @Test
    void aClashShowsBothSidesUntickedAndOnlyATickTakesTheFilesSide() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Factory minhPhat = w.factory("Xưởng Minh Phát");
            w.order(minhPhat, HOODIES, LocalDate.of(2026, 11, 3), 300, "45.00");
            Path export = ImportServiceTest.download(w, "1688/orders-2026-11.xlsx", "orders-2026-11.xlsx");
            ImportViewModel model = new ImportViewModel(new TestContext(w.services()).context);

            model.preview(export);

            ImportRow clash = model.rows().stream().filter(r -> r.orderNumber().equals(HOODIES)).findFirst().orElseThrow();
            assertThat(clash.clash()).isTrue();
            assertThat(clash.takeProperty().get()).as("unticked until the user ticks it").isFalse();
            assertThat(clash.action()).isEqualTo("Clash: check both sides");
            assertThat(clash.factory()).isEqualTo("Xưởng Minh Phát");
            assertThat(clash.why().lines()).contains(
                    "Dossier and the file disagree: another seller, another product. Left as it is unless you tick it.",
                    "In Dossier: Xưởng Minh Phát · 硅胶铲5件套 · 300 sets",
                    "In the file: 广州市锦绣服装有限公司 · 加绒卫衣 男女同款 秋冬 · 300 件",
                    "factory: Xưởng Minh Phát → 广州市锦绣服装有限公司");
            assertThat(model.rows()).filteredOn(r -> !r.orderNumber().equals(HOODIES)).noneMatch(ImportRow::clash);
            assertThat(model.summaryProperty().get()).contains("1 clash with what Dossier has");

            model.importNow();

            Order kept = w.services().orders().find(HOODIES);
            assertThat(kept.factoryId()).isEqualTo(minhPhat.id());
            assertThat(kept.product()).isEqualTo("硅胶铲5件套");

            ImportViewModel again = new ImportViewModel(new TestContext(w.services()).context);
            again.preview(export);
            assertThat(again.canImportProperty().get()).as("nothing but the clash is left").isFalse();
            ImportRow row = again.rows().stream().filter(ImportRow::clash).findFirst().orElseThrow();
            row.takeProperty().set(true);
            assertThat(again.canImportProperty().get()).isTrue();
            again.importNow();

            Order taken = w.services().orders().find(HOODIES);
            assertThat(taken.product()).isEqualTo("加绒卫衣 男女同款 秋冬");
            assertThat(w.services().factories().list()).filteredOn(f -> f.id() == taken.factoryId())
                    .extracting(Factory::name).containsExactly("广州市锦绣服装有限公司");
        }
    }

    @Test
    void aClashIsWordedInVietnamese() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            w.order(w.factory("Xưởng Minh Phát"), HOODIES, LocalDate.of(2026, 11, 3), 300, "45.00");
            Path export = ImportServiceTest.download(w, "1688/orders-2026-11.xlsx", "orders-2026-11.xlsx");
            ImportViewModel model = new ImportViewModel(new TestContext(w.services(), Locale.forLanguageTag("vi")).context);

            model.preview(export);

            ImportRow clash = model.rows().stream().filter(ImportRow::clash).findFirst().orElseThrow();
            assertThat(clash.action()).isEqualTo("Không khớp: xem hai bên");
            assertThat(clash.why().lines()).contains(
                    "Dossier và file không khớp: người bán khác, sản phẩm khác. Giữ nguyên trừ khi bạn đánh dấu.",
                    "Trong Dossier: Xưởng Minh Phát · 硅胶铲5件套 · 300 sets",
                    "xưởng: Xưởng Minh Phát → 广州市锦绣服装有限公司");
        }
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedInWords() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            TestContext test = new TestContext(w.services());
            Path broken = Files.write(w.outside().resolve("orders.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
            ImportViewModel model = new ImportViewModel(test.context);
            model.preview(broken);
            assertThat(model.problemProperty().get()).isNotEmpty().doesNotContain("Exception");
            assertThat(model.rows()).isEmpty();
            assertThat(model.canImportProperty().get()).isFalse();
            assertThat(w.services().orders().list(null)).isEmpty();
            w.services().verify().verify(ProgressListener.NONE);
        }
    }
}
