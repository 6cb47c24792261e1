package app.dossier.cli;

import app.dossier.domain.FieldChange;
import app.dossier.domain.ImportAction;
import app.dossier.domain.PlannedOrder;
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
    "and keep the file in each order's Order and confirmation. One line per order: CREATE, UPDATE or SKIP,",
    "the order number, the factory, and why (or what changes). Importing the same file again changes nothing.",
    "Exit 0 when imported or nothing to do, 1 when a row was refused or an order could not be saved."})
final class Import1688Command extends DataCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The export, as downloaded from 1688.")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would be done; change nothing.")
    boolean dryRun;

    @Override
    int run(Services services) {
        if (dryRun) {
            ImportPreview preview = services.imports().preview(file);
            print(preview);
            err().println("Dry run: nothing was changed.");
            return preview.refused().isEmpty() ? 0 : 1;
        }
        ImportReport report = services.imports().apply(file, ProgressListener.NONE);
        print(report.preview());
        for (ImportReport.Failure failure : report.failed()) {
            err().println("FAILED " + failure.orderNumber() + ": " + failure.reason());
        }
        if (report.changedNothing() && report.failed().isEmpty()) {
            out().println("Nothing to import: Dossier already has every order of the file as it is.");
        } else {
            out().println("Imported: " + report.created().size() + " orders created, " + report.updated().size()
                    + " updated, " + report.factories().size() + " factories added; the file is kept in each"
                    + " order's Order and confirmation.");
        }
        return report.complete() ? 0 : 1;
    }

    private void print(ImportPreview preview) {
        out().println("Read " + preview.readAs() + ": " + preview.plan().toCreate().size() + " to create, "
                + preview.plan().toUpdate().size() + " to update, " + preview.plan().skipped().size() + " to skip.");
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

    /** The reasons; for an update, the fields that change and then any further notes. */
    private static String why(PlannedOrder planned) {
        List<String> parts = new ArrayList<>();
        if (planned.action() == ImportAction.UPDATE) {
            parts.add(planned.changes().stream().map(Import1688Command::change).collect(Collectors.joining("; ")) + ".");
            parts.addAll(planned.reasons().subList(1, planned.reasons().size()));
        } else {
            parts.addAll(planned.reasons());
        }
        return String.join(" ", parts).replace('\n', ' ');
    }

    private static String change(FieldChange change) {
        return change.field() + " " + (change.before().isEmpty() ? "—" : change.before()) + " → " + change.after();
    }
}
