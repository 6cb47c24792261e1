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

    @Option(names = "--database", paramLabel = "URL",
            description = "Keep the records in a PostgreSQL database instead of <data>/dossier.db:"
                    + " postgresql://user:password@server:5432/database (the password may be left out when"
                    + " ~/.pgpass holds it); remembered for the data folder once given, without the password."
                    + " 'sqlite' goes back to dossier.db.")
    String database;

    DataLocation location() {
        return DataLocation.resolve(data, caseFiles, database);
    }

    /** The location without remembering a --case-files or --database given. */
    DataLocation peek() {
        return DataLocation.peek(data, caseFiles, database);
    }
}
