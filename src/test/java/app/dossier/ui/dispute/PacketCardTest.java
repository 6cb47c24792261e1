package app.dossier.ui.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DefectKind;
import app.dossier.domain.Evidence;
import app.dossier.domain.ReceivingDefect;
import app.dossier.service.DisputeDraft;
import app.dossier.service.Workspace;
import app.dossier.ui.TestContext;
import app.dossier.ui.common.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The packet card in Vietnamese on the sample dispute, its record naming the close-up photo as
 * showing 3 cracked sets: the card lists the photo's Vietnamese caption with a Chinese one to use,
 * and one click replaces it. Writes target/screenshots/defects-packet-suggestion-vi.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class PacketCardTest {
    @TempDir
    Path temp;

    private Workspace workspace;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        workspace.close();
    }

    @Test
    void aVietnameseCaptionOfADefectPhotoIsReplacedByTheChineseOneOffered(FxRobot robot) throws Exception {
        workspace = Workspace.withSample(temp.resolve("workspace"));
        TestContext test = new TestContext(workspace.services(), Locale.forLanguageTag("vi"));
        DisputeWorkViewModel model = new DisputeWorkViewModel(test.context, Workspace.CLOCK);
        model.show(workspace.services().disputes().all().get(0).id());
        DisputeDraft draft = model.draftProperty().get();
        CaseFile c = draft.caseFile();
        Evidence closeUp = c.evidence().stream().filter(e -> e.fileName().equals("o1-defect-closeup.jpg"))
                .findFirst().orElseThrow();
        CaseFile named = new CaseFile(c.format(), c.factory(), c.order(), c.evidence(), c.payments(),
                c.receiving().withDefects(List.of(new ReceivingDefect(DefectKind.CRACKED, 3, List.of(closeUp.id())))),
                c.disputes(), c.conversations(), c.archivedAt());
        FxToolkit.registerPrimaryStage();
        VBox[] root = new VBox[1];
        robot.interact(() -> {
            Theme.install();
            model.packet().factoryTexts().load(new DisputeDraft(draft.dispute(), named, draft.facts(),
                    draft.factoryMessage(), draft.buyerMessage(), draft.edited(), draft.proposedRefund(),
                    draft.nextSteps(), draft.missing(), draft.whyNoMessage()));
            root[0] = new VBox(new PacketCard(test.context, model).node());
            root[0].setPrefWidth(340);
            root[0].getStylesheets().add(getClass().getResource(DisputeStyles.DISPUTES).toExternalForm());
            Scene scene = new Scene(root[0]);
            Theme.style(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#dispute-chinese-text-0").queryAs(Label.class).getText()).isEqualTo("“Cán xẻng bị nứt”");
        Button use = robot.lookup("#dispute-chinese-use-0").queryAs(Button.class);
        assertThat(use.getText()).isEqualTo("Dùng “开裂或破损（3套）”");
        snapshot(root[0], Path.of("target/screenshots/defects-packet-suggestion-vi.png"));

        robot.clickOn(use);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.services().evidence().ofOrder(c.order().id())).filteredOn(e -> e.id() == closeUp.id())
                .singleElement().extracting(Evidence::caption).isEqualTo("开裂或破损（3套）");
        assertThat(robot.lookup("#dispute-chinese-list .label").queryAllAs(Label.class)).extracting(Label::getText)
                .doesNotContain("“Cán xẻng bị nứt”");
    }

    private static void snapshot(Node node, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = node.snapshot(null, null)).get();
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        Files.createDirectories(file.getParent());
        ImageIO.write(rgb, "png", file.toFile());
    }
}
