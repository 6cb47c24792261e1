package app.dossier.service;

import app.dossier.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample business loaded once per test run and copied for each test that starts from it. Loading
 * it is some forty changes, each a transaction with its fsyncs (seconds on a busy disk); copying the
 * finished data folder takes milliseconds and gives the same rows, files and case.json.
 */
final class SampleTemplate {
    private static Path dataFolder;
    /** On PostgreSQL, the loaded sample's database, copied for each copy of its folder. */
    private static app.dossier.store.DatabaseAddress database;

    private SampleTemplate() {
    }

    /** Puts a copy of the loaded sample's data folder at {@code data}, which must not exist yet. */
    static void copyTo(Path data) {
        Path from = loaded();
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> entries = walk.toList();
            for (Path entry : entries) {
                Path to = data.resolve(from.relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(entry, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (database != null) {
            TestDatabases.giveNew(data, database);
        }
    }

    private static synchronized Path loaded() {
        if (dataFolder == null) {
            try {
                Path folder = Files.createTempDirectory("dossier-sample-template");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(folder)));
                try (Workspace workspace = new Workspace(folder)) {
                    workspace.services().sample().load(ProgressListener.NONE);
                    dataFolder = workspace.location().dataFolder();
                    database = workspace.location().database();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataFolder;
    }
}
