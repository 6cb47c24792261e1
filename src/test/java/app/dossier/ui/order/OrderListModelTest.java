package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Factory;
import app.dossier.domain.guidance.OrderStatus;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import app.dossier.ui.RecordingNavigator;
import app.dossier.ui.common.HeldTaskRunner;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list of orders as a user narrows it: by status, factory and date, newest or oldest first, with the
 * typed text; the count of what it shows, and in its place while empty why: loading, none yet, none match.
 */
class OrderListModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;

    @AfterEach
    void close() {
        ui.close();
    }

    private OrdersViewModel sample() {
        ui = new ModelContext(temp, true);
        OrdersViewModel model = new OrdersViewModel(ui.context(), Workspace.CLOCK);
        model.refresh();
        return model;
    }

    private static List<String> labels(OrdersViewModel model) {
        return model.shown().stream().map(s -> s.order().label()).toList();
    }

    @Test
    void eachStatusShowsItsOrdersAndTheCountSaysHowManyOfAll() {
        OrdersViewModel model = sample();
        assertThat(model.countProperty().get()).isEqualTo("5 orders");
        assertThat(labels(model)).hasSize(5).first().asString().startsWith("定制磁吸礼盒");

        model.filters().status().set(OrderStatus.DISPUTED);
        assertThat(labels(model)).containsExactly("2837461920384756123");
        assertThat(model.countProperty().get()).isEqualTo("1 of 5 orders");

        model.filters().status().set(OrderStatus.OVERDUE);
        assertThat(labels(model)).containsExactly("2840019375561028394", "2837461920384756123");

        model.filters().status().set(OrderStatus.COMPLETE);
        assertThat(labels(model)).containsExactly("2840019375561028394", "2837461920384756123");

        model.filters().status().set(OrderStatus.GAPS);
        assertThat(labels(model)).hasSize(3).contains("2851234098765432101", "JX-2026-031");
        assertThat(model.countProperty().get()).isEqualTo("3 of 5 orders");

        model.filterProperty().set("jx");
        assertThat(labels(model)).containsExactly("JX-2026-031");
        model.filterProperty().set("kiểm");
        assertThat(labels(model)).isEmpty();
        assertThat(model.placeholderProperty().get())
                .isEqualTo("No order matches these filters. “Clear filters” (Esc) shows all 5 orders again.");

        model.clearFilters();
        assertThat(labels(model)).hasSize(5);
        assertThat(model.countProperty().get()).isEqualTo("5 orders");
        assertThat(model.filters().narrowing().get()).isFalse();
    }

    @Test
    void aFactoryADateRangeAndTheOrderOfTheListCombine() {
        OrdersViewModel model = sample();
        assertThat(model.factories()).extracting(OrdersViewModel::factoryName).containsExactly(
                "Guangzhou Jinxiu Garments", "Shenzhen Hengda Packaging", "Yiwu Jiamei Housewares");
        Factory jinxiu = model.factories().get(0);

        model.filters().factory().set(jinxiu);
        assertThat(labels(model)).containsExactly("2851234098765432101", "JX-2026-031");

        model.filters().sort().set(OrderFilters.Sort.OLDEST);
        assertThat(labels(model)).containsExactly("JX-2026-031", "2851234098765432101");
        assertThat(model.countProperty().get()).isEqualTo("2 of 5 orders");

        model.filters().factory().set(null);
        model.filters().period().set(OrderFilters.Period.LAST_30_DAYS);
        assertThat(labels(model)).hasSize(2).first().isEqualTo("2851234098765432101");
        assertThat(labels(model).get(1)).startsWith("定制磁吸礼盒");
        model.filters().period().set(OrderFilters.Period.LAST_90_DAYS);
        assertThat(labels(model)).hasSize(5).startsWith("2837461920384756123", "JX-2026-031", "2840019375561028394");
        assertThat(model.shown().stream().map(s -> s.order().orderedOn()).toList()).isSorted();
    }

    @Test
    void whileLoadingTheListSaysSoAndNoOrdersYetOnlyWhenThereAreNone() {
        ui = new ModelContext(temp, false);
        HeldTaskRunner runner = new HeldTaskRunner();
        UiContext held = new UiContext(ui.workspace().services(), new Texts(Locale.forLanguageTag("vi")), runner,
                new RecordingNavigator(), () -> null, ui.desktop());
        OrdersViewModel model = new OrdersViewModel(held, Workspace.CLOCK);

        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo(OrdersViewModel.ListState.LOADING);
        assertThat(model.placeholderProperty().get()).isEqualTo("Đang tải danh sách đơn hàng…");
        assertThat(model.countProperty().get()).isEmpty();

        runner.release();
        assertThat(model.placeholderProperty().get()).startsWith("Chưa có đơn nào.");
        assertThat(model.countProperty().get()).isEqualTo("Chưa có đơn nào");

        model.refresh();
        ui.workspace().closeServices();
        runner.release();
        assertThat(model.stateProperty().get()).isEqualTo(OrdersViewModel.ListState.FAILED);
        assertThat(model.placeholderProperty().get()).startsWith("Không tải được danh sách đơn hàng: ");
        ui.workspace().reopenClosed();
    }

    @Test
    void aStatusChosenBeforeTheStatusesAreKnownSaysItIsWorkingThemOut() {
        ui = new ModelContext(temp, true);
        HeldTaskRunner runner = new HeldTaskRunner();
        UiContext held = new UiContext(ui.workspace().services(), new Texts(Locale.ENGLISH), runner,
                new RecordingNavigator(), () -> null, ui.desktop());
        OrdersViewModel model = new OrdersViewModel(held, Workspace.CLOCK);
        model.filters().status().set(OrderStatus.GAPS);
        model.refresh();
        assertThat(model.placeholderProperty().get()).isEqualTo("Loading the orders…");
        runner.releaseOne();
        assertThat(labels(model)).isEmpty();
        assertThat(model.placeholderProperty().get()).isEqualTo("Working out where each order stands…");
        assertThat(model.countProperty().get()).isEqualTo("0 of 5 orders");
        runner.release();
        assertThat(labels(model)).hasSize(3);
        assertThat(model.countProperty().get()).isEqualTo("3 of 5 orders");
    }
}
