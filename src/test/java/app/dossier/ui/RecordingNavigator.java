package app.dossier.ui;

import app.dossier.ui.common.Navigator;
import java.util.ArrayList;
import java.util.List;

/** A navigator for view-model tests: remembers where it was sent and what it was told to say. */
public final class RecordingNavigator implements Navigator {
    public final List<String> said = new ArrayList<>();
    public final List<String> warned = new ArrayList<>();
    public final List<String> shown = new ArrayList<>();

    @Override
    public void showStart() {
        shown.add("start");
    }

    @Override
    public void showFactory(long factoryId) {
        shown.add("factory " + factoryId);
    }

    @Override
    public void showOrder(long orderId) {
        shown.add("order " + orderId);
    }

    @Override
    public void showReceiving(Long orderId) {
        shown.add("receiving " + orderId);
    }

    @Override
    public void showDispute(long disputeId) {
        shown.add("dispute " + disputeId);
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
