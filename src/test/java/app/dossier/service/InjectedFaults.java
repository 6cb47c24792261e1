package app.dossier.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A checkpoint that records the steps of a change and can fail at the n-th one. */
public final class InjectedFaults implements Checkpoint {
    private final List<String> seen = new ArrayList<>();
    private int failAt = -1;
    private int crashAt = -1;
    private String failStep;
    private IOException failure;
    private String actionStep;
    private WorldEvent action;

    /** Something the world does to the files while a change runs: a drive unplugged, a folder made read-only. */
    @FunctionalInterface
    public interface WorldEvent {
        void happen() throws IOException;
    }

    @Override
    public void reached(String step) throws IOException {
        int index = seen.size();
        seen.add(step);
        if (step.equals(actionStep)) {
            WorldEvent now = action;
            actionStep = null;
            action = null;
            now.happen();
        }
        if (index == crashAt) {
            throw new SimulatedCrash(step);
        }
        if (index == failAt) {
            throw new IOException("injected failure before step “" + step + "”");
        }
        if (step.equals(failStep)) {
            throw failure;
        }
    }

    /** Starts counting again; the change fails at step {@code index} (0-based), or never when -1. */
    public void failAt(int index) {
        seen.clear();
        failAt = index;
        crashAt = -1;
    }

    /**
     * The process "dies" before step {@code index}: an Error no change catches, so nothing is
     * undone, as when the app is killed. -1 for never.
     */
    public void crashAt(int index) {
        seen.clear();
        crashAt = index;
        failAt = -1;
    }

    /** Thrown to stop a change dead, the way a kill would. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash(String step) {
            super("simulated crash before step “" + step + "”");
        }
    }

    /** Fails with {@code failure} whenever {@code step} is reached. */
    public void failAtStep(String step, IOException failure) {
        this.failStep = step;
        this.failure = failure;
    }

    /** Lets {@code event} happen once, the first time {@code step} is reached; the change then goes on. */
    public void when(String step, WorldEvent event) {
        seen.clear();
        actionStep = step;
        action = event;
    }

    public List<String> seen() {
        return List.copyOf(seen);
    }
}
