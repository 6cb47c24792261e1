package app.dossier.ui.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DefectKind;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.ReceivingDefect;
import app.dossier.ui.common.DefectsModel;
import java.util.Map;
import app.dossier.domain.Field;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.ReceivingRules;
import app.dossier.domain.Refusal;
import app.dossier.service.OrderSummary;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import app.dossier.ui.common.ErrorText;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse form on a small business: finding the order, live counts, checks in words, one save. */
class ReceivingViewModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private ReceivingViewModel model;

    @BeforeEach
    void open() {
        ui = ModelContext.ofSmallBusiness(temp);
        model = new ReceivingViewModel(ui.context(), Workspace.CLOCK);
        model.refresh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private OrderSummary find(String text) {
        model.finder().searchProperty().set(text);
        assertThat(model.finder().matches()).hasSize(1);
        return model.finder().matches().get(0);
    }

    @Test
    void ordersNotYetReceivedComeFirst() {
        assertThat(model.finder().matches()).hasSize(5);
        assertThat(model.finder().matches().subList(0, 3)).noneMatch(OrderSummary::received);
        assertThat(model.finder().matches().subList(3, 5)).allMatch(OrderSummary::received);
        model.finder().searchProperty().set("jinxiu");
        assertThat(model.finder().matches()).extracting(s -> s.order().orderNumber())
                .containsExactly("2851234098765432101", "JX-2026-031");
    }

    @Test
    void theDifferenceIsShownWhileTyping() {
        model.choose(find("JX-2026-031"));
        assertThat(model.units().wordsProperty().get()).isEmpty();
        model.unitsReceived().textProperty().set("1180");
        assertThat(model.units().wordsProperty().get()).isEqualTo("20 short");
        assertThat(model.units().differenceProperty().get()).isEqualTo(CountCheck.Difference.SHORT);
        model.unitsReceived().textProperty().set("1.200");
        assertThat(model.units().wordsProperty().get()).isEqualTo("All 1,200 here");
        model.unitsReceived().textProperty().set("1205");
        assertThat(model.units().wordsProperty().get()).isEqualTo("5 more than ordered");
        model.parcelsExpected().textProperty().set("24");
        model.parcelsReceived().textProperty().set("23");
        assertThat(model.parcels().wordsProperty().get()).isEqualTo("1 short");
        model.unitsSampled().textProperty().set("32");
        model.defective().textProperty().set("3");
        assertThat(model.defectRateProperty().get()).isEqualTo("3 of 32 checked are defective (9.4%)");
    }

    @Test
    void anOrderAlreadyReceivedIsLoadedForCorrection() {
        Order order = ui.workspace().services().orders().find("2837461920384756123");
        model.select(order.id());
        assertThat(model.chosenProperty().get().order().id()).isEqualTo(order.id());
        assertThat(model.existingProperty().get()).isNotNull();
        assertThat(model.unitsReceived().textProperty().get()).isEqualTo("180");
        assertThat(model.units().wordsProperty().get()).isEqualTo("20 short");
        assertThat(model.packagingProperty().get()).isEqualTo(PackagingCondition.SOME_DAMAGE);
        assertThat(model.savedPhotosProperty().get()).isEqualTo(4);
        assertThat(model.photos().saved()).hasSize(4).allSatisfy(photo -> assertThat(photo.path()).isRegularFile())
                .filteredOn(photo -> photo.evidence().fileName().equals("o1-defect-closeup.jpg")).singleElement()
                .satisfies(closeUp -> {
                    assertThat(closeUp.orientation()).as("shown turned upright").isEqualTo(6);
                    assertThat(closeUp.taken()).isEqualTo("Taken 2026-10-03 10:31");
                });
        assertThat(model.isDirty()).isFalse();
        model.chooseAnother();
        assertThat(model.photos().saved()).isEmpty();
        model.select(order.id());
        model.unitsReceived().textProperty().set("181");
        assertThat(model.isDirty()).isTrue();
    }

    @Test
    void mistakesAreExplainedInWordsAndNothingIsSaved() {
        Order order = ui.workspace().services().orders().find("JX-2026-031");
        model.choose(find("JX-2026-031"));
        model.unitsReceived().textProperty().set("1200");
        model.unitsSampled().textProperty().set("20");
        model.defective().textProperty().set("25");
        model.arrivedAt().textProperty().set("31/11/2026 9h");

        model.save();

        assertThat(model.defective().errorProperty().get())
                .isEqualTo("More units are defective (25) than were checked (20). Count defects among the units you checked.");
        assertThat(model.packagingErrorProperty().get())
                .isEqualTo("Choose how the cartons look: intact, some damage or heavy damage.");
        assertThat(model.inspectedByErrorProperty().get())
                .isEqualTo("Write who counted and checked the goods (the inspector's name).");
        assertThat(model.arrivedAt().errorProperty().get()).contains("31/11/2026 9h");
        assertThat(model.formErrorProperty().get()).isEqualTo("Some answers need fixing; they are marked in red.");
        assertThat(ui.workspace().services().receiving().ofOrder(order.id())).isEmpty();

        model.defective().textProperty().set("2");
        assertThat(model.defective().errorProperty().get()).isEmpty();
    }

    @Test
    void theFactoryToldBeforeArrivalIsShownUnderItsFieldByTheServicesRuleAndFollowsTheTyping() {
        Order order = ui.workspace().services().orders().find("JX-2026-031");
        model.choose(find("JX-2026-031"));
        model.arrivedAt().textProperty().set("2026-11-26 10:00");
        model.unitsReceived().textProperty().set("1180");
        model.packagingProperty().set(PackagingCondition.INTACT);
        model.inspectedByProperty().set("Hùng");
        model.notifiedAt().textProperty().set("2026-11-26 08:00");

        model.save();

        LocalDateTime arrived = LocalDateTime.of(2026, 11, 26, 10, 0);
        LocalDateTime told = LocalDateTime.of(2026, 11, 26, 8, 0);
        FieldProblem rule = FieldProblem.of(Field.NOTIFIED_AT, Refusal.NOTIFIED_BEFORE_ARRIVAL, told, arrived);
        assertThat(ReceivingRules.problems(new ReceivingRecord(0, order.id(), arrived, null, null, 1200, 1180,
                PackagingCondition.INTACT, null, 0, 0, null, "Hùng", arrived, told))).containsExactly(rule);
        assertThat(model.notifiedAt().errorProperty().get()).isEqualTo(ErrorText.of(rule, ui.context().texts()))
                .isEqualTo("The factory cannot have been told (2026-11-26 08:00) before the goods arrived"
                        + " (2026-11-26 10:00).");
        assertThat(ui.workspace().services().receiving().ofOrder(order.id())).isEmpty();

        model.arrivedAt().textProperty().set("2026-11-26 07:30");
        assertThat(model.notifiedAt().errorProperty().get()).as("gone as soon as the arrival is earlier").isEmpty();
        model.inspectedByProperty().set(" ");
        assertThat(model.inspectedByErrorProperty().get()).as("the inspector's name, live")
                .isEqualTo(ErrorText.of(FieldProblem.of(Field.INSPECTOR, Refusal.INSPECTOR_REQUIRED),
                        ui.context().texts()));
    }

    @Test
    void inVietnameseTheRulesProblemIsSaidInVietnamese() {
        try (ModelContext vi = new ModelContext(temp.resolve("vi"), true, java.util.Locale.forLanguageTag("vi"))) {
            ReceivingViewModel form = new ReceivingViewModel(vi.context(), Workspace.CLOCK);
            form.refresh();
            form.finder().searchProperty().set("JX-2026-031");
            form.choose(form.finder().matches().get(0));
            form.arrivedAt().textProperty().set("2026-11-26 10:00");
            form.unitsReceived().textProperty().set("1180");
            form.notifiedAt().textProperty().set("2026-11-26 08:00");

            form.save();

            assertThat(form.notifiedAt().errorProperty().get())
                    .isEqualTo("Không thể báo xưởng (2026-11-26 08:00) trước khi hàng về (2026-11-26 10:00).");
            assertThat(form.inspectedByErrorProperty().get()).isEqualTo("Ghi tên người đếm và kiểm hàng.");
        }
    }

    @Test
    void savingKeepsTheRecordAndItsPhotosThenEmptiesTheFormForTheNextDelivery() throws Exception {
        Order order = ui.workspace().services().orders().find("JX-2026-031");
        model.choose(find("JX"));
        assertThat(model.arrivedAt().textProperty().get()).as("no silent default of now").isEmpty();
        model.arrivedAt().textProperty().set("2026-11-26 08:30");
        model.parcelsExpected().textProperty().set("24");
        model.parcelsReceived().textProperty().set("24");
        model.unitsReceived().textProperty().set("1180");
        model.packagingProperty().set(PackagingCondition.INTACT);
        model.unitsSampled().textProperty().set("50");
        model.defective().textProperty().set("2");
        model.defectNotesProperty().set("2 áo lỗi đường may");
        model.inspectedByProperty().set("Trần Văn Hùng");
        Path cartons = ui.workspace().photo("cartons.jpg", 1);
        Path label = ui.workspace().photo("label.png", 2);
        model.photos().add(List.of(cartons, label, cartons));
        assertThat(model.photos().list()).containsExactly(cartons, label);
        model.photos().remove(label);
        ui.desktop().willChoose(List.of(label));
        model.photos().choose();
        assertThat(model.photos().list()).containsExactly(cartons, label);

        model.save();

        ReceivingRecord saved = ui.workspace().services().receiving().ofOrder(order.id()).orElseThrow();
        assertThat(saved.arrivedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 8, 30));
        assertThat(saved.unitsExpected()).isEqualTo(1200);
        assertThat(saved.unitsReceived()).isEqualTo(1180);
        assertThat(saved.unitsShort()).isEqualTo(20);
        assertThat(saved.parcelsReceived()).isEqualTo(24);
        assertThat(saved.unitsSampled()).isEqualTo(50);
        assertThat(saved.defectiveUnits()).isEqualTo(2);
        assertThat(saved.inspectedBy()).isEqualTo("Trần Văn Hùng");
        assertThat(saved.inspectedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(ui.workspace().services().evidence().ofOrder(order.id()))
                .filteredOn(e -> e.category() == EvidenceCategory.RECEIVING)
                .extracting(e -> e.fileName()).containsExactlyInAnyOrder("cartons.jpg", "label.png");
        assertThat(model.savedProperty().get())
                .isEqualTo("Saved. Order JX-2026-031: 1,180 of 1,200 pcs received (20 short). 2 photos.");
        assertThat(ui.navigator().lastSaid()).isEqualTo(model.savedProperty().get());
        assertThat(model.chosenProperty().get()).isNull();
        assertThat(model.unitsReceived().textProperty().get()).isEmpty();
        assertThat(model.photos().list()).isEmpty();
        assertThat(model.inspectedByProperty().get()).as("the checker's name stays for the next delivery")
                .isEqualTo("Trần Văn Hùng");
        assertThat(model.finder().matches().get(model.finder().matches().size() - 1).received()).isTrue();
    }

    @Test
    void aFailedSaveKeepsEverythingTyped() throws Exception {
        model.choose(find("JX-2026-031"));
        model.arrivedAt().textProperty().set("2026-11-26 08:30");
        model.unitsReceived().textProperty().set("1200");
        model.packagingProperty().set(PackagingCondition.INTACT);
        model.inspectedByProperty().set("Hùng");
        model.photos().add(List.of(ui.workspace().textFile("broken.jpg", "not a photo")));

        model.save();

        assertThat(model.formErrorProperty().get()).startsWith("Nothing was saved: ");
        assertThat(model.chosenProperty().get()).isNotNull();
        assertThat(model.unitsReceived().textProperty().get()).isEqualTo("1200");
        assertThat(model.photos().list()).hasSize(1);
    }

    @Test
    void defectsAreNamedByKindWithThePhotosThatShowThemAndSavedWithTheRecord() throws Exception {
        model.choose(find("JX-2026-031"));
        model.arrivedAt().textProperty().set("2026-11-26 08:30");
        model.unitsReceived().textProperty().set("1200");
        model.parcelsReceived().textProperty().set("24");
        model.packagingProperty().set(PackagingCondition.SOME_DAMAGE);
        model.unitsSampled().textProperty().set("50");
        model.defective().textProperty().set("3");
        model.inspectedByProperty().set("Hùng");
        Path lid = ui.workspace().photo("lid.jpg", 1);
        Path carton = ui.workspace().photo("carton.jpg", 2);
        model.photos().add(List.of(lid, carton));
        DefectsModel.Photo lidPhoto = model.defects().photos().get(0);
        assertThat(model.defects().photos()).extracting(DefectsModel.Photo::name).containsExactly("lid.jpg", "carton.jpg");

        DefectsModel.Row cracked = model.defects().add(DefectKind.CRACKED);
        assertThat(cracked.count().textProperty().get()).as("the defective count, typed before").isEqualTo("3");
        cracked.show(lidPhoto, true);
        DefectsModel.Row cartons = model.defects().add(DefectKind.DAMAGED_PACKAGING);
        cartons.count().textProperty().set("1");

        ReceivingRecord draft = model.request().orElseThrow();
        assertThat(draft.defects()).containsExactly(new ReceivingDefect(DefectKind.CRACKED, 3, List.of()),
                new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 1, List.of()));
        assertThat(model.defects().newPhotosShowing()).isEqualTo(Map.of(DefectKind.CRACKED, List.of(lid)));

        model.save();

        assertThat(model.savedProperty().get()).isEqualTo("Saved. Order JX-2026-031: 1,200 of 1,200 pcs received (All 1,200 here). 2 photos."
                + " Defects: cracked or broken 3 pcs, damaged packaging 1 carton.");
        assertThat(model.defects().rows()).as("empty for the next delivery").isEmpty();
    }

    @Test
    void aDefectCountTheRuleRefusesIsSaidUnderThePartAndFollowsTheTyping() {
        model.choose(find("JX-2026-031"));
        model.unitsReceived().textProperty().set("1180");
        model.packagingProperty().set(PackagingCondition.INTACT);
        model.unitsSampled().textProperty().set("50");
        model.defective().textProperty().set("3");
        model.inspectedByProperty().set("Hùng");
        DefectsModel.Row cracked = model.defects().add(DefectKind.CRACKED);
        cracked.count().textProperty().set("5");
        DefectsModel.Row missing = model.defects().add(DefectKind.SHORT);
        assertThat(missing.count().textProperty().get()).isEqualTo("20");

        model.save();

        assertThat(model.defects().problemProperty().get()).isEqualTo(
                "5 units are “cracked or broken”, but only 3 were found defective. Raise the defective count, or lower this one.");
        assertThat(model.savedProperty().get()).isEmpty();
        model.unitsReceived().textProperty().set("1190");
        assertThat(missing.count().textProperty().get()).as("short follows the count").isEqualTo("10");
        cracked.count().textProperty().set("3");
        assertThat(model.defects().problemProperty().get()).isEmpty();
    }
}
