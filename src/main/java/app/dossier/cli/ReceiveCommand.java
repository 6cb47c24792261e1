package app.dossier.cli;

import app.dossier.domain.ArrivalTime;
import app.dossier.domain.DateInput;
import app.dossier.domain.DossierException;
import app.dossier.domain.Order;
import app.dossier.domain.PhotoTaken;
import app.dossier.domain.Refusal;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.GuidanceWords;
import app.dossier.domain.words.Words;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.EvidenceInput;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "receive", description = "Record what arrived: counts, cartons, sample check, photos (replaces an earlier record).")
final class ReceiveCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--arrived-at", required = true, paramLabel = "DATETIME|photos", description = {
        "When the goods arrived, e.g. 2026-10-03 09:40; the 48 hours to check them and tell the factory start",
        "then. photos: the earliest time the photos were taken (those given with --photo and those already in",
        "Receiving and QC; a photo whose phone clock is ahead or before the order is left out)."})
    String arrivedAt;

    @Option(names = "--keep-arrival", description = "Keep --arrived-at although a photo was taken before it.")
    boolean keepArrival;

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
        LocalDateTime arrived = arrival(services, o);
        List<EvidenceInput> inputs = photos.stream().map(EvidenceInput::of).toList();
        DefectFiles.Resolved named = DefectFiles.resolve(defects, photos, services.evidence().ofOrder(o.id()),
                o.label());
        ReceivingRecord saved = services.receiving().save(new ReceivingRecord(0, o.id(), arrived, parcelsExpected,
                parcelsReceived, unitsExpected == null ? o.quantity() : unitsExpected, unitsReceived,
                packaging == null ? PackagingCondition.INTACT : packaging, packagingNotes, sampled, defective,
                defectNotes, inspectedBy, inspectedAt, notifiedAt, named.defects()), inputs, named.newPhotosShowing());
        out().println("Recorded receiving for " + o.label() + ": " + saved.unitsReceived() + " of "
                + saved.unitsExpected() + " " + o.unit() + (saved.unitsShort() > 0 ? ", " + saved.unitsShort()
                + " short" : "") + ", " + saved.defectiveUnits() + " defective of " + saved.unitsSampled() + " checked.");
        DefectFiles.lines(saved.defects(), services.evidence().ofOrder(o.id())).forEach(l -> out().println("  " + l));
        GuidanceWords english = GuidanceWords.english();
        for (Finding late : services.guidance().lateIfSaved(o, saved)) {
            out().println(english.words().get("cli.receive.late", english.finding(late)));
        }
        return 0;
    }

    /**
     * The arrival given, or the one the photos show ({@code photos}), said in a line of its own; refused
     * while a photo was taken before it, unless {@code --keep-arrival}. A photo whose clock is wrong is
     * said on stderr and left out.
     */
    private LocalDateTime arrival(Services services, Order o) {
        List<PhotoTaken> taken = services.receiving().photosTaken(o.id(), photos);
        LocalDateTime now = LocalDateTime.now();
        Words english = Words.english();
        for (ArrivalTime.Flag wrongClock : ArrivalTime.check(taken, null, now, o.orderedOn())) {
            err().println(english.get("arrival." + wrongClock.check().name(), wrongClock.photo().name(),
                    wrongClock.photo().at(), o.orderedOn()));
        }
        LocalDateTime arrived;
        if (arrivedAt.strip().equalsIgnoreCase("photos")) {
            ArrivalTime.Proposal proposal = ArrivalTime.propose(taken, now, o.orderedOn())
                    .orElseThrow(() -> new DossierException(Refusal.ARRIVAL_NOT_IN_PHOTOS.with(o.label())));
            arrived = proposal.at();
            out().println(english.get("cli.receive.arrivalFromPhoto", arrived, proposal.from().name(),
                    proposal.from().at()));
        } else {
            arrived = DateInput.parseDateTime(arrivedAt);
        }
        Optional<PhotoTaken> earliest = ArrivalTime.takenBefore(taken, arrived, now, o.orderedOn()).stream()
                .min(Comparator.comparing(PhotoTaken::at));
        if (earliest.isPresent() && !keepArrival) {
            throw new DossierException(Refusal.PHOTO_TAKEN_BEFORE_ARRIVAL.with(DateInput.format(arrived),
                    earliest.get().name(), DateInput.format(earliest.get().at())));
        }
        return arrived;
    }
}
