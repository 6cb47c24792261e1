package app.dossier.ui.common;

/** Moving between views: each view asks the shell to show another, never reaches into it. */
public interface Navigator {
    void showStart();

    void showFactory(long factoryId);

    void showOrder(long orderId);

    /** The order with its WeChat chats shown (a search found words in one); the order where there are none. */
    default void showOrderChats(long orderId) {
        showOrder(orderId);
    }

    /** The form for a new order, for this factory when one is given. */
    void showNewOrder(Long factoryId);

    /** The warehouse screen, with this order chosen when one is given. */
    void showReceiving(Long orderId);

    void showDispute(long disputeId);

    /** Tells the status line something happened ("Saved the payment"). */
    void say(String message);

    /**
     * Hears what {@link #say} tells from now on, so a form can show it beside its Save button too;
     * returns what stops listening.
     */
    default Runnable listen(java.util.function.Consumer<String> listener) {
        return () -> { };
    }

    /** Shows a message the user must see (an error, a refusal). */
    void warn(String message);
}
