package app.dossier.ui.order;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DateInput;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeOpening;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.PaymentLedger;
import app.dossier.domain.Text;
import app.dossier.service.EvidenceInput;
import app.dossier.service.HistoryService;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.CheckLine;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.RecordState;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order shown on the right: its details, its files by category, its payments and its receiving
 * record, and what can be done with it (attach, caption, open, dispute, receive).
 */
public final class OrderViewModel {
    private final UiContext context;
    private final Clock clock;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<CaseFile> caseFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper factoryName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper channel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Fact> specs = FXCollections.observableArrayList();
    private final ObservableList<Fact> receiving = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper received = new ReadOnlyBooleanWrapper(false);
    private final Map<EvidenceCategory, ObservableList<EvidenceItem>> files = new EnumMap<>(EvidenceCategory.class);
    private final Map<EvidenceCategory, ReadOnlyStringWrapper> tabTitles = new EnumMap<>(EvidenceCategory.class);
    private final Map<EvidenceCategory, ReadOnlyBooleanWrapper> present = new EnumMap<>(EvidenceCategory.class);
    private final Map<EvidenceCategory, ReadOnlyObjectWrapper<RecordState>> states = new EnumMap<>(EvidenceCategory.class);
    private final Map<EvidenceCategory, ReadOnlyStringWrapper> tabTips = new EnumMap<>(EvidenceCategory.class);
    private final ObjectProperty<EvidenceCategory> category = new SimpleObjectProperty<>(EvidenceCategory.AGREEMENT);
    private final LedgerModel ledger;
    private final PaymentFormModel payment;
    private final OrderGuidanceModel guidance;
    private final ChatModel chats;
    private final HistoryModel history;
    private final ChatTransfersModel transfers;
    private long generation;

    /** @param changed told when something about the order changed, so the list can show it */
    public OrderViewModel(UiContext context, Clock clock, Runnable changed) {
        this.context = context;
        this.clock = clock;
        this.changed = changed;
        this.ledger = new LedgerModel(context.texts());
        this.payment = new PaymentFormModel(context, clock, this::order, () -> {
            reload();
            changed.run();
        });
        this.guidance = new OrderGuidanceModel(context, clock, () -> order() == null ? 0 : order().id(), () -> {
            reload();
            changed.run();
        });
        this.chats = new ChatModel(context, this::order, () -> {
            reload();
            changed.run();
        });
        this.history = new HistoryModel(context.texts(), clock.getZone());
        this.transfers = new ChatTransfersModel(context, () -> order() == null ? 0 : order().id(), () -> {
            reload();
            changed.run();
        });
        for (EvidenceCategory c : EvidenceCategory.values()) {
            files.put(c, FXCollections.observableArrayList());
            tabTitles.put(c, new ReadOnlyStringWrapper(context.t("category." + c.name())));
            present.put(c, new ReadOnlyBooleanWrapper(false));
            states.put(c, new ReadOnlyObjectWrapper<>(RecordState.MISSING));
            tabTips.put(c, new ReadOnlyStringWrapper(""));
        }
    }

    /** @param guidance null when the guidance could not be read: the order is shown without it */
    private record Loaded(CaseFile caseFile, PaymentLedger ledger, List<EvidenceItem> items,
            OrderGuidanceModel.Loaded guidance, ChatModel.Loaded chats, HistoryService.ChangeHistory history,
            List<app.dossier.domain.ChatTransfer> transfers) {
    }

    /**
     * Shows an order: reads its case, ledger, files' places, which way up its photos are and its
     * chats' messages in the background.
     */
    public void load(long orderId) {
        long wanted = ++generation;
        if (caseFile.get() != null && caseFile.get().order().id() != orderId) {
            payment.close();
            chats.leave();
        }
        BackgroundTask.wrap("", progress -> {
            CaseFile c = context.services().orders().caseOf(orderId);
            PaymentLedger l = context.services().payments().ledger(orderId);
            List<EvidenceItem> items = new ArrayList<>();
            for (Evidence e : c.evidence()) {
                items.add(OrderFacts.item(e, context.services().evidence().pathOf(e),
                        context.services().evidence().shown(e), context.services().evidence().orientation(e),
                        c.order().orderedOn(), context.texts(), clock.getZone()));
            }
            OrderGuidanceModel.Loaded advice;
            try {
                advice = OrderGuidanceModel.read(context.services(), c.order());
            } catch (DossierException e) {
                advice = null;
            }
            return new Loaded(c, l, items, advice, ChatModel.read(context.services(), orderId),
                    context.services().history().of(orderId), context.services().transfers().of(orderId));
        }).onSuccess(loaded -> {
            if (wanted == generation) {
                show(loaded);
            }
        }).onFailure(error -> {
            if (wanted == generation) {
                context.navigator().warn(ErrorText.of(error, context.texts()));
            }
        }).executeWith(context.runner());
    }

    /** Reads the shown order again (after a change here or elsewhere). */
    public void reload() {
        if (caseFile.get() != null) {
            load(caseFile.get().order().id());
        }
    }

    public void clear() {
        generation++;
        caseFile.set(null);
        payment.close();
        ledger.clear();
        facts.clear();
        specs.clear();
        receiving.clear();
        files.values().forEach(List::clear);
        guidance.clear();
        chats.clear();
        history.clear();
        transfers.clear();
    }

    private void show(Loaded loaded) {
        CaseFile c = loaded.caseFile();
        Order o = c.order();
        caseFile.set(c);
        title.set(o.label());
        subtitle.set(Text.isBlank(o.orderNumber()) ? context.t("order.noNumber") : o.product());
        factoryName.set(c.factory().displayName());
        channel.set(context.t("channel." + o.channel().name()));
        kind.set(context.t("kind." + o.kind().name()));
        facts.setAll(OrderFacts.header(c, context.texts(), LocalDate.now(clock)));
        specs.setAll(OrderFacts.specs(o, context.texts()));
        Map<EvidenceCategory, List<EvidenceItem>> byCategory = loaded.items().stream()
                .collect(Collectors.groupingBy(i -> i.evidence().category(), () -> new EnumMap<>(EvidenceCategory.class),
                        Collectors.toList()));
        if (loaded.guidance() == null) {
            guidance.clear();
        } else {
            guidance.show(loaded.guidance());
        }
        for (EvidenceCategory cat : EvidenceCategory.values()) {
            List<EvidenceItem> items = byCategory.getOrDefault(cat, List.of());
            files.get(cat).setAll(items);
            present.get(cat).set(!items.isEmpty());
            showState(cat, items.size(), guidance.check(cat));
        }
        ledger.show(loaded.ledger(), c.evidence().stream().collect(Collectors.toMap(Evidence::id, Function.identity())));
        received.set(c.receiving() != null);
        receiving.setAll(c.receiving() == null ? List.of() : ReceivingFacts.of(c.receiving(), o, context.texts()));
        chats.show(loaded.chats());
        history.show(loaded.history());
        transfers.show(loaded.transfers());
    }

    /**
     * Marks a tab by how complete its record is (by whether it has files while the guidance is
     * unknown): "Payments (1)" in amber when partial, "Receiving and QC: not yet" before the goods arrive.
     */
    private void showState(EvidenceCategory cat, int count, CheckLine check) {
        RecordState state = check != null ? check.state() : count > 0 ? RecordState.COMPLETE : RecordState.MISSING;
        String name = context.t("category." + cat.name());
        String title;
        if (count > 0) {
            title = context.t("order.tab.present", name, count);
        } else {
            title = switch (state) {
                case WAITING -> context.t("order.tab.waiting", name);
                case PARTIAL -> context.t("order.tab.partial", name);
                default -> context.t("order.tab.missing", name);
            };
        }
        states.get(cat).set(state);
        tabTitles.get(cat).set(title);
        StringBuilder tip = new StringBuilder();
        if (check != null) {
            tip.append(check.name()).append(": ").append(check.stateWords());
            check.reasons().forEach(r -> tip.append("\n• ").append(r));
        }
        tabTips.get(cat).set(tip.toString());
    }

    // ---- commands

    /** Copies files (or whole folders) into a category, in the background with progress and Stop. */
    public void attach(EvidenceCategory into, List<Path> chosen) {
        Order o = order();
        if (o == null || chosen.isEmpty()) {
            return;
        }
        String categoryName = context.t("category." + into.name());
        List<EvidenceInput> inputs = chosen.stream().map(EvidenceInput::of).toList();
        BackgroundTask.wrap(context.t("order.attach.running", categoryName),
                        progress -> context.services().evidence().attach(o.id(), into, inputs, progress))
                .onSuccess(report -> {
                    context.navigator().say(AttachWords.summary(report, categoryName, context.texts()));
                    if (!report.refused().isEmpty()) {
                        context.navigator().warn(AttachWords.refusals(report, categoryName, context.texts()));
                    }
                    reload();
                    changed.run();
                })
                .onFailure(error -> {
                    context.navigator().warn(ErrorText.of(error, context.texts()));
                    reload();
                })
                .executeWith(context.runner());
    }

    /** Asks for files with the system's chooser and attaches them to a category. */
    public void chooseAndAttach(EvidenceCategory into) {
        if (order() == null) {
            return;
        }
        List<Path> chosen = context.platform().chooseFiles(
                context.t("order.attach.choose", context.t("category." + into.name())));
        attach(into, chosen);
    }

    /** Attach… for the category shown now (Ctrl+O). */
    public void chooseAndAttach() {
        chooseAndAttach(category.get());
    }

    public void open(EvidenceItem item) {
        context.platform().open(item.path());
    }

    public void reveal(EvidenceItem item) {
        context.platform().reveal(item.path());
    }

    /** Sets (or, when blank, clears) a file's caption. */
    public void setCaption(EvidenceItem item, String caption) {
        BackgroundTask.wrap("", progress -> context.services().evidence().setCaption(item.evidence().id(), caption))
                .onSuccess(saved -> {
                    context.navigator().say(context.t("order.caption.saved", item.evidence().fileName()));
                    reload();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /**
     * Moves a file out of the order to the trash; the status line says how to put it back. A file
     * something still uses (a payment's proof, a chat, a dispute step's file) is refused in words.
     */
    public void removeFile(EvidenceItem item) {
        BackgroundTask.wrap("", progress -> context.services().trash().remove(item.evidence().id()))
                .onSuccess(trashed -> {
                    context.navigator().say(context.t("order.file.removed", item.evidence().fileName(), trashed.id()));
                    reload();
                    changed.run();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /**
     * Removes the order's receiving record entered by mistake; its photos stay among the order's files.
     * Refused in words while a dispute on the order is open.
     */
    public void removeReceiving() {
        Order o = order();
        if (o == null) {
            return;
        }
        BackgroundTask.wrap("", progress -> context.services().receiving().remove(o.id()))
                .onSuccess(removed -> {
                    context.navigator().say(context.t("order.rcv.removed", o.label()));
                    reload();
                    changed.run();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** The categories a file may be moved to from its own: the other three, in the seed's order. */
    public java.util.List<EvidenceCategory> moveTargets(EvidenceItem item) {
        return java.util.Arrays.stream(EvidenceCategory.values()).filter(c -> c != item.evidence().category()).toList();
    }

    /**
     * Moves a file attached to the wrong category to another one of the same order; the status line
     * says where it went. A payment's proof or a chat is refused in words.
     */
    public void moveFile(EvidenceItem item, EvidenceCategory to) {
        BackgroundTask.wrap("", progress -> context.services().evidence().move(item.evidence().id(), to))
                .onSuccess(moved -> {
                    context.navigator().say(context.t("order.file.moved", item.evidence().fileName(),
                            context.t("category." + to.name())));
                    reload();
                    changed.run();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** The orders a file may be moved to: the others not archived, the same factory's first. */
    public java.util.List<app.dossier.service.OrderSummary> otherOrders(EvidenceItem item) {
        Order o = order();
        return context.services().orders().list(null).stream()
                .filter(s -> s.order().id() != item.evidence().orderId())
                .sorted(java.util.Comparator.comparing(s -> o == null || s.order().factoryId() != o.factoryId()))
                .toList();
    }

    /**
     * Moves a file attached to the wrong order to another order's category; the status line says where
     * it went. A payment's proof, a chat, a photo that shows a defect or a dispute step's file is refused
     * in words.
     */
    public void moveFileToOrder(EvidenceItem item, app.dossier.service.OrderSummary to, EvidenceCategory category) {
        BackgroundTask.wrap("", progress -> context.services().evidence()
                        .moveToOrder(item.evidence().id(), to.order().id(), category))
                .onSuccess(moved -> {
                    context.navigator().say(context.t("order.file.movedToOrder", item.evidence().fileName(),
                            to.order().label(), context.t("category." + moved.category().name())));
                    reload();
                    changed.run();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** Marks where on a photo the defect is, or with null clears the mark. */
    public void markDefect(EvidenceItem item, DefectRegion region) {
        BackgroundTask.wrap("", progress -> context.services().evidence().markDefect(item.evidence().id(), region))
                .onSuccess(saved -> {
                    context.navigator().say(context.t(region == null ? "order.defect.cleared" : "order.defect.saved",
                            item.evidence().fileName()));
                    reload();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** What the dialog that marks the defect on a photo works with. */
    public DefectMarkModel defectMark(EvidenceItem item) {
        return new DefectMarkModel(context.texts(), item.evidence().defectRegion());
    }

    /**
     * The dispute still open on the order shown, to point to before a second one is opened
     * ({@link DisputeOpening}); empty when there is none.
     */
    public java.util.Optional<Dispute> openDisputeAlready() {
        CaseFile c = caseFile.get();
        return c == null ? java.util.Optional.empty() : DisputeOpening.openAlready(c.disputes());
    }

    /** "Opened on 20/11/2026 · Sent · “20 sets short”": the open dispute as the question names it. */
    public String describe(Dispute open) {
        return context.t("order.dispute.already.which", DateInput.format(open.openedOn()),
                context.t("status." + open.status().name()), open.summary() == null ? "" : open.summary());
    }

    /** Shows the dispute the user was pointed to, instead of opening another. */
    public void goToDispute(Dispute open) {
        context.navigator().showDispute(open.id());
    }

    /** Opens a dispute with a one-line summary, then shows it. */
    public void openDispute(String summary) {
        openDispute(summary, false);
    }

    /**
     * Opens a dispute, a second one on purpose when {@code another} (the user was shown the one open and
     * chose to open another), then shows it.
     */
    public void openDispute(String summary, boolean another) {
        Order o = order();
        if (o == null) {
            return;
        }
        BackgroundTask.wrap(context.t("order.dispute.opening"),
                        progress -> context.services().disputes().open(o.id(), summary, another))
                .onSuccess(dispute -> {
                    context.navigator().say(context.t("order.dispute.opened", o.label()));
                    changed.run();
                    context.navigator().showDispute(dispute.id());
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    public void receive() {
        Order o = order();
        if (o != null) {
            context.navigator().showReceiving(o.id());
        }
    }

    public void showFactory() {
        CaseFile c = caseFile.get();
        if (c != null) {
            context.navigator().showFactory(c.factory().id());
        }
    }

    // ---- state

    /** The order shown, or null. */
    /** The defects of the receiving record to correct; null when the order was not received. */
    public DefectsEditModel editDefects() {
        CaseFile c = caseFile.get();
        if (c == null || c.receiving() == null) {
            return null;
        }
        return new DefectsEditModel(context, c, files.get(EvidenceCategory.RECEIVING), named -> {
            CaseFile shown = caseFile.get();
            if (shown != null && shown.order().id() == c.order().id()) {
                caseFile.set(new CaseFile(shown.format(), shown.factory(), shown.order(), shown.evidence(),
                        shown.payments(), named, shown.disputes(), shown.conversations(), shown.archivedAt()));
                receiving.setAll(ReceivingFacts.of(named, shown.order(), context.texts()));
            }
            changed.run();
        });
    }

    public Order order() {
        return caseFile.get() == null ? null : caseFile.get().order();
    }

    public ReadOnlyObjectProperty<CaseFile> caseFileProperty() {
        return caseFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factoryNameProperty() {
        return factoryName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty channelProperty() {
        return channel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** Quantity, prices, dates. */
    public ObservableList<Fact> facts() {
        return facts;
    }

    /** What the factory agreed to: colours, sizes, packaging, price at quantity; and notes. */
    public ObservableList<Fact> specs() {
        return specs;
    }

    public ObservableList<Fact> receivingFacts() {
        return receiving;
    }

    public ReadOnlyBooleanProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ObservableList<EvidenceItem> files(EvidenceCategory c) {
        return files.get(c);
    }

    /** "Payments ✓ 3" or "Payments: missing". */
    public ReadOnlyStringProperty tabTitleProperty(EvidenceCategory c) {
        return tabTitles.get(c).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentProperty(EvidenceCategory c) {
        return present.get(c).getReadOnlyProperty();
    }

    /** How complete the category's record is: the tab's mark. */
    public ReadOnlyObjectProperty<RecordState> stateProperty(EvidenceCategory c) {
        return states.get(c).getReadOnlyProperty();
    }

    /** The record's state and why it is not complete, for the tab's tooltip; empty before it is known. */
    public ReadOnlyStringProperty tabTipProperty(EvidenceCategory c) {
        return tabTips.get(c).getReadOnlyProperty();
    }

    /** What Dossier tells the user about this order. */
    public OrderGuidanceModel guidance() {
        return guidance;
    }

    /** The category whose tab is shown; Attach… without a category goes there. */
    public ObjectProperty<EvidenceCategory> categoryProperty() {
        return category;
    }

    /** The order's WeChat chats, shown in Chat and agreements. */
    /** The order's history of changes, read again with the order after every change. */
    /** The transfers in the order's chats not yet recorded as payments, offered on the Payments tab. */
    public ChatTransfersModel transfers() {
        return transfers;
    }

    public HistoryModel history() {
        return history;
    }

    public ChatModel chats() {
        return chats;
    }

    public LedgerModel ledger() {
        return ledger;
    }

    public PaymentFormModel payment() {
        return payment;
    }
}
