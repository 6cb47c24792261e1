package app.dossier.ui.receiving;

import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Receive with a phone" above the form: off, one line and the button that turns the page on; on,
 * the QR code for the phone's camera, the address to type, what the phone can do there, the photos
 * it sent that wait for Save, New address and Turn off.
 */
final class PhonePagePart {
    /** Wide enough for a phone's camera to read the code off a laptop's screen at arm's length. */
    static final int QR_PIXELS = 220;
    private final VBox node;

    PhonePagePart(UiContext context, PhonePageModel model) {
        Label offer = new Label(context.t("receiving.phone.offer"), Icons.of("mdi2c-cellphone-text", 28));
        offer.setWrapText(true);
        offer.setGraphicTextGap(12);
        offer.getStyleClass().add("rcv-hint");
        offer.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(offer, Priority.ALWAYS);
        Button turnOn = new Button(context.t("receiving.phone.on"), Icons.of("mdi2q-qrcode", 20));
        turnOn.setId("rcv-phone-on");
        context.onlyWhoMay(app.dossier.domain.Action.RECEIVING, turnOn);
        turnOn.disableProperty().bind(model.busyProperty());
        turnOn.setOnAction(e -> model.turnOn());
        turnOn.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        HBox off = new HBox(16, offer, turnOn);
        off.setAlignment(Pos.CENTER_LEFT);
        shownWhen(off, model.onProperty().not());

        Label problem = new Label();
        problem.setId("rcv-phone-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, "field-error");
        problem.textProperty().bind(model.problemProperty());
        shownWhen(problem, problem.textProperty().isNotEmpty());

        node = new VBox(12, off, on(context, model), problem);
        node.getStyleClass().addAll("card", "rcv-phone");
        node.setId("rcv-phone");
    }

    private static Node on(UiContext context, PhonePageModel model) {
        ImageView qr = new ImageView();
        qr.setId("rcv-phone-qr");
        qr.setSmooth(false);
        qr.imageProperty().bind(Bindings.createObjectBinding(() -> model.qrProperty().get() == null ? null
                : (Image) QrPicture.of(model.qrProperty().get(), QR_PIXELS), model.qrProperty()));
        qr.accessibleTextProperty().bind(model.addressProperty());
        StackPane code = new StackPane(qr);
        code.getStyleClass().add("rcv-phone-code");

        Label scan = new Label(context.t("receiving.phone.scan"));
        scan.getStyleClass().add("rcv-step-title");
        scan.setWrapText(true);
        Label type = new Label(context.t("receiving.phone.type"));
        type.getStyleClass().add("subtle");
        type.setWrapText(true);
        TextField address = new TextField();
        address.setId("rcv-phone-address");
        address.setEditable(false);
        address.getStyleClass().add("rcv-phone-address");
        address.textProperty().bind(model.addressProperty());
        Label can = new Label(context.t("receiving.phone.can"));
        can.setId("rcv-phone-can");
        can.setWrapText(true);
        can.getStyleClass().add("rcv-hint");
        Label waiting = new Label();
        waiting.setId("rcv-phone-waiting");
        waiting.setWrapText(true);
        waiting.setGraphic(Icons.of("mdi2i-image-multiple-outline", 20));
        waiting.textProperty().bind(model.waitingWordsProperty());

        Button renew = new Button(context.t("receiving.phone.new"), Icons.of("mdi2r-refresh", 18));
        renew.setId("rcv-phone-new");
        renew.setTooltip(new Tooltip(context.t("receiving.phone.new.hint")));
        renew.disableProperty().bind(model.busyProperty());
        renew.setOnAction(e -> model.newAddress());
        Button turnOff = new Button(context.t("receiving.phone.off"), Icons.of("mdi2p-power", 18));
        turnOff.setId("rcv-phone-off");
        turnOff.disableProperty().bind(model.busyProperty());
        turnOff.setOnAction(e -> model.turnOff());
        HBox buttons = new HBox(12, renew, turnOff);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox words = new VBox(10, scan, type, address, can, waiting, buttons);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox on = new HBox(24, code, words);
        on.setAlignment(Pos.TOP_LEFT);
        shownWhen(on, model.onProperty());
        return on;
    }

    private static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    Node node() {
        return node;
    }
}
