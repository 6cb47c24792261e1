package app.dossier.ui.receiving;

import app.dossier.domain.ReceivingRecord;
import app.dossier.phone.ReceivingByPhone;
import app.dossier.phone.SavedFromPhone;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import io.nayuki.qrcodegen.QrCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * "Receive with a phone": turns the receiving page on for the warehouse's phone (off until asked),
 * shows its address as a QR code and as text, how many photos the phone sent that wait for Save, and
 * gives a new address or turns the page off. Each record the phone saves is said in the window, and
 * {@code whenSaved} is told so the views that show the order reload.
 *
 * <p>The page is made with the window's data folder and must not outlive it: {@link #close()} turns it
 * off, and the view closes it when the window closes or is built again on another (or a reopened)
 * data folder.
 *
 * <p>The page listens on every network of this computer, on {@link ReceivingByPhone#PORT}. With the
 * system property {@value #LISTEN} set to {@code loopback} it listens on this computer only
 * (127.0.0.1, any free port), for tests and for a look at the page without a network.
 */
public final class PhonePageModel implements AutoCloseable {
    /** System property: {@code loopback} keeps the page on this computer (tests, a look at the page). */
    public static final String LISTEN = "dossier.phone.listen";
    private static final Duration LOOK_AGAIN = Duration.seconds(1);

    private final UiContext context;
    private final Clock clock;
    private final Function<ReceivingByPhone, String> turningOn;
    private final Consumer<ReceivingRecord> whenSaved;
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<QrCode> qr = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper photosWaiting = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper waitingWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Looks every second how many photos wait, while the page is on (made then: it needs the toolkit). */
    private Timeline lookingForPhotos;
    private ReceivingByPhone page;
    private boolean closed;

    /** The page as the window has it: on every network, or on this computer only when {@value #LISTEN} says so. */
    PhonePageModel(UiContext context, Clock clock, Consumer<ReceivingRecord> whenSaved) {
        this(context, clock, whenSaved, chosenListening());
    }

    /** {@code turningOn}: how the page is turned on, and where it listens; returns its address. */
    PhonePageModel(UiContext context, Clock clock, Consumer<ReceivingRecord> whenSaved,
            Function<ReceivingByPhone, String> turningOn) {
        this.context = context;
        this.clock = clock;
        this.whenSaved = whenSaved;
        this.turningOn = turningOn;
        photosWaiting.addListener((o, was, now) -> waitingWords.set(words(now.intValue())));
        waitingWords.set(words(0));
    }

    private static Function<ReceivingByPhone, String> chosenListening() {
        if ("loopback".equals(System.getProperty(LISTEN))) {
            return page -> page.turnOn(ReceivingByPhone.loopback(0), "127.0.0.1");
        }
        return ReceivingByPhone::turnOn;
    }

    /** Turns the page on, in the background; says in words why when it cannot be. */
    public void turnOn() {
        if (busy.get() || on.get() || closed) {
            return;
        }
        problem.set("");
        if (context.services().readOnly()) {
            problem.set(context.t("receiving.phone.readOnly"));
            return;
        }
        busy.set(true);
        ReceivingByPhone turning = page();
        BackgroundTask.wrap(context.t("receiving.phone.turningOn"), progress -> shown(turningOn.apply(turning)))
                .onSuccess(shown -> {
                    busy.set(false);
                    if (closed) {
                        turning.turnOff();
                        return;
                    }
                    show(shown);
                    on.set(true);
                    if (lookingForPhotos == null) {
                        lookingForPhotos = new Timeline(new KeyFrame(LOOK_AGAIN, e -> countPhotos()));
                        lookingForPhotos.setCycleCount(Timeline.INDEFINITE);
                    }
                    lookingForPhotos.play();
                })
                .onFailure(error -> {
                    busy.set(false);
                    turning.turnOff();
                    problem.set(reason(error));
                })
                .executeWith(context.runner());
    }

    /** A new address: the QR code changes, and the one shown until now is refused from this moment. */
    public void newAddress() {
        if (busy.get() || !on.get()) {
            return;
        }
        busy.set(true);
        ReceivingByPhone renewing = page;
        BackgroundTask.wrap("", progress -> shown(renewing.newAddress()))
                .onSuccess(shown -> {
                    busy.set(false);
                    show(shown);
                })
                .onFailure(error -> {
                    busy.set(false);
                    problem.set(reason(error));
                })
                .executeWith(context.runner());
    }

    /** Turns the page off: its address is refused, and photos sent but not saved are let go. */
    public void turnOff() {
        if (!on.get() || busy.get()) {
            return;
        }
        lookingForPhotos.stop();
        busy.set(true);
        ReceivingByPhone stopping = page;
        BackgroundTask.wrap("", progress -> {
            stopping.turnOff();
            return true;
        }).onSuccess(done -> {
            busy.set(false);
            off();
        }).onFailure(error -> {
            busy.set(false);
            off();
            problem.set(reason(error));
        }).executeWith(context.runner());
    }

    private void off() {
        on.set(false);
        address.set("");
        qr.set(null);
        photosWaiting.set(0);
    }

    /** The window closes, or is built again on its data folder: the page is turned off for good. */
    @Override
    public void close() {
        closed = true;
        if (lookingForPhotos != null) {
            lookingForPhotos.stop();
        }
        if (page != null) {
            page.turnOff();
        }
        off();
    }

    private ReceivingByPhone page() {
        if (page == null) {
            page = new ReceivingByPhone(context.services(), clock, saved -> Platform.runLater(() -> saved(saved)));
        }
        return page;
    }

    /** The address and its QR code, made in the background. */
    private record Shown(String address, QrCode qr) {
    }

    private static Shown shown(String address) {
        return new Shown(address, QrCode.encodeText(address, QrCode.Ecc.MEDIUM));
    }

    private void show(Shown shown) {
        address.set(shown.address());
        qr.set(shown.qr());
        countPhotos();
    }

    private void countPhotos() {
        if (page != null && on.get()) {
            photosWaiting.set(page.photosWaiting());
        }
    }

    private String words(int photos) {
        return context.t("receiving.phone.waiting", photos);
    }

    private String reason(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                Throwable io = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
                String detail = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
                return context.t("receiving.phone.noNetwork", detail);
            }
        }
        return context.t("receiving.phone.failed", ErrorText.of(error, context.texts()));
    }

    /** The phone saved a record: said in the window with the order, its count and the photos sent; the views reload. */
    private void saved(SavedFromPhone saved) {
        if (closed) {
            return;
        }
        countPhotos();
        ReceivingRecord record = saved.record();
        long orderId = record.orderId();
        BackgroundTask.wrap("", progress -> context.services().orders().byId(orderId))
                .onSuccess(order -> {
                    String difference = CountCheck.words(context.texts(), record.unitsExpected(),
                            record.unitsReceived());
                    context.navigator().say(context.t("receiving.phone.saved", order.label(), record.unitsReceived(),
                            record.unitsExpected(), context.texts().words().unit(record.unitsExpected(), order.unit()),
                            difference.isEmpty() ? "" : " (" + difference + ")", saved.photos())
                            + DeliveryDefects.named(record, order.unit(), context.texts()));
                    whenSaved.accept(record);
                })
                .onFailure(error -> whenSaved.accept(record))
                .executeWith(context.runner());
    }

    // ---- state for the view

    /** True while the page is on and its address is shown. */
    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    /** True while the page is being turned on or off, or given a new address. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The page's address, to type in the phone's browser; empty while it is off. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** The address as a QR code, for the phone's camera; null while the page is off. */
    public ReadOnlyObjectProperty<QrCode> qrProperty() {
        return qr.getReadOnlyProperty();
    }

    /** Photos the phone sent that wait for their record to be saved. */
    public ReadOnlyIntegerProperty photosWaitingProperty() {
        return photosWaiting.getReadOnlyProperty();
    }

    /** "2 photos sent, waiting for Save on the phone". */
    public ReadOnlyStringProperty waitingWordsProperty() {
        return waitingWords.getReadOnlyProperty();
    }

    /** Why the page could not be turned on (or off), in words; empty when nothing went wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
