package app.dossier.cli;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.Order;
import app.dossier.service.EvidenceInput;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit-step", description = {
    "Correct a step of an order's newest dispute: when it happened, its note, files to add. Only what is",
    "given changes; its status stays (remove the step and record the right one instead)."})
final class EditStepCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "STEP", description = "The step's number, as `dossier show ORDER` lists it.")
    int number;

    @Option(names = "--at", paramLabel = "DATETIME", description = "When it happened.")
    LocalDateTime at;

    @Option(names = "--note", paramLabel = "TEXT", description = "The note; \"\" clears it.")
    String note;

    @Option(names = "--evidence", paramLabel = "FILE", description = "Files to add to this step (repeat).")
    List<Path> evidence = new ArrayList<>();

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Dispute d = OrderDisputes.newest(services, o);
        DisputeEvent step = number >= 1 && number <= d.events().size() ? d.events().get(number - 1) : null;
        Dispute saved = services.disputes().editStep(d.id(), number, at != null || step == null ? at : step.at(),
                note != null || step == null ? note : step.note(), null,
                evidence.stream().map(EvidenceInput::of).toList());
        out().println("Corrected step " + number + " of the dispute on " + o.label() + ":");
        out().println("  " + OrderDisputes.step(number, saved.events().get(number - 1),
                services.evidence().ofOrder(o.id())));
        return 0;
    }
}
