package app.dossier.app;

import app.dossier.imports.ChatReader;
import app.dossier.imports.OrderExportReader;
import app.dossier.service.CaseWriter;
import app.dossier.service.ChatService;
import app.dossier.service.Checkpoint;
import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.DisputeService;
import app.dossier.service.EvidenceService;
import app.dossier.service.FactoryService;
import app.dossier.service.GuidanceService;
import app.dossier.service.ImportService;
import app.dossier.service.OrderService;
import app.dossier.service.PaymentService;
import app.dossier.service.ProgressListener;
import app.dossier.service.RebuildReport;
import app.dossier.service.RebuildService;
import app.dossier.service.ReceivingService;
import app.dossier.service.SampleDataService;
import app.dossier.service.SearchService;
import app.dossier.service.SettingsService;
import app.dossier.service.Services;
import app.dossier.service.VerifyService;
import app.dossier.store.Store;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.CaseJson;
import app.dossier.tree.FileCopier;
import java.time.Clock;

/** Wires a data folder's services together. The only place that knows every layer. */
public final class Composition implements DataFolders {
    private final Checkpoint checkpoint;
    private final Clock clock;

    public Composition(Checkpoint checkpoint, Clock clock) {
        this.checkpoint = checkpoint;
        this.clock = clock;
    }

    public Composition() {
        this(Checkpoint.NONE, Clock.systemDefaultZone());
    }

    @Override
    public Services open(DataLocation location) {
        Store store = Store.open(location.databaseFile());
        try {
            CaseWriter writer = new CaseWriter(store, new CaseFileTree(location.caseFilesRoot()), new CaseJson(),
                    new FileCopier(), checkpoint, clock);
            FactoryService factories = new FactoryService(writer);
            OrderService orders = new OrderService(writer);
            EvidenceService evidence = new EvidenceService(writer);
            PaymentService payments = new PaymentService(writer);
            ReceivingService receiving = new ReceivingService(writer);
            DisputeService disputes = new DisputeService(writer);
            SampleDataService sample = new SampleDataService(factories, orders, evidence, payments, receiving, disputes,
                    location.caseFilesRoot());
            SettingsService settings = new SettingsService(location.dataFolder().resolve("ui.properties"));
            return new Services(location, factories, orders, evidence, payments, receiving, disputes,
                    new VerifyService(writer), sample, new SearchService(writer), settings,
                    new GuidanceService(writer, settings),
                    new ImportService(writer, factories, orders, new OrderExportReader()),
                    new ChatService(writer, new ChatReader()), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public RebuildReport rebuild(DataLocation location, ProgressListener progress) {
        return new RebuildService(location, new CaseJson()).rebuild(progress);
    }
}
