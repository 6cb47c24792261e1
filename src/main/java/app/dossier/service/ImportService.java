package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.ImportAction;
import app.dossier.domain.ImportPlan;
import app.dossier.domain.Order;
import app.dossier.domain.PlannedOrder;
import app.dossier.domain.TakenClashes;
import app.dossier.imports.Imported1688Order;
import app.dossier.imports.OrderExportReader;
import app.dossier.imports.OrderExportReading;
import app.dossier.imports.OrderImportPlanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bringing in a 1688 buyer order export (.xlsx or .csv): a preview of what will be created,
 * updated, skipped or left as it is because it clashes with Dossier, and why; then the import
 * itself. Factories are found by the seller's company name, or created. Each order is its own
 * change, with the export kept as evidence in its Order and confirmation folder (the same file once
 * per order). A clash changes nothing unless the user takes it. Importing the same file again
 * changes nothing.
 */
public final class ImportService {
    private final UnitOfWork work;
    private final KnownInStore known;
    private final CaseFiles caseFiles;
    private final Attachments attachments;
    private final FactoryService factories;
    private final OrderService orders;
    private final OrderExportReader reader;

    public ImportService(UnitOfWork work, KnownInStore known, CaseFiles caseFiles, Attachments attachments,
            FactoryService factories, OrderService orders, OrderExportReader reader) {
        this.work = work;
        this.known = known;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
        this.factories = factories;
        this.orders = orders;
        this.reader = reader;
    }

    /**
     * What importing the file would do, changing nothing. A file that cannot be read at all (not
     * an export, damaged, columns missing, unknown encoding) is refused with the reason.
     */
    public ImportPreview preview(Path file) {
        return preview(file, TakenClashes.NONE);
    }

    /** As {@link #preview(Path)}, with the clashes the user chose to take planned as updates. */
    public ImportPreview preview(Path file, TakenClashes taken) {
        OrderExportReading reading = reader.read(file);
        return preview(file, reading, taken);
    }

    private ImportPreview preview(Path file, OrderExportReading reading, TakenClashes taken) {
        ImportPlan plan = work.read(db -> OrderImportPlanner.plan(reading, known.at(db), taken));
        return new ImportPreview(String.valueOf(file.getFileName()), reading.readAs(), plan);
    }

    /** Imports the file, taking no clash: {@link #apply(Path, TakenClashes, ProgressListener)}. */
    public ImportReport apply(Path file, ProgressListener progress) {
        return apply(file, TakenClashes.NONE, progress);
    }

    /**
     * Imports the file: creates and updates the orders as the preview says, and keeps the file in
     * each of them. A clash is left as it is unless {@code taken} takes it. An order that fails is
     * reported and changes nothing; the others go on.
     */
    public ImportReport apply(Path file, TakenClashes taken, ProgressListener progress) {
        OrderExportReading reading = reader.read(file);
        ImportPreview preview = preview(file, reading, taken);
        Map<String, Imported1688Order> byNumber = new LinkedHashMap<>();
        for (Imported1688Order order : reading.orders()) {
            byNumber.putIfAbsent(order.orderNumber(), order);
        }
        List<PlannedOrder> toApply = preview.orders().stream()
                .filter(p -> p.action() == ImportAction.CREATE || p.action() == ImportAction.UPDATE)
                .toList();
        List<Order> created = new ArrayList<>();
        List<Order> updated = new ArrayList<>();
        List<Factory> newFactories = new ArrayList<>();
        List<ImportReport.Failure> failed = new ArrayList<>();
        int done = 0;
        for (PlannedOrder planned : toApply) {
            if (progress.cancelled()) {
                return new ImportReport(preview, created, updated, newFactories, failed, true);
            }
            progress.progress(done, toApply.size(), planned.orderNumber());
            Imported1688Order imported = byNumber.get(planned.orderNumber());
            try {
                Imported result = work.change("Could not import order " + planned.orderNumber(),
                        change -> importOne(change, imported, file, preview.readAs(), taken));
                result.factory().ifPresent(newFactories::add);
                if (result.action() == ImportAction.CREATE) {
                    created.add(result.order());
                } else if (result.action() == ImportAction.UPDATE) {
                    updated.add(result.order());
                }
            } catch (DossierException e) {
                failed.add(new ImportReport.Failure(planned.orderNumber(), e.getMessage()));
            }
            done++;
        }
        progress.progress(done, toApply.size(), "");
        return new ImportReport(preview, created, updated, newFactories, failed, false);
    }

    private record Imported(ImportAction action, Order order, Optional<Factory> factory) {
    }

    /** One order as one change, planned again inside it so that it acts on what is there now. */
    private Imported importOne(Change change, Imported1688Order imported, Path file, String readAs,
            TakenClashes taken) throws IOException {
        ImportPlan plan = OrderImportPlanner.plan(List.of(imported), known.at(change.db()), taken);
        PlannedOrder planned = plan.orders().get(0);
        if (planned.action() != ImportAction.CREATE && planned.action() != ImportAction.UPDATE) {
            return new Imported(planned.action(), planned.order(), Optional.empty());
        }
        Order draft = planned.order();
        Optional<Factory> newFactory = Optional.empty();
        if (planned.newFactory()) {
            Factory factory = factories.add(change, plan.newFactories().get(0));
            newFactory = Optional.of(factory);
            draft = withFactory(draft, factory.id());
        }
        Order saved = planned.action() == ImportAction.CREATE ? orders.add(change, draft) : orders.update(change, draft);
        attachments.attach(change, saved, EvidenceCategory.CONFIRMATION,
                new EvidenceInput(file, caption(imported, readAs), null));
        caseFiles.writeCase(change, saved.id());
        return new Imported(planned.action(), saved, newFactory);
    }

    private static String caption(Imported1688Order order, String readAs) {
        List<Integer> rows = order.rowNumbers();
        String where = rows.size() == 1 ? "row " + rows.get(0)
                : "rows " + rows.get(0) + "–" + rows.get(rows.size() - 1);
        return "1688 order export: order " + order.orderNumber() + " is on " + where + " of " + readAs;
    }

    private static Order withFactory(Order o, long factoryId) {
        return new Order(o.id(), factoryId, o.orderNumber(), o.channel(), o.kind(), o.product(), o.specs(),
                o.quantity(), o.unit(), o.unitPrice(), o.orderedOn(), o.deliveryDeadline(), o.agreedOn(), o.notes(),
                o.folder());
    }
}
