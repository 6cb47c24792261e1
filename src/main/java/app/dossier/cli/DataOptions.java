package app.dossier.cli;

import app.dossier.service.DataLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes to say which data folder it works on. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder holding dossier.db (default: ~/Dossier).")
    Path data;

    @Option(names = "--case-files", paramLabel = "DIR",
            description = "Case-files folder, e.g. inside a synced folder (default: <data>/Case files);"
                    + " remembered for the data folder once given.")
    Path caseFiles;

    DataLocation location() {
        return DataLocation.resolve(data, caseFiles);
    }

    /** The location without remembering a --case-files given. */
    DataLocation peek() {
        return DataLocation.peek(data, caseFiles);
    }
}
