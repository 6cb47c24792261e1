package app.dossier.ui;

import app.dossier.ui.common.Navigator;
import java.util.ArrayList;
import java.util.List;

/** A navigator for view-model tests: remembers where it was asked to go and what it was asked to say. */
public final class RecordingNavigator implements Navigator {
    public final List<String> went = new ArrayList<>();
    /** The same list as {@link #went}, under the name the orders tests use. */
    public final List<String> shown = went;
    public final List<String> said = new ArrayList<>();
    public final List<String> warned = new ArrayList<>();

    @Override
    public void showStart() {
        went.add("start");
    }

    @Override
    public void showFactory(long factoryId) {
        went.add("factory " + factoryId);
    }

    @Override
    public void showOrder(long orderId) {
        went.add("order " + orderId);
    }

    @Override
    public void showNewOrder(Long factoryId) {
        went.add("new order " + factoryId);
    }

    @Override
    public void showReceiving(Long orderId) {
        went.add("receiving " + orderId);
    }

    @Override
    public void showDispute(long disputeId) {
        went.add("dispute " + disputeId);
    }

    @Override
    public void say(String message) {
        said.add(message);
    }

    @Override
    public void warn(String message) {
        warned.add(message);
    }

    public String lastSaid() {
        return said.isEmpty() ? null : said.get(said.size() - 1);
    }
}
