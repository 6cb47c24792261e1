package app.dossier.ui.common;

import app.dossier.domain.DefectKind;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The defects by kind, one row each: the kind, how many, and the photos that show it as chips to
 * tick (a small picture and the file's name); a row added or taken out with one click, and what the
 * rule finds wrong said under the part. Used on the warehouse screen and to correct a saved record.
 */
public final class DefectsPart {
    private static final double THUMB = 36;
    private final UiContext context;
    private final DefectsModel model;
    private final String id;
    private final VBox rows = new VBox(10);
    private final VBox node;

    /** @param id the part's node id; its rows, fields and buttons are named after it */
    public DefectsPart(UiContext context, DefectsModel model, String id) {
        this.context = context;
        this.model = model;
        this.id = id;
        Label hint = new Label(context.t("defects.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("subtle", "defects-hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button add = new Button(context.t("defects.add"), Icons.of("mdi2p-plus", 18));
        add.setId(id + "-add");
        add.setOnAction(e -> {
            model.add();
            focusLastKind();
        });
        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().addAll(Styles.DANGER, "field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        model.rows().addListener((ListChangeListener<DefectsModel.Row>) c -> showRows());
        model.photos().addListener((ListChangeListener<DefectsModel.Photo>) c -> showRows());
        showRows();
        node = new VBox(10, hint, rows, add, problem);
        node.setId(id);
        node.getStyleClass().add("defects");
    }

    private void showRows() {
        rows.getChildren().clear();
        int i = 0;
        for (DefectsModel.Row row : model.rows()) {
            rows.getChildren().add(row(row, i++));
        }
    }

    private Node row(DefectsModel.Row row, int index) {
        String prefix = id + "-" + index;
        ComboBox<DefectKind> kind = new ComboBox<>();
        kind.getItems().setAll(model.kinds());
        kind.setId(prefix + "-kind");
        kind.setPromptText(context.t("defects.kind.prompt"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DefectKind k) {
                return model.name(k);
            }

            @Override
            public DefectKind fromString(String text) {
                return null;
            }
        });
        kind.setVisibleRowCount(DefectKind.values().length);
        kind.setPrefWidth(230);
        kind.valueProperty().bindBidirectional(row.kindProperty());

        TextField count = FieldBox.bound(row.count(), prefix + "-count", "");
        count.setPrefColumnCount(5);
        count.setMaxWidth(110);
        count.getStyleClass().add("defect-count");
        Label unit = new Label();
        unit.setId(prefix + "-unit");
        unit.textProperty().bind(row.unitProperty());
        unit.setMinWidth(Region.USE_PREF_SIZE);
        Button remove = new Button(null, Icons.of("mdi2d-delete-outline", 18));
        remove.setId(prefix + "-remove");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new javafx.scene.control.Tooltip(context.t("defects.remove")));
        remove.setAccessibleText(context.t("defects.remove"));
        remove.setOnAction(e -> model.remove(row));
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(10, kind, count, unit, gap, remove);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, top);
        Label countError = new Label();
        countError.getStyleClass().addAll(Styles.DANGER, "field-error");
        countError.setWrapText(true);
        countError.textProperty().bind(row.count().errorProperty());
        countError.visibleProperty().bind(countError.textProperty().isNotEmpty());
        countError.managedProperty().bind(countError.visibleProperty());
        box.getChildren().add(countError);
        if (!model.photos().isEmpty()) {
            Label shownIn = new Label(context.t("defects.shownIn"));
            shownIn.getStyleClass().add("subtle");
            FlowPane chips = new FlowPane(6, 6);
            chips.setId(prefix + "-photos");
            int j = 0;
            for (DefectsModel.Photo photo : model.photos()) {
                chips.getChildren().add(chip(row, photo, prefix + "-photo-" + j++));
            }
            box.getChildren().addAll(shownIn, chips);
        }
        box.setId(prefix);
        box.getStyleClass().add("defect-row");
        return box;
    }

    private ToggleButton chip(DefectsModel.Row row, DefectsModel.Photo photo, String chipId) {
        ToggleButton chip = new ToggleButton(photo.name());
        chip.setId(chipId);
        chip.getStyleClass().add("defect-photo-chip");
        chip.setMaxWidth(240);
        chip.setTooltip(new javafx.scene.control.Tooltip(photo.name()));
        if (photo.shown() != null && FileTile.isDrawable(String.valueOf(photo.shown().getFileName()))) {
            ImageView view = new ImageView(new Image(photo.shown().toUri().toString(), THUMB * 2, THUMB * 2, true,
                    true, true));
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            view.setPreserveRatio(true);
            FileTile.turn(view, photo.orientation(), THUMB, THUMB);
            chip.setGraphic(view);
        }
        chip.setSelected(row.showing().contains(photo));
        chip.selectedProperty().addListener((o, was, now) -> row.show(photo, now));
        return chip;
    }

    private void focusLastKind() {
        if (!rows.getChildren().isEmpty()) {
            Node last = rows.getChildren().get(rows.getChildren().size() - 1).lookup(".combo-box");
            if (last != null) {
                last.requestFocus();
            }
        }
    }

    public Node node() {
        return node;
    }
}
