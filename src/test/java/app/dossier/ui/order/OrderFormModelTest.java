package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.Field;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.Refusal;
import app.dossier.service.OrderSummary;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import app.dossier.ui.common.ErrorText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order form: each field read as typed, refused with the reader's own message, one request sent. */
class OrderFormModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;

    @AfterEach
    void close() {
        ui.close();
    }

    private OrdersViewModel orders(boolean sample) {
        ui = new ModelContext(temp, sample);
        OrdersViewModel model = new OrdersViewModel(ui.context(), Workspace.CLOCK);
        model.refresh();
        return model;
    }

    @Test
    void aProductOnTwoLinesIsShownUnderItsFieldAndATooLongTextUnderTheForm() throws Exception {
        ui = new ModelContext(temp, false, java.util.Locale.forLanguageTag("vi"));
        OrdersViewModel model = new OrdersViewModel(ui.context(), Workspace.CLOCK);
        model.refresh();
        Factory factory = ui.workspace().factory("义乌市佳美日用品有限公司");
        model.newOrder(factory.id());
        OrderFormModel form = model.form();
        form.productProperty().set("Bình giữ nhiệt\n500ml");
        form.quantity().textProperty().set("200");
        form.unitProperty().set("cái");
        form.unitPrice().textProperty().set("¥18.50");
        form.orderedOn().textProperty().set("2/9/2026");

        model.saveForm();

        assertThat(form.productErrorProperty().get()).isEqualTo("Tên sản phẩm phải nằm trên một dòng: hãy bỏ dấu xuống dòng.");
        assertThat(ui.workspace().services().orders().list(null)).isEmpty();

        form.productProperty().set("Bình giữ nhiệt 500ml");
        form.colorsProperty().set("trắng, ".repeat(100));
        model.saveForm();

        assertThat(form.formErrorProperty().get()).isEqualTo("Màu sắc chỉ được dài tối đa 500 ký tự; ở đây có 699."
                + " Hãy rút ngắn lại.");
        assertThat(ui.workspace().services().orders().list(null)).isEmpty();
    }

    @Test
    void aNewOrderIsReadFromTypedTextAndSavedWithItsFolder() throws Exception {
        OrdersViewModel model = orders(false);
        Factory factory = ui.workspace().factory("义乌市佳美日用品有限公司");
        model.newOrder(factory.id());
        OrderFormModel form = model.form();
        assertThat(model.modeProperty().get()).isEqualTo(OrdersViewModel.Mode.FORM);
        assertThat(form.factoryProperty().get().id()).isEqualTo(factory.id());
        assertThat(form.orderedOn().textProperty().get()).isEqualTo("2026-11-26");

        form.numberProperty().set("0028374619203847561");
        form.channelProperty().set(Channel.OFF_PLATFORM);
        form.kindProperty().set(OrderKind.OEM);
        form.productProperty().set("硅胶铲5件套 — Bộ xẻng silicon 5 món");
        form.colorsProperty().set("灰色");
        form.quantity().textProperty().set("1.200");
        form.unitProperty().set("sets");
        form.unitPrice().textProperty().set("¥18.50");
        form.orderedOn().textProperty().set("2/9/2026");
        form.deadline().textProperty().set("2026-09-20");
        assertThat(form.totalProperty().get()).isEqualTo("Total ¥22,200.00");

        model.saveForm();

        Order saved = ui.workspace().services().orders().find("0028374619203847561");
        assertThat(saved.orderNumber()).isEqualTo("0028374619203847561");
        assertThat(saved.unitPrice()).isEqualTo(Money.of("18.50", Money.CNY));
        assertThat(saved.quantity()).isEqualTo(1200);
        assertThat(saved.orderedOn()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(saved.channel()).isEqualTo(Channel.OFF_PLATFORM);
        assertThat(saved.kind()).isEqualTo(OrderKind.OEM);
        assertThat(saved.specs().colors()).isEqualTo("灰色");
        Path folder = ui.workspace().root().resolve(saved.folder());
        assertThat(folder).isDirectory();
        assertThat(folder.resolve("case.json")).isRegularFile();
        assertThat(Files.readString(folder.resolve("case.json"))).contains("0028374619203847561");
        assertThat(model.modeProperty().get()).isEqualTo(OrdersViewModel.Mode.ORDER);
        assertThat(model.selectedProperty().get()).isEqualTo(saved.id());
        assertThat(model.shown()).extracting(s -> s.order().id()).contains(saved.id());
        assertThat(ui.navigator().lastSaid()).isEqualTo("Added order 0028374619203847561.");
    }

    @Test
    void anAmbiguousPriceIsRefusedWithTheParsersMessageUnderTheField() {
        OrdersViewModel model = orders(false);
        Factory factory = ui.workspace().factory("Hengda");
        model.newOrder(factory.id());
        OrderFormModel form = model.form();
        form.productProperty().set("礼盒");
        form.quantity().textProperty().set("2000");
        form.unitPrice().textProperty().set("1.234 CNY");

        model.saveForm();

        String parserSays = catchMessage("1.234 CNY");
        assertThat(form.unitPrice().errorProperty().get()).isEqualTo(parserSays).isNotBlank();
        assertThat(form.formErrorProperty().get()).isEqualTo("Fix the fields marked in red, then save again.");
        assertThat(ui.workspace().services().orders().list(null)).isEmpty();
        assertThat(model.modeProperty().get()).isEqualTo(OrdersViewModel.Mode.FORM);

        form.unitPrice().textProperty().set("¥1.234,00");
        assertThat(form.unitPrice().errorProperty().get()).isEmpty();
    }

    @Test
    void missingAndUnreadableFieldsAreNamedInWords() {
        OrdersViewModel model = orders(false);
        ui.workspace().factory("A");
        ui.workspace().factory("B");
        model.newOrder(null);
        OrderFormModel form = model.form();
        form.quantity().textProperty().set("two hundred");
        form.unitPrice().textProperty().set("18.50");
        form.orderedOn().textProperty().set("2026-09-02");
        form.deadline().textProperty().set("2026-08-30");

        assertThat(form.request()).isEmpty();

        assertThat(form.factoryErrorProperty().get()).isEqualTo("Choose the factory.");
        assertThat(form.productErrorProperty().get()).isEqualTo("Say what was ordered: the product is required.");
        assertThat(form.quantity().errorProperty().get()).contains("“two hundred” is not a whole number");
        assertThat(form.unitPrice().errorProperty().get()).contains("say which currency");
        assertThat(form.deadline().errorProperty().get()).as("every field in red at once")
                .isEqualTo("The delivery deadline 2026-08-30 is before the order date 2026-09-02.");
        form.quantity().textProperty().set("200");
        form.unitPrice().textProperty().set("¥18.50");
        form.productProperty().set("x");
        assertThat(form.productErrorProperty().get()).as("follows the typing").isEmpty();
        form.factoryProperty().set(form.factories().get(0));
        assertThat(form.request()).isEmpty();
        assertThat(form.deadline().errorProperty().get()).isEqualTo(ErrorText.of(FieldProblem.of(Field.DEADLINE,
                Refusal.DEADLINE_BEFORE_ORDER_DATE, LocalDate.of(2026, 8, 30), LocalDate.of(2026, 9, 2)),
                ui.context().texts()));
        form.deadline().textProperty().set("2026-09-20");
        assertThat(form.deadline().errorProperty().get()).isEmpty();
        form.quantity().textProperty().set("0");
        assertThat(form.quantity().errorProperty().get()).as("the rule the service enforces, live")
                .isEqualTo("The quantity must be more than 0 (it was 0).");
    }

    @Test
    void editingAnOrdersNumberMovesItsFolder() {
        OrdersViewModel model = orders(true);
        Order before = ui.workspace().services().orders().find("JX-2026-031");
        model.select(before.id());
        model.edit();
        OrderFormModel form = model.form();
        assertThat(form.unitPrice().textProperty().get()).isEqualTo("¥24.00");
        assertThat(form.isDirty()).isFalse();
        form.numberProperty().set("JX-2026-032");
        assertThat(form.isDirty()).isTrue();

        model.saveForm();

        Order after = ui.workspace().services().orders().byId(before.id());
        assertThat(after.orderNumber()).isEqualTo("JX-2026-032");
        assertThat(after.folder()).endsWith("2026-10-09 JX-2026-032");
        assertThat(ui.workspace().root().resolve(after.folder()).resolve("case.json")).isRegularFile();
        assertThat(ui.workspace().root().resolve(before.folder())).doesNotExist();
        assertThat(model.order().titleProperty().get()).isEqualTo("JX-2026-032");
    }

    @Test
    void theListFiltersByNumberProductFactoryOrDateAndShowsWhichCategoriesHaveFiles() {
        OrdersViewModel model = orders(true);
        assertThat(model.shown()).hasSize(5);
        assertThat(model.selectedProperty().get()).as("the newest order is shown at first").isNotNull();

        model.filterProperty().set("jinxiu");
        assertThat(model.shown()).extracting(OrdersViewModel::rowTitle)
                .containsExactlyInAnyOrder("JX-2026-031", "2851234098765432101");
        model.filterProperty().set("礼盒");
        assertThat(model.shown()).hasSize(1);
        OrderSummary boxes = model.shown().get(0);
        assertThat(OrdersViewModel.rowTitle(boxes)).isEqualTo("定制磁吸礼盒 — Hộp quà nắp nam châm in logo");
        assertThat(OrdersViewModel.dots(boxes)).containsExactly(true, false, true, false);
        model.filterProperty().set("2026-09-02");
        assertThat(model.shown()).extracting(OrdersViewModel::rowTitle).containsExactly("2837461920384756123");
        model.filterProperty().set("");
        assertThat(model.shown()).hasSize(5);
    }

    private static String catchMessage(String typed) {
        try {
            MoneyParser.parse(typed);
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        assertThatThrownBy(() -> MoneyParser.parse(typed)).isInstanceOf(InvalidInputException.class);
        return null;
    }
}
