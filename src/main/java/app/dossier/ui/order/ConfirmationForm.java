package app.dossier.ui.order;

import app.dossier.domain.DateInput;
import app.dossier.domain.Text;
import app.dossier.service.EvidenceInput;
import app.dossier.ui.common.TypedField;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Record the factory's confirmation": the screenshots of the factory's written reply, when it
 * came and where (WeChat, the 1688 chat…). Each screenshot is saved in Order and confirmation with
 * a caption saying the factory confirmed in writing, which is how the order's confirmation is
 * recognised as complete.
 */
public final class ConfirmationForm {
    /** Where factories usually confirm, offered in the form; anything else may be typed. */
    public static final List<String> CHANNELS = List.of("WeChat", "1688", "Zalo", "Email");

    private final UiContext context;
    private final Clock clock;
    private final TypedField<LocalDateTime> confirmedAt;
    private final StringProperty via = new SimpleStringProperty(CHANNELS.get(0));
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper filesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper viaError = new ReadOnlyStringWrapper("");
    private final StringBinding caption;

    ConfirmationForm(UiContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        confirmedAt = new TypedField<>(TypedField.worded(DateInput::parseDateTime, context.texts(),
                "order.dateTime.unreadable"), context.t("order.guide.confirm.when.required"));
        caption = Bindings.createStringBinding(() -> captionFor(confirmedAt.value(), via.get()),
                confirmedAt.valueProperty(), via);
        files.addListener((javafx.collections.ListChangeListener<Path>) c -> filesError.set(""));
        via.addListener((o, was, now) -> viaError.set(""));
    }

    /** Empties the form: today, WeChat, no files. */
    void reset() {
        confirmedAt.set(context.texts().formats().date(LocalDateTime.now(clock).toLocalDate()));
        via.set(CHANNELS.get(0));
        files.clear();
        filesError.set("");
        viaError.set("");
    }

    private String captionFor(LocalDateTime at, String channel) {
        if (at == null) {
            return "";
        }
        String when = at.toLocalTime().equals(LocalTime.MIDNIGHT) ? context.texts().formats().date(at.toLocalDate())
                : context.texts().formats().date(at);
        String where = Text.isBlank(channel) ? CHANNELS.get(0) : Text.clean(channel);
        return context.t("order.guide.confirm.caption", when, where);
    }

    /** The files to save, each with the caption and the confirmation's time; empty when something must be fixed. */
    Optional<List<EvidenceInput>> request() {
        boolean ok = confirmedAt.check();
        if (files.isEmpty()) {
            filesError.set(context.t("order.guide.confirm.files.required"));
            ok = false;
        }
        if (Text.isBlank(via.get())) {
            viaError.set(context.t("order.guide.confirm.via.required"));
            ok = false;
        }
        LocalDateTime at = confirmedAt.value();
        if (at != null && at.isAfter(LocalDateTime.now(clock))) {
            confirmedAt.fail(context.t("order.guide.confirm.when.future"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        String text = caption.get();
        return Optional.of(files.stream().map(f -> new EvidenceInput(f, text, at)).toList());
    }

    public TypedField<LocalDateTime> confirmedAt() {
        return confirmedAt;
    }

    public StringProperty viaProperty() {
        return via;
    }

    /** The screenshots chosen. */
    public ObservableList<Path> files() {
        return files;
    }

    public ReadOnlyStringProperty filesErrorProperty() {
        return filesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty viaErrorProperty() {
        return viaError.getReadOnlyProperty();
    }

    /** The caption each screenshot will carry: "Factory confirmed in writing on 2026-11-25 via WeChat". */
    public StringBinding captionProperty() {
        return caption;
    }
}
