package app.dossier.cli;

import app.dossier.domain.Clash;
import app.dossier.domain.ClashReason;
import app.dossier.domain.FieldChange;
import app.dossier.domain.ImportAction;
import app.dossier.domain.PlannedOrder;
import app.dossier.domain.TakenClashes;
import app.dossier.service.ImportPreview;
import app.dossier.service.ImportReport;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-1688", description = {
    "Import a 1688 buyer order export (.xlsx, or .csv saved from it): create or update the factories and orders,",
    "and keep the file in each order's Order and confirmation. One line per order: CREATE, UPDATE, CLASH or SKIP,",
    "the order number, the factory, and why (or what changes, before → after). Importing the same file again",
    "changes nothing. An order Dossier has under the same number but from another seller, of another product,",
    "received or disputed is a CLASH: both sides are shown and it is left as it is unless you take the file's",
    "side with --take or --take-clashes. Exit 0 when imported or nothing to do, 1 when a row was refused, a",
    "clash was left as it is or an order could not be saved."})
final class Import1688Command extends DataCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The export, as downloaded from 1688.")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would be done; change nothing on disk.")
    boolean dryRun;

    @Option(names = "--take", paramLabel = "ORDER_NUMBER", description = "Take the file's side of this clashing"
            + " order (its seller, product, quantity, price, date); repeat for several.")
    List<String> take = new ArrayList<>();

    @Option(names = "--take-clashes", description = "Take the file's side of every clashing order.")
    boolean takeClashes;

    @Override
    boolean changesNothing() {
        return dryRun;
    }

    @Override
    int run(Services services) {
        TakenClashes taken = takeClashes ? TakenClashes.ALL : TakenClashes.of(take);
        if (dryRun) {
            ImportPreview preview = services.imports().preview(file, taken);
            print(preview);
            printClashesLeft(preview);
            err().println("Dry run: nothing was changed.");
            return preview.refused().isEmpty() && preview.plan().clashes().isEmpty() ? 0 : 1;
        }
        ImportReport report = services.imports().apply(file, taken, ProgressListener.NONE);
        print(report.preview());
        for (ImportReport.Failure failure : report.failed()) {
            err().println("FAILED " + failure.orderNumber() + ": " + failure.reason());
        }
        printClashesLeft(report.preview());
        if (report.changedNothing() && report.failed().isEmpty()) {
            out().println(report.preview().plan().clashes().isEmpty()
                    ? "Nothing to import: Dossier already has every order of the file as it is."
                    : "Nothing imported.");
        } else {
            out().println("Imported: " + report.created().size() + " orders created, " + report.updated().size()
                    + " updated, " + report.factories().size() + " factories added; the file is kept in each"
                    + " order's Order and confirmation.");
        }
        return report.complete() ? 0 : 1;
    }

    private void print(ImportPreview preview) {
        out().println("Read " + preview.readAs() + ": " + preview.plan().toCreate().size() + " to create, "
                + preview.plan().toUpdate().size() + " to update, " + preview.plan().clashes().size()
                + " clashing, " + preview.plan().skipped().size() + " to skip.");
        for (String number : take) {
            if (preview.orders().stream().noneMatch(p -> number.equals(p.orderNumber()) && p.clash() != null)) {
                err().println("--take " + number + ": no order of the file with that number clashes with Dossier;"
                        + " nothing to take.");
            }
        }
        Table table = new Table("ACTION", "ORDER", "FACTORY", "WHY");
        for (PlannedOrder planned : preview.orders()) {
            table.row(planned.action(), orderOf(planned), planned.factoryName() == null ? "—" : planned.factoryName(),
                    why(planned));
        }
        table.print(out());
    }

    private static String orderOf(PlannedOrder planned) {
        if (planned.orderNumber() != null) {
            return planned.orderNumber();
        }
        List<Integer> rows = planned.rowNumbers();
        return rows.size() == 1 ? "row " + rows.get(0) : "rows " + rows.get(0) + "–" + rows.get(rows.size() - 1);
    }

    private void printClashesLeft(ImportPreview preview) {
        List<PlannedOrder> clashes = preview.plan().clashes();
        if (!clashes.isEmpty()) {
            err().println(clashes.size() + (clashes.size() == 1 ? " order clashes" : " orders clash")
                    + " with Dossier and " + (clashes.size() == 1 ? "was" : "were") + " left as "
                    + (clashes.size() == 1 ? "it is" : "they are") + ". To take the file's side: --take "
                    + clashes.get(0).orderNumber() + (clashes.size() == 1 ? "" : " (repeat for each), or --take-clashes")
                    + ".");
        }
    }

    /** The reasons; for an update, the fields that change and then any further notes; a clash's two sides. */
    private static String why(PlannedOrder planned) {
        List<String> parts = new ArrayList<>();
        if (planned.action() == ImportAction.CLASH) {
            Clash clash = planned.clash();
            parts.add("Dossier: " + side(clash.inDossier()) + "; file: " + side(clash.inFile()) + ".");
            String reasons = clash.reasons().stream().map(ClashReason::english).collect(Collectors.joining(", "));
            parts.add(Character.toUpperCase(reasons.charAt(0)) + reasons.substring(1) + ": left as it is."
                    + " Taking the file's side changes "
                    + planned.changes().stream().map(Import1688Command::change).collect(Collectors.joining("; ")) + ".");
            parts.addAll(planned.reasons().subList(1, planned.reasons().size()));
        } else if (planned.action() == ImportAction.UPDATE) {
            parts.add(planned.changes().stream().map(Import1688Command::change).collect(Collectors.joining("; ")) + ".");
            parts.addAll(planned.reasons().subList(1, planned.reasons().size()));
        } else {
            parts.addAll(planned.reasons());
        }
        return String.join(" ", parts).replace('\n', ' ');
    }

    private static String side(Clash.Side side) {
        return side.factory() + " · " + side.product() + " · " + side.amount();
    }

    private static String change(FieldChange change) {
        return change.field() + " " + (change.before().isEmpty() ? "—" : change.before()) + " → " + change.after();
    }
}
