package app.dossier.cli;

import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.service.Services;
import app.dossier.service.TrashEmptied;
import app.dossier.service.TrashedFile;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "trash", description = {
    "The files removed from orders ('dossier remove-file'), kept in <data folder>/Trash:",
    "  list          what is in the trash, newest first, with each one's ID;",
    "  restore ID    put a file back exactly where it was (refused if it was changed in the trash,",
    "                its order is gone or the order has a file of that name now);",
    "  empty         delete what is in the trash for good, except the files of an order whose",
    "                dispute is not closed."})
final class TrashCommand extends DataCommand {
    enum Action { list, restore, empty }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, restore or empty.")
    Action action;

    @Parameters(index = "1", paramLabel = "ID", arity = "0..1", description = "For restore: the ID 'trash list'"
            + " shows.")
    String id;

    @Override
    boolean readsOnly() {
        return action == Action.list;
    }

    @Override
    int run(Services services) {
        switch (action) {
            case list -> list(services.trash().list());
            case restore -> {
                if (id == null) {
                    throw new DossierException("Say which file to put back: dossier trash restore ID (see 'dossier"
                            + " trash list').");
                }
                TrashedFile trashed = services.trash().find(id);
                Evidence restored = services.trash().restore(id);
                out().println("Put " + restored.file() + " back in order " + trashed.orderLabel() + ".");
            }
            case empty -> {
                TrashEmptied emptied = services.trash().empty();
                out().println("Deleted " + emptied.deleted() + (emptied.deleted() == 1 ? " file" : " files")
                        + " from the trash for good.");
                if (!emptied.keptForDispute().isEmpty()) {
                    out().println("Kept " + emptied.keptForDispute().size() + " of an order whose dispute is not"
                            + " closed:");
                    emptied.keptForDispute().forEach(t -> out().println("  " + line(t)));
                }
                if (!emptied.keptUnreadable().isEmpty()) {
                    out().println("Kept " + emptied.keptUnreadable().size() + " whose record cannot be read: "
                            + String.join(", ", emptied.keptUnreadable()));
                }
            }
        }
        return 0;
    }

    private void list(List<TrashedFile> files) {
        if (files.isEmpty()) {
            out().println("The trash is empty.");
            return;
        }
        Table table = new Table("ID", "REMOVED", "ORDER", "FILE", "CAPTION");
        for (TrashedFile t : files) {
            table.row(t.id(), WHEN.format(t.removedAt().atZone(ZoneId.systemDefault())), t.orderLabel(),
                    t.evidence().file() + (t.fileThere() ? "" : " (not in the trash folder)"),
                    t.evidence().caption() == null ? "" : t.evidence().caption());
        }
        table.print(out());
    }

    private static String line(TrashedFile t) {
        return t.id() + "  " + t.orderLabel() + "  " + t.evidence().file();
    }
}
