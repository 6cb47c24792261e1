package app.dossier.service;

import java.util.List;

/**
 * What emptying the trash did: how many files it deleted for good, and the ones it kept because
 * their order has a dispute that is not closed (a file removed by mistake may still be needed as
 * evidence) or because their record could not be read.
 */
public record TrashEmptied(int deleted, List<TrashedFile> keptForDispute, List<String> keptUnreadable) {
    public TrashEmptied {
        keptForDispute = List.copyOf(keptForDispute);
        keptUnreadable = List.copyOf(keptUnreadable);
    }
}
