package app.dossier.service;

import app.dossier.domain.DossierException;
import java.nio.file.Path;

/** Another Dossier process has the data folder open for changes; says which one. */
public final class DataFolderInUseException extends DossierException {
    private final Path dataFolder;
    private final DataFolderLock.Holder holder;

    public DataFolderInUseException(Path dataFolder, DataFolderLock.Holder holder) {
        super("The data folder " + dataFolder + " is open in another Dossier (" + holder.describe() + ")."
                + " Only one Dossier at a time may change a data folder: close that one and try again.");
        this.dataFolder = dataFolder;
        this.holder = holder;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public DataFolderLock.Holder holder() {
        return holder;
    }

    /** The note a command that only reads prints before it goes on. */
    public String readingOnlyNote() {
        return "Reading only: the data folder is open in another Dossier (" + holder.describe()
                + "); nothing here will be changed.";
    }
}
