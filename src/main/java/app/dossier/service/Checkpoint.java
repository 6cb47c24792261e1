package app.dossier.service;

import java.io.IOException;

/**
 * Called before each step of a change ("copy", "database", "case.json", "place", "move",
 * "commit"). The app passes {@link #NONE}; tests pass one that fails at a chosen step to prove
 * that a failure anywhere leaves the database and the tree as they were.
 */
@FunctionalInterface
public interface Checkpoint {
    Checkpoint NONE = step -> {
    };

    void reached(String step) throws IOException;
}
