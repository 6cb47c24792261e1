package app.dossier.ui.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.guidance.Aql;
import app.dossier.domain.guidance.SamplePlan;
import app.dossier.service.OrderSummary;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import app.dossier.ui.TestContext;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample plan on the warehouse screen: shown once an order is chosen, judged once the count is typed. */
class SamplePlanModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private ReceivingViewModel model;
    private SamplePlanModel plan;

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        model = new ReceivingViewModel(ui.context(), Workspace.CLOCK);
        model.refresh();
        plan = model.samplePlan();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private OrderSummary find(ReceivingViewModel on, String text) {
        on.finder().searchProperty().set(text);
        return on.finder().matches().get(0);
    }

    @Test
    void noPlanBeforeAnOrderIsChosenThenThePlanForTheUnitsOrdered() {
        assertThat(plan.planProperty().get()).isNull();
        assertThat(plan.checkProperty().get()).isEmpty();

        model.choose(find(model, "2851234098765432101"));

        SamplePlan p = plan.planProperty().get();
        assertThat(p.lotSize()).isEqualTo(300);
        assertThat(p.codeLetter()).isEqualTo('H');
        assertThat(plan.lotProperty().get()).isEqualTo("For the 300 pcs ordered · AQL, General Inspection Level II");
        assertThat(plan.checkProperty().get()).isEqualTo("Check 50 units, picked at random from different cartons");
        assertThat(plan.majorProperty().get()).isEqualTo("Major defects (AQL 2.5): pass with up to 3, fail at 4");
        assertThat(plan.minorProperty().get()).isEqualTo("Minor defects (AQL 4.0): pass with up to 5, fail at 6");
        assertThat(plan.ruleProperty().get()).isEqualTo("Rule of thumb: 10 % is 30 units, 15 % is 45");
        assertThat(plan.verdictProperty().get()).isEqualTo(SamplePlanModel.Verdict.NONE);
    }

    @Test
    void for180UnitsReceivedThePlanIsCodeG32UnitsAndThreeDefectsInThirtyTwoFail() {
        model.choose(find(model, "2851234098765432101"));
        model.unitsReceived().textProperty().set("180");

        SamplePlan p = plan.planProperty().get();
        assertThat(p.lotSize()).isEqualTo(180);
        assertThat(p.codeLetter()).isEqualTo('G');
        assertThat(p.unitsToInspect()).isEqualTo(32);
        assertThat(p.major().aql()).isEqualTo(Aql.AQL_2_5);
        assertThat(p.major().accept()).isEqualTo(2);
        assertThat(p.major().reject()).isEqualTo(3);
        assertThat(plan.lotProperty().get()).startsWith("For the 180 pcs received");
        assertThat(plan.codeProperty().get()).isEqualTo("Code letter G");
        assertThat(plan.ruleProperty().get()).isEqualTo("Rule of thumb: 10 % is 18 units, 15 % is 27");

        model.unitsSampled().textProperty().set("32");
        model.defective().textProperty().set("3");

        assertThat(plan.verdictProperty().get()).isEqualTo(SamplePlanModel.Verdict.FAIL);
        assertThat(plan.verdictWordsProperty().get()).isEqualTo("Fails the plan: 3 defective in 32 checked; AQL 2.5"
                + " allows up to 2. Tell the factory in writing within 48 hours, with photos.");
        assertThat(plan.fewerProperty().get()).isEmpty();

        model.defective().textProperty().set("2");
        assertThat(plan.verdictProperty().get()).isEqualTo(SamplePlanModel.Verdict.PASS);
        assertThat(plan.verdictWordsProperty().get())
                .isEqualTo("Passes the plan: 2 defective in 32 checked; AQL 2.5 allows up to 2.");
    }

    @Test
    void fewerUnitsCheckedThanPlannedAreNoted() {
        model.choose(find(model, "2851234098765432101"));
        model.unitsReceived().textProperty().set("180");
        model.unitsSampled().textProperty().set("18");
        model.defective().textProperty().set("1");

        assertThat(plan.verdictProperty().get()).isEqualTo(SamplePlanModel.Verdict.PASS);
        assertThat(plan.fewerProperty().get())
                .isEqualTo("Only 18 checked: the plan asks for 32. Check 14 more for a verdict that holds.");

        model.defective().textProperty().set("");
        assertThat(plan.verdictProperty().get()).as("no verdict before the defects are typed")
                .isEqualTo(SamplePlanModel.Verdict.NONE);
        assertThat(plan.fewerProperty().get()).isEmpty();
    }

    @Test
    void aSavedRecordIsJudgedWhenItIsLoadedAndChoosingAnotherOrderClearsThePlan() {
        model.choose(find(model, "2837461920384756123"));

        assertThat(plan.planProperty().get().lotSize()).isEqualTo(180);
        assertThat(plan.verdictProperty().get()).isEqualTo(SamplePlanModel.Verdict.FAIL);

        model.chooseAnother();
        assertThat(plan.planProperty().get()).isNull();
        assertThat(plan.verdictProperty().get()).isEqualTo(SamplePlanModel.Verdict.NONE);
    }

    @Test
    void inVietnamese() {
        ReceivingViewModel vi = new ReceivingViewModel(new TestContext(ui.workspace().services(),
                Locale.forLanguageTag("vi")).context, Workspace.CLOCK);
        vi.refresh();
        vi.choose(find(vi, "2851234098765432101"));
        vi.unitsReceived().textProperty().set("1.200");
        assertThat(vi.samplePlan().checkProperty().get())
                .isEqualTo("Kiểm 80 sản phẩm, lấy ngẫu nhiên từ nhiều thùng khác nhau");
        assertThat(vi.samplePlan().lotProperty().get()).startsWith("Cho 1.200 cái đã nhận");
        vi.unitsSampled().textProperty().set("80");
        vi.defective().textProperty().set("6");
        assertThat(vi.samplePlan().verdictWordsProperty().get()).startsWith("Không đạt theo kế hoạch: 6 lỗi trong 80");
    }
}
