package app.dossier.service;

/**
 * Opens a data folder's services, or rebuilds its database from the tree without opening it
 * (the database may be the thing that is lost). Implemented by the composition root.
 */
public interface DataFolders {
    Services open(DataLocation location);

    RebuildReport rebuild(DataLocation location, ProgressListener progress);
}
