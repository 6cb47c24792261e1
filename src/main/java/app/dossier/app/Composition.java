package app.dossier.app;

import app.dossier.domain.DossierException;
import app.dossier.domain.Person;
import app.dossier.domain.Refusal;
import app.dossier.service.BackupService;
import app.dossier.imports.ChatReader;
import app.dossier.imports.PhotoMetadataCache;
import app.dossier.imports.OrderExportReader;
import app.dossier.service.Attachments;
import app.dossier.service.CaseFiles;
import app.dossier.service.HistoryService;
import app.dossier.service.Workstation;
import app.dossier.service.CaseRecords;
import app.dossier.service.ChatService;
import app.dossier.service.Checkpoint;
import app.dossier.service.ChangesElsewhere;
import app.dossier.service.DataFolderLock;
import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.DisputeService;
import app.dossier.service.EvidenceService;
import app.dossier.service.Previews;
import app.dossier.service.ExportService;
import app.dossier.service.FactoryService;
import app.dossier.service.GuidanceService;
import app.dossier.service.ImportService;
import app.dossier.service.KnownInStore;
import app.dossier.service.OrderService;
import app.dossier.service.PaymentService;
import app.dossier.service.ProfileService;
import app.dossier.service.ProgressListener;
import app.dossier.service.RebuildReport;
import app.dossier.service.RebuildService;
import app.dossier.service.Recovery;
import app.dossier.service.ReceivingService;
import app.dossier.service.RestoreReport;
import app.dossier.service.RestoreService;
import app.dossier.service.MoveReport;
import app.dossier.service.StoreMove;
import app.dossier.service.SampleDataService;
import app.dossier.service.SearchService;
import app.dossier.service.SettingsService;
import app.dossier.service.TrashService;
import app.dossier.service.TransfersFromChat;
import app.dossier.service.UndoSteps;
import app.dossier.service.UndoService;
import app.dossier.service.Services;
import app.dossier.service.TeamService;
import app.dossier.service.UnitOfWork;
import app.dossier.service.VerifyService;
import app.dossier.store.DatabaseAddress;
import app.dossier.store.DatabaseFiles;
import app.dossier.store.Logins;
import app.dossier.store.SqliteFiles;
import app.dossier.store.Store;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.CaseJson;
import app.dossier.tree.ChangeJournal;
import app.dossier.tree.FileCopier;
import app.dossier.tree.UndoFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Predicate;

/** Wires a data folder's services together. The only place that knows every layer. */
public final class Composition implements DataFolders {
    private final DatabaseFiles databaseFiles = new SqliteFiles();
    private final Checkpoint checkpoint;
    private final Clock clock;
    private final Predicate<Path> writable;

    public Composition(Checkpoint checkpoint, Clock clock) {
        this(checkpoint, clock, Files::isWritable);
    }

    /**
     * @param writable whether a folder or file can be written; the operating system's answer in the
     *     app, and in tests one read from the permission bits, which do not stop a test run as root
     */
    public Composition(Checkpoint checkpoint, Clock clock, Predicate<Path> writable) {
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.writable = writable;
    }

    public Composition() {
        this(Checkpoint.NONE, Clock.systemDefaultZone());
    }

    @Override
    public Services open(DataLocation location) {
        if (!canChange(location)) {
            // said before the lock is tried: on read-only media that would fail with the system's words
            throw new DossierException("The data folder " + location.dataFolder() + " is read-only (a read-only disc"
                    + " or share, or no permission to write), so Dossier cannot open it for changes. Copy it to a"
                    + " disk to work in it; the commands that only read (dossier orders, show, search, verify,"
                    + " packet, export) read it where it is.");
        }
        DataFolderLock lock = DataFolderLock.acquire(location.dataFolder(), clock);
        try {
            Store store;
            if (location.onPostgres()) {
                store = Store.open(location.database());
            } else {
                RebuildService.finishInterrupted(location, databaseFiles);
                store = databaseFiles.open(location.databaseFile());
            }
            return services(location, store, true, () -> {
                try {
                    store.close();
                } finally {
                    lock.close();
                }
            });
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public Services openReadOnly(DataLocation location) {
        Store store = location.onPostgres() ? Store.openReadOnly(location.database())
                : Store.openReadOnly(location.databaseFile(), !canChange(location));
        return services(location, store, false, store);
    }

    @Override
    public Services openUntouched(DataLocation location) {
        DataFolderLock.Reader reader = DataFolderLock.read(location.dataFolder());
        try {
            // on PostgreSQL, reading changes no file of the data folder: the server refuses every write
            Store store = location.onPostgres() ? Store.openReadOnly(location.database())
                    : Store.openUntouched(location.databaseFile(), reader.othersWriting());
            return services(location, store, false, () -> {
                try {
                    store.close();
                } finally {
                    reader.close();
                }
            });
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    public boolean canChange(DataLocation location) {
        Path folder = location.dataFolder();
        if (!Files.isDirectory(folder)) {
            return true;
        }
        Path database = location.databaseFile();
        return writable.test(folder) && (!Files.exists(database) || writable.test(database));
    }

    private Services services(DataLocation location, Store store, boolean writable, AutoCloseable resources) {
        try {
            CaseFileTree tree = new CaseFileTree(location.caseFilesRoot());
            FileCopier copier = new FileCopier();
            UndoSteps undoSteps = writable
                    ? new UndoSteps(new UndoFile(), location.dataFolder().resolve(UndoFile.FILE))
                    : UndoSteps.inMemory();
            Person person = store.database().signedIn();
            UnitOfWork work = new UnitOfWork(store.database(), store.factories(), tree, checkpoint,
                    new ChangeJournal(location.pendingChanges(), store.database().writer()), !writable, undoSteps,
                    person);
            CaseRecords records = new CaseRecords(store.factories(), store.orders(), store.evidence(), store.payments(),
                    store.receiving(), store.disputes(), store.chats());
            SettingsService settings = new SettingsService(location.dataFolder().resolve("ui.properties"), writable);
            Workstation workstation = new Workstation(settings, person);
            CaseFiles caseFiles = CaseFiles.withHistory(tree, new CaseJson(), records, store.histories(), store.orders(),
                    workstation::user, clock);
            Attachments attachments = new Attachments(caseFiles, store.evidence(), copier, clock);
            java.util.List<String> recovered = writable
                    ? new Recovery(work, store.factories(), store.orders(), store.evidence(), records, caseFiles,
                            store.profile(), location.trashFolder(), store.histories()).run()
                    : java.util.List.of();
            TrashService trash = new TrashService(work, store.evidence(), store.orders(), records, caseFiles, copier,
                    location.trashFolder(), clock);
            FactoryService factories = new FactoryService(work, store.factories(), store.orders(), records, caseFiles,
                    trash, clock);
            OrderService orders = new OrderService(work, store.orders(), store.factories(), store.evidence(),
                    store.payments(), store.receiving(), records, caseFiles, trash, clock);
            PhotoMetadataCache photoMetadata = new PhotoMetadataCache();
            EvidenceService evidence = new EvidenceService(work, store.evidence(), records, caseFiles, attachments,
                    photoMetadata,
                    new Previews(writable
                            ? location.dataFolder().resolve("Previews")
                            : Path.of(System.getProperty("java.io.tmpdir"), "dossier-previews")));
            PaymentService payments = new PaymentService(work, store.payments(), records, caseFiles, attachments);
            ReceivingService receiving = new ReceivingService(work, store.receiving(), store.evidence(), records, caseFiles,
                    attachments, clock);
            DisputeService disputes = new DisputeService(work, store.disputes(), store.profile(), store.histories(), records, caseFiles,
                    attachments, photoMetadata, clock);
            ChatService chats = new ChatService(work, store.chats(), records, caseFiles, attachments, new ChatReader(clock),
                    store.evidence());
            ProfileService profile = new ProfileService(work, store.profile(), caseFiles);
            SampleDataService sample = new SampleDataService(factories, orders, evidence, payments, receiving, disputes,
                    chats, profile, location.caseFilesRoot());
            return new Services(location, factories, orders, evidence, payments, receiving, disputes,
                    new VerifyService(work, store.factories(), store.orders(), store.evidence(), records, caseFiles,
                            copier, store.profile(), trash, store.histories()),
                    sample,
                    new SearchService(work, store.search(), store.factories(), store.orders(), store.evidence(),
                            store.chats()),
                    settings,
                    new GuidanceService(work, store.orders(), records, settings, clock),
                    new BackupService(work, store.database(), tree, location, settings, clock),
                    new ExportService(work, records, caseFiles, clock),
                    new ImportService(work, new KnownInStore(store.orders(), store.factories(), store.receiving(),
                            store.disputes()), caseFiles, attachments, factories, orders, new OrderExportReader()),
                    chats, profile, trash, new HistoryService(work, store.histories(), records, workstation),
                    new UndoService(undoSteps, payments, evidence, trash, orders, factories, receiving, disputes),
                    new TransfersFromChat(work, store.chats(), records, payments),
                    new ChangesElsewhere(store.database()),
                    new TeamService(store.database(), new Logins(), location, person),
                    clock, resources, recovered, !writable);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public RebuildReport rebuild(DataLocation location, ProgressListener progress) {
        try (DataFolderLock lock = DataFolderLock.acquire(location.dataFolder(), clock)) {
            RebuildReport report = new RebuildService(location, new CaseJson(), databaseFiles, clock.getZone()).rebuild(progress);
            // A new database: the steps to undo named the old one's records.
            UndoSteps.forget(location.dataFolder());
            return report;
        }
    }

    @Override
    public RestoreReport restore(Path backup, DataLocation target, boolean replace, ProgressListener progress) {
        return new RestoreService(this, databaseFiles, clock).restore(backup, target, replace, progress);
    }

    @Override
    public MoveReport moveToPostgres(DataLocation location, String address, ProgressListener progress) {
        return new StoreMove(this, databaseFiles, clock).toPostgres(location, DatabaseAddress.parse(address), progress);
    }

    @Override
    public MoveReport moveToSqlite(DataLocation location, ProgressListener progress) {
        return new StoreMove(this, databaseFiles, clock).toSqlite(location, progress);
    }
}
