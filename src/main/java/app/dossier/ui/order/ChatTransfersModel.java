package app.dossier.ui.order;

import app.dossier.domain.ChatTransfer;
import app.dossier.domain.PaymentCovers;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The WeChat transfers the importer sent in the order's chats and did not record yet, on the
 * Payments tab: each offered as a payment in one click (saying what it paid for), the chat as its proof.
 */
public final class ChatTransfersModel {
    /** One transfer as the tab says it: "WeChat transfer ¥3,700.00, 01/09/2026 14:33 · 已收款 14:40". */
    public record Offer(ChatTransfer transfer, String words) {
    }

    private final UiContext context;
    private final LongSupplier orderId;
    private final Runnable onRecorded;
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(false);

    ChatTransfersModel(UiContext context, LongSupplier orderId, Runnable onRecorded) {
        this.context = context;
        this.orderId = orderId;
        this.onRecorded = onRecorded;
    }

    /** Shows the order's transfers: those not recorded yet are offered. */
    void show(List<ChatTransfer> transfers) {
        offers.setAll(transfers.stream().filter(t -> !t.recorded()).map(t -> new Offer(t, words(t))).toList());
    }

    void clear() {
        offers.clear();
    }

    private String words(ChatTransfer t) {
        String sent = context.t("order.transfers.line", context.texts().words().money(t.amount()),
                context.texts().formats().date(t.sentAt()));
        return t.acknowledgedAt() == null ? sent + " · " + context.t("order.transfers.notAcknowledged")
                : sent + " · " + context.t("order.transfers.acknowledged",
                        context.texts().formats().date(t.acknowledgedAt()));
    }

    /** Records the transfer as a payment covering {@code covers}; then the order is read again. */
    public void record(Offer offer, PaymentCovers covers) {
        if (recording.get()) {
            return;
        }
        recording.set(true);
        long order = orderId.getAsLong();
        BackgroundTask.wrap("", progress -> context.services().transfers().record(order, offer.transfer().messageId(),
                        covers, null))
                .onSuccess(payment -> {
                    recording.set(false);
                    context.navigator().say(context.t("order.transfers.recorded",
                            context.texts().words().money(payment.amount()), context.texts().formats().date(payment.paidOn()),
                            context.t("covers." + covers.name())));
                    onRecorded.run();
                })
                .onFailure(error -> {
                    recording.set(false);
                    context.navigator().warn(ErrorText.of(error, context.texts()));
                })
                .executeWith(context.runner());
    }

    public ObservableList<Offer> offers() {
        return offers;
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }
}
