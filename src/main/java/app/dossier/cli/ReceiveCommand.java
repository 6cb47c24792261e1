package app.dossier.cli;

import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.EvidenceInput;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "receive", description = "Record what arrived: counts, cartons, sample check, photos (replaces an earlier record).")
final class ReceiveCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--arrived-at", required = true, paramLabel = "DATETIME", description = "e.g. 2026-10-03 09:40.")
    LocalDateTime arrivedAt;

    @Option(names = "--units-received", required = true, paramLabel = "N")
    long unitsReceived;

    @Option(names = "--units-expected", paramLabel = "N", description = "Default: the order's quantity.")
    Long unitsExpected;

    @Option(names = "--parcels-expected", paramLabel = "N")
    Integer parcelsExpected;

    @Option(names = "--parcels-received", paramLabel = "N")
    Integer parcelsReceived;

    @Option(names = "--packaging", paramLabel = "STATE", description = "intact, some-damage or heavy-damage (default intact).")
    PackagingCondition packaging;

    @Option(names = "--packaging-notes", paramLabel = "TEXT")
    String packagingNotes;

    @Option(names = "--sampled", paramLabel = "N", description = "Units checked in the sample.")
    long sampled;

    @Option(names = "--defective", paramLabel = "N", description = "Defective units found in the sample.")
    long defective;

    @Option(names = "--defect-notes", paramLabel = "TEXT")
    String defectNotes;

    @Option(names = "--inspected-by", required = true, paramLabel = "NAME", description = "Who counted and checked the goods.")
    String inspectedBy;

    @Option(names = "--inspected-at", paramLabel = "DATETIME")
    LocalDateTime inspectedAt;

    @Option(names = "--notified-at", paramLabel = "DATETIME", description = "When the factory was told in writing.")
    LocalDateTime notifiedAt;

    @Option(names = "--photo", paramLabel = "FILE", description = "Photos (repeat the option or give a folder).")
    List<Path> photos = new ArrayList<>();

    @Option(names = "--defect", paramLabel = "KIND=COUNT[:FILE[,FILE...]]", description = {
        "A kind of defect found, with its count and the photos that show it (repeat for each kind), e.g.",
        "--defect cracked=3:IMG_0931.jpg --defect damaged-packaging=1. A FILE is a photo given with --photo",
        "or a file the order already keeps, by its name. " + DefectsCommand.KINDS,
        "short counts units missing (ordered minus received), damaged-packaging cartons, the others defective units."})
    List<TypedDefect> defects = new ArrayList<>();

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        List<EvidenceInput> inputs = photos.stream().map(EvidenceInput::of).toList();
        DefectFiles.Resolved named = DefectFiles.resolve(defects, photos, services.evidence().ofOrder(o.id()),
                o.label());
        ReceivingRecord saved = services.receiving().save(new ReceivingRecord(0, o.id(), arrivedAt, parcelsExpected,
                parcelsReceived, unitsExpected == null ? o.quantity() : unitsExpected, unitsReceived,
                packaging == null ? PackagingCondition.INTACT : packaging, packagingNotes, sampled, defective,
                defectNotes, inspectedBy, inspectedAt, notifiedAt, named.defects()), inputs, named.newPhotosShowing());
        out().println("Recorded receiving for " + o.label() + ": " + saved.unitsReceived() + " of "
                + saved.unitsExpected() + " " + o.unit() + (saved.unitsShort() > 0 ? ", " + saved.unitsShort()
                + " short" : "") + ", " + saved.defectiveUnits() + " defective of " + saved.unitsSampled() + " checked.");
        DefectFiles.lines(saved.defects(), services.evidence().ofOrder(o.id())).forEach(l -> out().println("  " + l));
        return 0;
    }
}
