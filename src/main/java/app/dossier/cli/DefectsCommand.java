package app.dossier.cli;

import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.words.Words;
import app.dossier.service.Services;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "defects", description = {
    "Name the defects of a delivery already received, by kind, with their counts and the files that show them;",
    "replaces the defects named before (the rest of the receiving record stays as it is)."})
final class DefectsCommand extends DataCommand {
    /** Every kind as typed; a test keeps it the same as {@link app.dossier.domain.DefectKind}. */
    static final String KINDS = "Kinds: short, cracked, scratched, stained, wrong-colour, wrong-size, missing-part,"
            + " not-working, damaged-packaging, wrong-item, other.";

    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Named named;

    static final class Named {
        @Option(names = "--defect", paramLabel = "KIND=COUNT[:FILE[,FILE...]]", description = {
            "A kind of defect, its count and the files of the order that show it, by name (repeat for each kind),",
            "e.g. --defect cracked=3:IMG_0931.jpg --defect damaged-packaging=1. " + KINDS,
            "short counts units missing (ordered minus received), damaged-packaging cartons, the others defective units."})
        List<TypedDefect> defects = new ArrayList<>();

        @Option(names = "--none", description = "Name no defects: clear those named before.")
        boolean none;
    }

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        List<TypedDefect> typed = named.none ? List.of() : named.defects;
        DefectFiles.Resolved resolved = DefectFiles.resolve(typed, List.of(), services.evidence().ofOrder(o.id()),
                o.label());
        ReceivingRecord saved = services.receiving().nameDefects(o.id(), resolved.defects());
        Words words = Words.english();
        if (saved.defects().isEmpty()) {
            out().println(words.get("cli.defects.none", o.label()));
            return 0;
        }
        out().println(words.get("cli.defects.named", o.label()));
        DefectFiles.lines(saved.defects(), services.evidence().ofOrder(o.id())).forEach(l -> out().println("  " + l));
        return 0;
    }
}
