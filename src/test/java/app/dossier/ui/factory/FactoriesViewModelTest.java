package app.dossier.ui.factory;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.FactoryRules;
import app.dossier.domain.Field;
import app.dossier.domain.FieldProblem;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.TestContext;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactoriesViewModelTest {
    @TempDir
    Path temp;

    private Workspace workspace;

    @AfterEach
    void close() {
        workspace.close();
    }

    private TestContext sample() {
        workspace = Workspace.withSample(temp);
        return new TestContext(workspace.services());
    }

    private Factory jiamei() {
        return workspace.services().factories().find("Yiwu Jiamei");
    }

    @Test
    void listsTheFactoriesByNameAndShowsTheFirst() {
        FactoriesViewModel model = new FactoriesViewModel(sample().context);

        model.refresh();

        assertThat(model.factories()).extracting(Factory::latinName)
                .containsExactly("Guangzhou Jinxiu Garments", "Shenzhen Hengda Packaging", "Yiwu Jiamei Housewares");
        assertThat(model.selectedProperty().get().latinName()).isEqualTo("Guangzhou Jinxiu Garments");
        assertThat(model.titleProperty().get()).isEqualTo("广州市锦绣服装有限公司");
        assertThat(model.form().nameProperty().get()).isEqualTo("广州市锦绣服装有限公司");
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void theFilterFindsChineseLatinAndUnaccentedVietnamese() {
        FactoriesViewModel model = new FactoriesViewModel(sample().context);
        model.refresh();

        model.filterProperty().set("jinxiu");
        assertThat(model.factories()).extracting(Factory::name).containsExactly("广州市锦绣服装有限公司");
        model.filterProperty().set("恒达");
        assertThat(model.factories()).extracting(Factory::name).containsExactly("深圳市恒达包装制品有限公司");
        model.filterProperty().set("nghia o");
        assertThat(model.factories()).extracting(Factory::name).containsExactly("义乌市佳美日用品有限公司");
        model.filterProperty().set("kho báu");
        assertThat(model.factories()).isEmpty();
        assertThat(model.emptyListProperty().get()).isEqualTo("No factory matches “kho báu”.");
        model.filterProperty().set("");
        assertThat(model.factories()).hasSize(3);
    }

    @Test
    void aFactoryShowsItsOrdersDisputesAndRecord() {
        TestContext test = sample();
        FactoriesViewModel model = new FactoriesViewModel(test.context);

        model.select(jiamei().id());

        assertThat(model.orders()).extracting(FactoryOrderRow::label)
                .containsExactly("2840019375561028394", "2837461920384756123");
        FactoryOrderRow shortOrder = model.orders().get(1);
        assertThat(shortOrder.product()).startsWith("硅胶铲5件套");
        assertThat(shortOrder.orderedOn()).isEqualTo("2026-09-02");
        assertThat(shortOrder.quantity()).isEqualTo("200 sets");
        assertThat(shortOrder.total()).isEqualTo("¥3,700.00");
        assertThat(shortOrder.files()).containsEntry(EvidenceCategory.AGREEMENT, 5)
                .containsEntry(EvidenceCategory.RECEIVING, 4);
        assertThat(model.record()).extracting(RecordLine::label, RecordLine::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Orders placed", "2"),
                org.assertj.core.groups.Tuple.tuple("Orders received", "2"),
                org.assertj.core.groups.Tuple.tuple("Units short", "20 of 700 expected (2.9%)"),
                org.assertj.core.groups.Tuple.tuple("Defective in samples", "4 of 82 checked (4.9%)"),
                org.assertj.core.groups.Tuple.tuple("Disputes", "1 (1 open)"));
        assertThat(model.record().get(2).alarming()).isTrue();
        assertThat(model.disputes()).singleElement().satisfies(d -> {
            assertThat(d.heading()).isEqualTo("2026-11-26 · Draft · order 2837461920384756123");
            assertThat(d.summary()).startsWith("Thiếu 20 bộ");
        });

        model.openOrder(shortOrder);
        model.openDispute(model.disputes().get(0));
        assertThat(test.navigator.went).containsExactly("order " + shortOrder.orderId(),
                "dispute " + model.disputes().get(0).disputeId());
    }

    @Test
    void theRecordReadsNaturallyInVietnamese() {
        workspace = Workspace.withSample(temp);
        FactoriesViewModel model = new FactoriesViewModel(
                new TestContext(workspace.services(), Locale.forLanguageTag("vi")).context);

        model.select(jiamei().id());

        assertThat(model.record()).extracting(RecordLine::value)
                .contains("20 trên 700 dự kiến (2,9%)", "4 trên 82 đã kiểm (4,9%)", "1 (1 đang mở)");
        assertThat(model.orders().get(0).total()).isEqualTo("¥6.400,00");
        assertThat(model.orders().get(0).quantity()).isEqualTo("500 cái");
    }

    @Test
    void anEmptyDataFolderStartsANewFactoryAndSavingAddsItWithItsFolder() {
        workspace = new Workspace(temp);
        TestContext test = new TestContext(workspace.services());
        FactoriesViewModel model = new FactoriesViewModel(test.context);

        model.refresh();
        assertThat(model.creatingProperty().get()).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo("New factory");
        assertThat(model.canSaveProperty().get()).isFalse();

        model.form().nameProperty().set("  义乌市佳美日用品有限公司 ");
        model.form().latinNameProperty().set("Yiwu Jiamei Housewares");
        assertThat(model.hasUnsavedChanges()).isTrue();
        model.save();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.creatingProperty().get()).isFalse();
        assertThat(model.factories()).extracting(Factory::name).containsExactly("义乌市佳美日用品有限公司");
        Factory saved = model.selectedProperty().get();
        assertThat(Files.isDirectory(workspace.root().resolve(saved.folder()))).isTrue();
        assertThat(model.hasUnsavedChanges()).isFalse();
        assertThat(model.record()).extracting(RecordLine::value).contains("Nothing received yet");
        assertThat(test.navigator.said).containsExactly("Saved the new factory “义乌市佳美日用品有限公司” and made its folder.");
    }

    @Test
    void whatTheServiceWouldRefuseIsShownUnderItsFieldWhileTypingAndSaveWaits() {
        FactoriesViewModel model = new FactoriesViewModel(sample().context);
        model.select(jiamei().id());
        assertThat(model.errorOf(Field.FACTORY_NAME).get()).isEmpty();

        model.form().nameProperty().set("义乌市佳美\n日用品有限公司");
        model.form().wechatIdProperty().set("x".repeat(101));

        FieldProblem rule = FactoryRules.problems(model.form().typed()).get(0);
        assertThat(rule.field()).isEqualTo(Field.FACTORY_NAME);
        assertThat(model.errorOf(Field.FACTORY_NAME).get()).isEqualTo(ErrorText.of(rule, new Texts(Locale.ENGLISH)))
                .isEqualTo("The factory's name must fit on one line: remove the line break.");
        assertThat(model.errorOf(Field.WECHAT_ID).get())
                .isEqualTo("The WeChat ID can be at most 100 characters long; this one has 101. Shorten it.");
        assertThat(model.canSaveProperty().get()).isFalse();

        model.form().nameProperty().set(" ");
        assertThat(model.errorOf(Field.FACTORY_NAME).get()).isEqualTo("The factory's name is required.");
        model.form().nameProperty().set("义乌市佳美日用品有限公司");
        model.form().wechatIdProperty().set("jiamei_lisa");
        assertThat(model.errorOf(Field.FACTORY_NAME).get()).isEmpty();
        assertThat(model.errorOf(Field.WECHAT_ID).get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void aNewFactoryIsNotCalledNamelessBeforeAnythingIsTyped() {
        workspace = new Workspace(temp);
        FactoriesViewModel model = new FactoriesViewModel(new TestContext(workspace.services()).context);
        model.refresh();
        assertThat(model.errorOf(Field.FACTORY_NAME).get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void renamingMovesTheFolderAndTheCaseFilesStayConsistent() {
        TestContext test = sample();
        FactoriesViewModel model = new FactoriesViewModel(test.context);
        Factory before = jiamei();
        model.select(before.id());

        model.form().nameProperty().set("义乌佳美家居有限公司");
        model.save();

        Factory after = model.selectedProperty().get();
        assertThat(after.folder()).isEqualTo("义乌佳美家居有限公司");
        assertThat(workspace.root().resolve(before.folder())).doesNotExist();
        assertThat(workspace.root().resolve(after.folder()).resolve("factory.json")).exists();
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
        assertThat(test.navigator.said).containsExactly(
                "Saved “义乌佳美家居有限公司”. Its folder is now “义乌佳美家居有限公司”.");
        assertThat(model.orders()).hasSize(2);
    }

    @Test
    void aFailedSaveSaysWhyInTheFormAndKeepsWhatWasTyped() {
        TestContext test = sample();
        FactoriesViewModel model = new FactoriesViewModel(test.context);
        model.select(jiamei().id());
        model.form().contactProperty().set("李丽, 13800000000");

        workspace.faults().failAtStep("factory.json", new IOException("No space left on device"));
        model.save();

        assertThat(model.errorProperty().get()).contains("Could not save the factory").contains("No space left");
        assertThat(model.errorProperty().get()).doesNotContain("Exception").doesNotContain("at app.");
        assertThat(model.form().contactProperty().get()).isEqualTo("李丽, 13800000000");
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(model.savingProperty().get()).isFalse();
        assertThat(test.navigator.said).isEmpty();
        assertThat(jiamei().contact()).isEqualTo("李丽 (Lisa), sales");
    }

    @Test
    void whatIsTypedSurvivesARefreshButNotANewFactory() {
        FactoriesViewModel model = new FactoriesViewModel(sample().context);
        model.select(jiamei().id());
        model.form().notesProperty().set("Gọi trước 10 giờ sáng");

        model.refresh();
        assertThat(model.form().notesProperty().get()).isEqualTo("Gọi trước 10 giờ sáng");
        assertThat(model.hasUnsavedChanges()).isTrue();

        model.newFactory();
        assertThat(model.form().notesProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.orders()).isEmpty();
    }

    @Test
    void theShopLinkOpensInTheBrowser() {
        TestContext test = sample();
        FactoriesViewModel model = new FactoriesViewModel(test.context);
        model.select(jiamei().id());

        model.openShop();

        assertThat(test.desktop.browsed).containsExactly("https://jiamei-housewares.1688.com");
    }
}
