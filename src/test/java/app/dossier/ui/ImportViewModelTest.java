package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.ImportServiceTest;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.shell.ImportRow;
import app.dossier.ui.shell.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a 1688 export from the window: the preview says what will happen; a second import changes nothing. */
class ImportViewModelTest {
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
