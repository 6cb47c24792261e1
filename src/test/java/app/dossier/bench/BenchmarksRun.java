package app.dossier.bench;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link Benchmarks} under Maven: {@code mvn -B verify -Pbench}. It prints figures and asserts
 * nothing; its name keeps it out of the normal test run.
 */
class BenchmarksRun {
    @Test
    void printTheFigures() throws Exception {
        Benchmarks.main(new String[0]);
    }
}
