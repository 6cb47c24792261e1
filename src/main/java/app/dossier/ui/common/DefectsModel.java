package app.dossier.ui.common;

import app.dossier.domain.DefectKind;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.ReceivingDefect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The defects of a delivery by kind: rows of a kind, how many (units, or cartons for damaged
 * packaging) and which photos show it. Fast to enter: a kind chosen on an empty row takes the
 * defective count of the sample check, and "short" takes ordered minus received and keeps it.
 * What the rows mean is judged by {@code ReceivingRules} through the form that holds them; its
 * findings on the defects are shown here.
 */
public final class DefectsModel {
    /**
     * A photo that may show a defect: one picked now (not kept yet, {@code evidenceId} null) or one
     * already kept with the order.
     *
     * @param shown where its picture is drawn from; null when it cannot be drawn
     */
    public record Photo(Path file, Long evidenceId, String name, Path shown, int orientation) {
        public static Photo picked(Path file) {
            return new Photo(file, null, String.valueOf(file.getFileName()), file, 1);
        }
    }

    /** One kind of defect, its count as typed, and the photos chosen as showing it. */
    public final class Row {
        private final ObjectProperty<DefectKind> kind = new SimpleObjectProperty<>();
        private final TypedField<Long> count;
        private final ObservableList<Photo> showing = FXCollections.observableArrayList();
        private final StringBinding unit;

        private Row() {
            count = new TypedField<>(DefectsModel.this::count, null);
            kind.addListener((o, was, now) -> prefill(this, was));
            unit = Bindings.createStringBinding(() -> kind.get() == null ? ""
                    : texts.words().unit(count.value() == null ? 2 : count.value(),
                            DefectWords.unitOf(kind.get(), orderUnit.getValue())), kind, count.valueProperty(), orderUnit);
        }

        public ObjectProperty<DefectKind> kindProperty() {
            return kind;
        }

        public TypedField<Long> count() {
            return count;
        }

        /** The photos chosen as showing this kind. */
        public ObservableList<Photo> showing() {
            return showing;
        }

        /** Shows or no longer shows this kind in a photo. */
        public void show(Photo photo, boolean shows) {
            if (shows && !showing.contains(photo) && photos.contains(photo)) {
                showing.add(photo);
            } else if (!shows) {
                showing.remove(photo);
            }
        }

        /** What the count is in: "sets" (the order's unit), or "cartons" for damaged packaging. */
        public StringBinding unitProperty() {
            return unit;
        }
    }

    private final Texts texts;
    private final ObservableValue<Long> shortBy;
    private final ObservableValue<Long> defective;
    private final ObservableValue<String> orderUnit;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Photo> photos = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final List<Runnable> onChange = new ArrayList<>();

    /**
     * @param shortBy   units ordered minus units received; null or 0 when nothing is short
     * @param defective units found defective in the sample check; null when not typed
     * @param orderUnit the order's unit as typed ("sets", "bộ", "套")
     */
    public DefectsModel(Texts texts, ObservableValue<Long> shortBy, ObservableValue<Long> defective,
            ObservableValue<String> orderUnit) {
        this.texts = texts;
        this.shortBy = shortBy;
        this.defective = defective;
        this.orderUnit = orderUnit;
        shortBy.addListener((o, was, now) -> rows.stream().filter(r -> r.kind.get() == DefectKind.SHORT)
                .forEach(r -> r.count.set(text(now))));
        photos.addListener((ListChangeListener<Photo>) c -> rows.forEach(r -> r.showing.retainAll(photos)));
        rows.addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                for (Row added : c.getAddedSubList()) {
                    for (Observable input : List.of(added.kind, added.count.valueProperty(), added.showing)) {
                        input.addListener(o -> changed());
                    }
                }
            }
            changed();
        });
    }

    // ---- commands

    /** Adds an empty row and returns it, to choose its kind. */
    public Row add() {
        Row row = new Row();
        rows.add(row);
        return row;
    }

    /** Adds a row of a kind, its count prefilled. */
    public Row add(DefectKind kind) {
        Row row = add();
        row.kind.set(kind);
        return row;
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    /** Shows the defects of a saved record; their photos must be among {@link #photos()}. */
    public void load(List<ReceivingDefect> defects) {
        rows.clear();
        for (ReceivingDefect d : defects) {
            Row row = new Row();
            row.kind.set(d.kind());
            row.count.set(Long.toString(d.count()));
            photos.stream().filter(p -> p.evidenceId() != null && d.evidenceIds().contains(p.evidenceId()))
                    .forEach(row.showing::add);
            rows.add(row);
        }
        problem.set("");
    }

    public void clear() {
        rows.clear();
        problem.set("");
    }

    /** Says what the record's rule finds wrong with the defects (empty when nothing). */
    public void showProblem(String words) {
        problem.set(words == null ? "" : words);
    }

    /** Told at each change of a row, so the form can judge it again. */
    public void onChange(Runnable listener) {
        onChange.add(Objects.requireNonNull(listener));
    }

    // ---- what the form saves

    /** The defects as typed, with the ids of the kept photos that show each; a count not readable counts 0. */
    public List<ReceivingDefect> defects() {
        List<ReceivingDefect> list = new ArrayList<>();
        for (Row row : rows) {
            if (row.kind.get() != null) {
                list.add(new ReceivingDefect(row.kind.get(), row.count.value() == null ? 0 : row.count.value(),
                        row.showing.stream().map(Photo::evidenceId).filter(Objects::nonNull).toList()));
            }
        }
        return list;
    }

    /** For each kind, the photos picked now (not kept yet) that show it. */
    public Map<DefectKind, List<Path>> newPhotosShowing() {
        Map<DefectKind, List<Path>> map = new EnumMap<>(DefectKind.class);
        for (Row row : rows) {
            List<Path> picked = row.showing.stream().filter(p -> p.evidenceId() == null).map(Photo::file).toList();
            if (row.kind.get() != null && !picked.isEmpty()) {
                map.merge(row.kind.get(), picked, (a, b) -> {
                    List<Path> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
        }
        return map;
    }

    /** Whether every count can be read; shows under each the ones that cannot. */
    public boolean checkCounts() {
        boolean ok = true;
        for (Row row : rows) {
            ok &= row.count.check();
        }
        return ok;
    }

    /** What is entered, to tell whether anything changed. */
    public List<Object> state() {
        return rows.stream().map(r -> (Object) Arrays.asList(r.kind.get(), r.count.textProperty().get(),
                List.copyOf(r.showing))).toList();
    }

    // ---- state for the view

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The photos to choose from; the form that holds this model keeps it up to date. */
    public ObservableList<Photo> photos() {
        return photos;
    }

    /** What the record's rule finds wrong with the defects, in the window's language. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The kinds to choose from, in the order a factory's quality people list them. */
    public List<DefectKind> kinds() {
        return List.of(DefectKind.values());
    }

    /** A kind's name in the window's language: "Nứt hoặc vỡ". */
    public String name(DefectKind kind) {
        return kind == null ? "" : DefectWords.name(kind, texts);
    }

    // ---- inside

    /** A kind chosen: short takes the shortfall; another kind on an empty count takes the defective count. */
    private void prefill(Row row, DefectKind was) {
        DefectKind now = row.kind.get();
        if (now == DefectKind.SHORT) {
            row.count.set(text(shortBy.getValue()));
        } else if (now != null && now.countsDefectiveUnits()
                && (row.count.isEmpty() || was == DefectKind.SHORT)) {
            row.count.set(text(defective.getValue()));
        } else if (was == DefectKind.SHORT) {
            row.count.set("");
        }
    }

    private void changed() {
        onChange.forEach(Runnable::run);
    }

    private Long count(String typed) {
        Long n = TypedNumbers.whole(typed);
        if (n == null) {
            throw new InvalidInputException(texts.get("defects.count.unreadable", typed.strip()));
        }
        return n;
    }

    private static String text(Long value) {
        return value == null || value <= 0 ? "" : Long.toString(value);
    }
}
