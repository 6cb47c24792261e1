package app.dossier.service;

/**
 * The use cases of one open data folder, built by the composition root. Closing it closes the
 * database. {@code recovered} says, one line each, what opening it put right after a change cut off
 * by a crash (empty when nothing was left). {@code readOnly}: opened for reading only (read-only
 * media, or no permission to write), so every change is refused and nothing there is written.
 * {@code clock} is the one the services tell the time by (what is overdue, what is new), for the
 * window's own "today" to be the same.
 */
public record Services(
        DataLocation location,
        FactoryService factories,
        OrderService orders,
        EvidenceService evidence,
        PaymentService payments,
        ReceivingService receiving,
        DisputeService disputes,
        VerifyService verify,
        SampleDataService sample,
        SearchService search,
        SettingsService settings,
        GuidanceService guidance,
        BackupService backups,
        ExportService export,
        ImportService imports,
        ChatService chats,
        ProfileService profile,
        TrashService trash,
        HistoryService history,
        UndoService undo,
        TransfersFromChat transfers,
        ChangesElsewhere elsewhere,
        TeamService team,
        java.time.Clock clock,
        AutoCloseable resources,
        java.util.List<String> recovered,
        boolean readOnly) implements AutoCloseable {

    /** Who signed in to the records, and their role; on SQLite the person at this PC, who may do everything. */
    public app.dossier.domain.Person person() {
        return history.workstation().person();
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new app.dossier.domain.DossierException(
                    app.dossier.domain.Refusal.DATA_FOLDER_NOT_CLOSED.with(e.getMessage()), e);
        }
    }
}
