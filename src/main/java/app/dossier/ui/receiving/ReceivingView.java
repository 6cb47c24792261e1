package app.dossier.ui.receiving;

import app.dossier.domain.Action;
import app.dossier.domain.PackagingCondition;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.FieldBox;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The warehouse screen: one big form in numbered steps, for someone who has never seen the rest of
 * the app. Find the order, count, look at the cartons, check a sample, add photos, save.
 */
public final class ReceivingView implements View {
    private static final String STYLE = "/app/dossier/ui/receiving/receiving.css";
    private final UiContext context;
    private final ReceivingViewModel model;
    private final PhonePageModel phone;
    private final ScrollPane node;

    public ReceivingView(UiContext context) {
        this(context, () -> { });
    }

    /**
     * {@code recordsChanged}: told when the phone saved a record, after this view reloaded its orders,
     * so the section in view (an order's page, the list) reloads too.
     */
    public ReceivingView(UiContext context, Runnable recordsChanged) {
        this(context, Clock.systemDefaultZone(), recordsChanged);
    }

    ReceivingView(UiContext context, Clock clock) {
        this(context, clock, () -> { });
    }

    private ReceivingView(UiContext context, Clock clock, Runnable recordsChanged) {
        this.context = context;
        this.model = new ReceivingViewModel(context, clock);
        this.phone = new PhonePageModel(context, clock, record -> {
            model.refresh();
            recordsChanged.run();
        });

        Label title = new Label(context.t("receiving.title"));
        title.getStyleClass().add("rcv-title");
        Label intro = new Label(context.t("receiving.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("subtle");

        Label saved = new Label();
        saved.setId("rcv-saved");
        saved.setWrapText(true);
        saved.setGraphic(Icons.of(Icons.PRESENT, 28));
        saved.getStyleClass().add("rcv-saved");
        saved.textProperty().bind(model.savedProperty());
        saved.visibleProperty().bind(saved.textProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        saved.setMaxWidth(Double.MAX_VALUE);

        Node find = step(1, context.t("receiving.step.order"),
                new OrderFinderPart(context, model, this::choose, this::chooseAnother).node(), false);
        Node plan = new SamplePlanPart(context, model.samplePlan()).node();
        plan.visibleProperty().bind(model.chosenProperty().isNotNull()
                .and(model.samplePlan().planProperty().isNotNull()));
        plan.managedProperty().bind(plan.visibleProperty());
        Node count = step(2, context.t("receiving.step.count"), counts(), true);
        Node cartons = step(3, context.t("receiving.step.cartons"), cartons(), true);
        Node sample = step(4, context.t("receiving.step.sample"), sample(), true);
        Node photos = step(5, context.t("receiving.step.photos"), new PhotosPart(context, model).node(), true);
        Node defects = step(6, context.t("receiving.step.defects"),
                new app.dossier.ui.common.DefectsPart(context, model.defects(), "rcv-defects").node(), true);
        Node who = step(7, context.t("receiving.step.who"), who(), true);

        Button save = new Button(context.t("receiving.save"), Icons.of(Icons.SAVE, 22));
        save.setId("rcv-save");
        context.onlyWhoMay(Action.RECEIVING, save);
        save.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE, "rcv-save");
        save.disableProperty().bind(model.savingProperty().or(model.chosenProperty().isNull()));
        save.setOnAction(e -> model.save());
        Label error = new Label();
        error.setId("rcv-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, "rcv-error");
        error.textProperty().bind(model.formErrorProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox actions = new HBox(16, save, error);
        actions.getChildren().add(1, new app.dossier.ui.common.SavedNote(context, "rcv-saved", actions, null)
                .watching(save).node());
        actions.setAlignment(Pos.CENTER_LEFT);

        Node byPhone = new PhonePagePart(context, phone).node();

        VBox form = new VBox(16, title, intro, byPhone, saved, find, plan, count, cartons, sample, photos, defects, who, actions);
        form.getStyleClass().addAll("big-form", "receiving-form");
        form.setPadding(new Insets(20, 24, 32, 24));
        form.setMaxWidth(1000);
        HBox center = new HBox(form);
        center.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(form, Priority.ALWAYS);
        node = new ScrollPane(center);
        node.setFitToWidth(true);
        node.setId("receiving-view");
        app.dossier.ui.common.Scrolling.followFocus(node);
        node.getStylesheets().addAll(ReceivingView.class.getResource(STYLE).toExternalForm(),
                app.dossier.ui.common.GuidanceMarks.stylesheet());
    }

    private Node step(int number, String title, Node content, boolean needsOrder) {
        Label circle = new Label(Integer.toString(number));
        circle.getStyleClass().add("rcv-step-number");
        Label name = new Label(title);
        name.getStyleClass().add("rcv-step-title");
        name.setWrapText(true);
        HBox head = new HBox(12, circle, name);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, head, content);
        box.getStyleClass().addAll("card", "rcv-step");
        if (needsOrder) {
            box.disableProperty().bind(model.chosenProperty().isNull());
        }
        return box;
    }

    private Node counts() {
        TextField parcels = number(FieldBox.bound(model.parcelsReceived(), "rcv-parcels", ""));
        TextField parcelsExpected = number(FieldBox.bound(model.parcelsExpected(), "rcv-parcels-expected", ""));
        TextField units = number(FieldBox.bound(model.unitsReceived(), "rcv-units", ""));
        Label unitsExpected = new Label();
        unitsExpected.setId("rcv-units-expected");
        unitsExpected.getStyleClass().add("rcv-of");
        unitsExpected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            OrderSummary s = model.chosenProperty().get();
            return s == null ? "" : context.t("receiving.units.of", s.order().quantity(),
                    context.texts().words().unit(s.order().quantity(), s.order().unit()));
        }, model.chosenProperty()));
        Label parcelsOf = new Label(context.t("receiving.parcels.of"));
        parcelsOf.getStyleClass().add("rcv-of");
        Label parcelsExpectedHint = new Label(context.t("receiving.parcels.expectedHint"));
        parcelsExpectedHint.getStyleClass().addAll("subtle", "rcv-hint");

        HBox unitsRow = new HBox(12, units, unitsExpected,
                difference(model.units(), "rcv-units-diff"));
        unitsRow.setAlignment(Pos.CENTER_LEFT);
        HBox parcelsRow = new HBox(12, parcels, parcelsOf, parcelsExpected, parcelsExpectedHint,
                difference(model.parcels(), "rcv-parcels-diff"));
        parcelsRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(12,
                FieldBox.of(context.t("receiving.units"), unitsRow, model.unitsReceived().errorProperty()),
                FieldBox.of(context.t("receiving.parcels"), parcelsRow, errors(model.parcelsReceived(),
                        model.parcelsExpected())),
                new ArrivalPart(context, model).node());
        return box;
    }

    private Node cartons() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(12);
        String[] icons = {"mdi2p-package-variant-closed", "mdi2p-package-variant", "mdi2p-package-variant-remove"};
        for (PackagingCondition condition : PackagingCondition.values()) {
            ToggleButton button = new ToggleButton(context.t("packaging." + condition.name()),
                    Icons.of(icons[condition.ordinal()], 28));
            button.setId("rcv-packaging-" + condition.name());
            button.setUserData(condition);
            button.setToggleGroup(group);
            button.getStyleClass().addAll("rcv-packaging", "rcv-packaging-" + condition.name().toLowerCase());
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            buttons.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, now) ->
                model.packagingProperty().set(now == null ? null : (PackagingCondition) now.getUserData()));
        model.packagingProperty().addListener((o, was, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        TextField notes = FieldBox.bound(model.packagingNotesProperty(), "rcv-packaging-notes",
                context.t("receiving.packaging.notes.prompt"));
        return new VBox(12, FieldBox.of(context.t("receiving.packaging"), buttons, model.packagingErrorProperty()),
                FieldBox.of(context.t("receiving.packaging.notes"), notes, null));
    }

    private Node sample() {
        TextField checked = number(FieldBox.bound(model.unitsSampled(), "rcv-sampled", ""));
        TextField bad = number(FieldBox.bound(model.defective(), "rcv-defective", ""));
        Label rate = new Label();
        rate.setId("rcv-defect-rate");
        rate.getStyleClass().add("rcv-of");
        rate.textProperty().bind(model.defectRateProperty());
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        grid.add(FieldBox.of(context.t("receiving.sampled"), checked, model.unitsSampled().errorProperty()), 0, 0);
        grid.add(FieldBox.of(context.t("receiving.defective"), bad, model.defective().errorProperty()), 1, 0);
        grid.add(rate, 2, 0);
        GridPane.setValignment(rate, javafx.geometry.VPos.CENTER);
        Label hint = new Label(context.t("receiving.sample.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("subtle", "rcv-hint");
        TextField notes = FieldBox.bound(model.defectNotesProperty(), "rcv-defect-notes",
                context.t("receiving.defectNotes.prompt"));
        return new VBox(10, hint, grid, SamplePlanPart.verdict(model.samplePlan()),
                FieldBox.of(context.t("receiving.defectNotes"), notes, null));
    }

    private Node who() {
        TextField inspector = FieldBox.bound(model.inspectedByProperty(), "rcv-inspected-by",
                context.t("receiving.inspectedBy.prompt"));
        TextField notified = FieldBox.bound(model.notifiedAt(), "rcv-notified", context.t("receiving.dateTime.prompt"));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.add(FieldBox.of(context.t("receiving.inspectedBy"), inspector, model.inspectedByErrorProperty()), 0, 0);
        grid.add(FieldBox.of(context.t("receiving.notified"), notified, model.notifiedAt().errorProperty()), 1, 0);
        inspector.setPrefColumnCount(18);
        notified.setPrefColumnCount(14);
        return grid;
    }

    private static TextField number(TextField field) {
        field.setPrefColumnCount(6);
        field.setMaxWidth(150);
        field.getStyleClass().add("big-number");
        return field;
    }

    private static javafx.beans.value.ObservableStringValue errors(app.dossier.ui.common.TypedField<?> a,
            app.dossier.ui.common.TypedField<?> b) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> String.join(" ",
                a.errorProperty().get(), b.errorProperty().get()).strip(), a.errorProperty(), b.errorProperty());
    }

    private static Label difference(CountCheck check, String id) {
        ObjectBinding<CountCheck.Difference> kind = check.differenceProperty();
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(check.wordsProperty());
        label.getStyleClass().add("rcv-difference");
        Runnable style = () -> {
            label.getStyleClass().removeAll("rcv-short", "rcv-exact", "rcv-over");
            switch (kind.get()) {
                case SHORT -> label.getStyleClass().add("rcv-short");
                case EXACT -> label.getStyleClass().add("rcv-exact");
                case OVER -> label.getStyleClass().add("rcv-over");
                default -> {
                }
            }
        };
        kind.addListener((o, was, now) -> style.run());
        style.run();
        return label;
    }

    private void choose(OrderSummary summary) {
        if (!model.isDirty() || Dialogs.confirm(context, context.t("receiving.leave"))) {
            model.choose(summary);
        }
    }

    private void chooseAnother() {
        if (!model.isDirty() || Dialogs.confirm(context, context.t("receiving.leave"))) {
            model.chooseAnother();
        }
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Chooses this order (and loads its saved record for correction); null keeps what is on the form. */
    public void select(Long orderId) {
        if (orderId == null) {
            return;
        }
        OrderSummary current = model.chosenProperty().get();
        if (current != null && current.order().id() == orderId) {
            return;
        }
        if (!model.isDirty() || Dialogs.confirm(context, context.t("receiving.leave"))) {
            model.select(orderId);
        }
    }

    /** Turns the phone's page off for good: the window closes or is built again on its data folder. */
    @Override
    public void close() {
        phone.close();
    }

    /** For tests and screenshots. */
    ReceivingViewModel model() {
        return model;
    }

    /** For tests and screenshots. */
    PhonePageModel phone() {
        return phone;
    }
}
