package app.dossier.service;

import app.dossier.domain.DefectKind;
import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
import app.dossier.files.FileTrees;
import app.dossier.imports.SampleBusiness;
import app.dossier.imports.SampleBusinessReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the sample business into an empty data folder through the same use cases a user would
 * go through, so the sample's case files are built exactly like real ones.
 */
public final class SampleDataService {
    private static final String RESOURCE = "/sample-data/";
    private final FactoryService factories;
    private final OrderService orders;
    private final EvidenceService evidence;
    private final PaymentService payments;
    private final ReceivingService receiving;
    private final DisputeService disputes;
    private final ChatService chats;
    private final ProfileService profile;
    private final Path caseFilesRoot;

    public SampleDataService(FactoryService factories, OrderService orders, EvidenceService evidence,
            PaymentService payments, ReceivingService receiving, DisputeService disputes, ChatService chats,
            ProfileService profile, Path caseFilesRoot) {
        this.factories = factories;
        this.orders = orders;
        this.evidence = evidence;
        this.payments = payments;
        this.receiving = receiving;
        this.disputes = disputes;
        this.chats = chats;
        this.profile = profile;
        this.caseFilesRoot = caseFilesRoot;
    }

    /** Why the sample cannot be loaded here, in English, or null when it can. */
    public String whyNot() {
        Refusal.Wording why = refusal();
        return why == null ? null : why.english();
    }

    /** Why the sample cannot be loaded here, or null when it can. */
    private Refusal.Wording refusal() {
        if (!factories.list().isEmpty()) {
            return Refusal.SAMPLE_FOLDER_HAS_FACTORIES.with();
        }
        if (Files.isDirectory(caseFilesRoot)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(caseFilesRoot,
                    p -> !TreeEntries.ignored(p.getFileName().toString()))) {
                if (entries.iterator().hasNext()) {
                    return Refusal.SAMPLE_CASE_FILES_NOT_EMPTY.with(caseFilesRoot);
                }
            } catch (IOException e) {
                return Refusal.SAMPLE_CASE_FILES_UNREADABLE.with(caseFilesRoot, e.getMessage());
            }
        }
        return null;
    }

    /** Loads the sample; returns how many orders it created. */
    public int load(ProgressListener progress) {
        Refusal.Wording why = refusal();
        if (why != null) {
            throw new DossierException(why);
        }
        SampleBusiness business;
        try (InputStream json = resource("sample.json")) {
            business = new SampleBusinessReader().read(json);
        } catch (IOException e) {
            throw new DossierException(Refusal.SAMPLE_UNREADABLE.with(e.getMessage()), e);
        }
        Path staging = null;
        try {
            staging = Files.createTempDirectory("dossier-sample");
            if (!business.profile().isEmpty() && profile.profile().isEmpty()) {
                profile.save(business.profile()); // the sample's buyer, who signs its packets
            }
            Map<String, Factory> byKey = new HashMap<>();
            for (SampleBusiness.SampleFactory f : business.factories()) {
                byKey.put(f.key(), factories.add(f.draft()));
            }
            int done = 0;
            for (SampleBusiness.SampleOrder o : business.orders()) {
                if (progress.cancelled()) {
                    break;
                }
                progress.progress(done, business.orders().size(), o.draft().label());
                loadOrder(o, byKey.get(o.factoryKey()), staging);
                done++;
            }
            progress.progress(done, business.orders().size(), "");
            return done;
        } catch (IOException e) {
            throw new DossierException(Refusal.SAMPLE_NOT_LOADED.with(e.getMessage()), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private void loadOrder(SampleBusiness.SampleOrder o, Factory factory, Path staging) throws IOException {
        Order d = o.draft();
        Order order = orders.add(new Order(0, factory.id(), d.orderNumber(), d.channel(), d.kind(), d.product(),
                d.specs(), d.quantity(), d.unit(), d.unitPrice(), d.orderedOn(), d.deliveryDeadline(), d.agreedOn(),
                d.notes(), null));
        for (SampleBusiness.SampleFile file : o.evidence()) {
            AttachReport report = evidence.attach(order.id(), file.category(), List.of(input(file, staging)),
                    ProgressListener.NONE);
            if (!report.refused().isEmpty()) {
                throw new DossierException(report.refused().get(0).reason());
            }
        }
        for (SampleBusiness.SamplePayment p : o.payments()) {
            Payment draft = p.draft();
            EvidenceInput proof = p.proof() == null ? null : input(p.proof(), staging);
            payments.record(new Payment(0, order.id(), draft.paidOn(), draft.amount(), draft.rateToVnd(),
                    draft.covers(), draft.method(), draft.receivingAccount(), draft.reference(),
                    draft.acknowledgedAt(), null), proof);
        }
        if (o.receiving() != null) {
            ReceivingRecord r = o.receiving().draft();
            List<EvidenceInput> photos = new ArrayList<>();
            for (SampleBusiness.SampleFile photo : o.receiving().photos()) {
                photos.add(input(photo, staging));
            }
            Map<DefectKind, List<Path>> showing = new LinkedHashMap<>();
            o.receiving().photosShowing().forEach((kind, names) ->
                    showing.put(kind, names.stream().map(staging::resolve).toList()));
            receiving.save(new ReceivingRecord(0, order.id(), r.arrivedAt(), r.parcelsExpected(), r.parcelsReceived(),
                    r.unitsExpected(), r.unitsReceived(), r.packagingCondition(), r.packagingNotes(), r.unitsSampled(),
                    r.defectiveUnits(), r.defectNotes(), r.inspectedBy(), r.inspectedAt(), r.factoryNotifiedAt(),
                    r.defects()), photos, showing);
        }
        for (SampleBusiness.SampleChat chat : o.chats()) {
            Path file = staging.resolve(chat.file());
            try (InputStream in = resource("chats/" + chat.file())) {
                Files.copy(in, file);
            }
            chats.importChat(order.id(), file, new app.dossier.domain.ChatParties(chat.me(), chat.them()));
            for (var message : chats.messages(order.id())) {
                if (chat.pin().stream().anyMatch(words -> message.text() != null && message.text().contains(words))) {
                    chats.pin(message.id(), true);
                }
            }
        }
        for (String summary : o.disputes()) {
            disputes.open(order.id(), summary);
        }
    }

    private static EvidenceInput input(SampleBusiness.SampleFile file, Path staging) throws IOException {
        Path target = staging.resolve(file.file());
        if (!Files.exists(target)) {
            try (InputStream in = resource("images/" + file.file())) {
                Files.copy(in, target);
            }
        }
        return new EvidenceInput(target, file.caption(), file.capturedAt());
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleDataService.class.getResourceAsStream(RESOURCE + name);
        if (in == null) {
            throw new IOException("the sample file " + name + " is missing from this build of Dossier");
        }
        return in;
    }

    private static void deleteQuietly(Path folder) {
        // A temp folder left behind is removed by the system.
        FileTrees.deleteQuietly(folder);
    }
}
