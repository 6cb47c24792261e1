package app.dossier.ui.common;

import app.dossier.domain.DossierException;
import app.dossier.service.ChatZones;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The time zone a chat's times were written in, chosen from a short list (this computer's first, then
 * China's and Vietnam's) or typed as any zone id ("Asia/Bangkok"), for the question asked at the first
 * chat import and for Settings.
 */
public final class ZoneChoice {
    private final UiContext context;
    private final ZoneId computer;
    private final ComboBox<ZoneId> box = new ComboBox<>();

    public ZoneChoice(UiContext context, ZoneId computer, ZoneId current) {
        this.context = context;
        this.computer = computer.normalized();
        List<ZoneId> offered = new ArrayList<>(ChatZones.offered(computer));
        if (current != null && !offered.contains(current)) {
            offered.add(current);
        }
        box.getItems().setAll(offered);
        box.setEditable(true);
        box.setId("chat-zone");
        box.setPrefWidth(360);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId zone) {
                return zone == null ? "" : label(zone);
            }

            @Override
            public ZoneId fromString(String text) {
                return parsed(text).orElse(null);
            }
        });
        box.setValue(current == null ? this.computer : current);
    }

    public ComboBox<ZoneId> node() {
        return box;
    }

    /** "Asia/Ho_Chi_Minh (this computer, Vietnam)", "Asia/Shanghai (China)", "Europe/Berlin". */
    public String label(ZoneId zone) {
        List<String> said = new ArrayList<>();
        if (zone.equals(computer)) {
            said.add(context.t("chat.zone.computer"));
        }
        switch (zone.getId()) {
            case "Asia/Shanghai" -> said.add(context.t("chat.zone.china"));
            case "Asia/Ho_Chi_Minh" -> said.add(context.t("chat.zone.vietnam"));
            default -> {
            }
        }
        return said.isEmpty() ? zone.getId() : zone.getId() + " (" + String.join(", ", said) + ")";
    }

    /** The zone chosen, or typed; empty when what is typed is no zone. */
    public Optional<ZoneId> chosen() {
        return box.isEditable() ? parsed(box.getEditor().getText()) : Optional.ofNullable(box.getValue());
    }

    /** Why what is typed is no zone, in the window's language; empty when it is one. */
    public String problem() {
        try {
            ChatZones.read(typedId(box.getEditor().getText()));
            return "";
        } catch (DossierException e) {
            return ErrorText.of(e, context.texts());
        }
    }

    private Optional<ZoneId> parsed(String text) {
        try {
            return Optional.of(ChatZones.read(typedId(text)));
        } catch (DossierException e) {
            return Optional.empty();
        }
    }

    /** A zone's id from what is typed: a label of the list, or the id itself. */
    private String typedId(String text) {
        String typed = text == null ? "" : text.strip();
        for (ZoneId zone : box.getItems()) {
            if (label(zone).equals(typed)) {
                return zone.getId();
            }
        }
        return typed;
    }
}
