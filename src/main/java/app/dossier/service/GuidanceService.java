package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
import app.dossier.domain.guidance.ContractAdvice;
import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.FactoryMessage;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.Guidance;
import app.dossier.domain.guidance.GuidanceSettings;
import app.dossier.domain.guidance.EvidenceClassifier;
import app.dossier.domain.guidance.OrderCompleteness;
import app.dossier.domain.guidance.OrderStatus;
import app.dossier.domain.guidance.SamplePlan;
import app.dossier.store.Orders;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seed's rules applied to the records: what is missing, what is late, what to do next.
 * The rules are the domain's; this reads the case files and the user's settings for them.
 */
public final class GuidanceService {
    /** How often, in days, to remind the user to export the chats of open orders. */
    public static final String CHAT_EXPORT_DAYS = "guidance.chatExportDays";

    private final UnitOfWork work;
    private final Orders orders;
    private final CaseRecords records;
    private final SettingsService settings;
    private final Clock clock;

    public GuidanceService(UnitOfWork work, Orders orders, CaseRecords records, SettingsService settings,
            Clock clock) {
        this.work = work;
        this.orders = orders;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    private Guidance guidance() {
        GuidanceSettings values = GuidanceSettings.defaults();
        Optional<String> days = settings.get(CHAT_EXPORT_DAYS);
        if (days.isPresent()) {
            try {
                values = values.withChatExportEvery(Duration.ofDays(Long.parseLong(days.get().strip())));
            } catch (NumberFormatException | InvalidInputException e) {
                // A setting that cannot be read leaves the default in place.
            }
        }
        return new Guidance(values, EvidenceClassifier.byKeywords());
    }

    /** The limits the guidance counts with (48 hours to check the goods, …), as set by the user. */
    public GuidanceSettings settings() {
        return guidance().settings();
    }

    /**
     * What would make {@code record} late once saved, on this service's clock and settings
     * ({@link app.dossier.domain.guidance.Warnings#lateIfSaved}): said before or as it is saved.
     */
    public List<Finding> lateIfSaved(Order order, ReceivingRecord record) {
        return app.dossier.domain.guidance.Warnings.lateIfSaved(order, record, settings(), LocalDateTime.now(clock));
    }

    public int chatExportDays() {
        return (int) guidance().settings().chatExportEvery().toDays();
    }

    public void setChatExportDays(int days) {
        if (days < 1 || days > 365) {
            throw new InvalidInputException(Refusal.CHAT_EXPORT_DAYS_OUT_OF_RANGE.with(days));
        }
        settings.put(CHAT_EXPORT_DAYS, Integer.toString(days));
    }

    /** The case files of the orders not archived: an archived order asks nothing of the user. */
    private List<CaseFile> allCases() {
        return work.read(db -> {
            List<CaseFile> cases = new ArrayList<>();
            var archived = orders.archived(db);
            for (Order order : orders.all(db)) {
                if (!archived.containsKey(order.id())) {
                    cases.add(records.caseOf(db, order.id()));
                }
            }
            return cases;
        });
    }

    /**
     * Where each order stands (gaps, overdue, disputed, complete), archived ones too, by order id: what
     * the orders list filters by.
     */
    public java.util.Map<Long, java.util.Set<OrderStatus>> statuses() {
        Guidance guidance = guidance();
        return work.read(db -> {
            java.util.Map<Long, java.util.Set<OrderStatus>> out = new java.util.HashMap<>();
            for (Order order : orders.all(db)) {
                out.put(order.id(), OrderStatus.of(records.caseOf(db, order.id()), guidance, clock));
            }
            return out;
        });
    }

    private CaseFile caseOf(long orderId) {
        return work.read(db -> records.caseOf(db, orderId));
    }

    /** Every finding, most pressing first; only one order's when {@code orderId} is given. */
    public List<Finding> findings(Long orderId) {
        List<CaseFile> all = allCases();
        Guidance guidance = guidance();
        if (orderId == null) {
            return guidance.findings(all, clock);
        }
        CaseFile one = all.stream().filter(c -> c.order().id() == orderId).findFirst().orElseGet(() -> caseOf(orderId));
        return guidance.findings(one, all, clock);
    }

    public OrderCompleteness completeness(long orderId) {
        return guidance().completeness(caseOf(orderId), clock);
    }

    /** Orders whose records have gaps that can still be filled. */
    public List<OrderCompleteness> ordersWithGaps() {
        return guidance().ordersWithGaps(allCases(), clock);
    }

    /** Deadlines that are overdue or due soon, soonest first. */
    public List<Deadline> dueList() {
        return guidance().dueList(allCases(), clock);
    }

    public Optional<ContractAdvice> contractAdvice(long orderId) {
        return guidance().contractAdvice(caseOf(orderId));
    }

    /** The summary of an order to send to the factory for written confirmation, in Chinese and English. */
    public FactoryMessage orderSummary(long orderId) {
        return guidance().orderSummary(caseOf(orderId));
    }

    public SamplePlan samplePlan(long lotSize) {
        return guidance().samplePlan(lotSize);
    }

    public app.dossier.domain.guidance.FactoryRecord factoryRecord(long factoryId) {
        return app.dossier.domain.guidance.FactoryRecord.of(factoryId, allCases());
    }
}
