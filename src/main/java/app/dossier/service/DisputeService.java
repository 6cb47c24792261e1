package app.dossier.service;

import java.util.Set;
import java.util.HashSet;
import app.dossier.domain.Undoable;
import app.dossier.domain.Correction;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DisputeMessage;
import app.dossier.domain.DisputeOpening;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DisputeStepRules;
import app.dossier.domain.DisputeTimeline;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Language;
import app.dossier.domain.BusinessProfile;
import app.dossier.domain.PacketCopy;
import app.dossier.domain.PacketOptions;
import app.dossier.domain.MessageDrafter;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.Resolution;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.imports.PhotoMetadata;
import app.dossier.imports.PhotoMetadataCache;
import app.dossier.packet.DisputePacket;
import app.dossier.packet.PacketContent;
import app.dossier.packet.PacketPhoto;
import app.dossier.packet.PacketSummary;
import app.dossier.packet.RefundRequestFolder;
import app.dossier.store.BusinessProfiles;
import app.dossier.store.Disputes;
import app.dossier.store.Histories;
import app.dossier.store.Session;
import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Disputes: opening one from an order, the proposed resolution, the drafted and edited message,
 * the dated steps with their evidence, the PDF packet and the 1688 refund-request folder.
 */
public final class DisputeService {
    private final UnitOfWork work;
    private final Disputes disputes;
    private final BusinessProfiles profiles;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Attachments attachments;
    private final PhotoMetadataCache photoMetadata;
    private final Clock clock;
    private final Histories histories;

    /** {@code photoMetadata}: the photos' metadata read once per content for this data folder, shared with the thumbnails. */
    public DisputeService(UnitOfWork work, Disputes disputes, BusinessProfiles profiles, Histories histories,
            CaseRecords records, CaseFiles caseFiles, Attachments attachments, PhotoMetadataCache photoMetadata,
            Clock clock) {
        this.work = work;
        this.histories = histories;
        this.disputes = disputes;
        this.profiles = profiles;
        this.records = records;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
        this.photoMetadata = photoMetadata;
        this.clock = clock;
    }

    /**
     * Opens a dispute as a draft, dated today, proposing the refund the records support (units
     * short and defective × unit price) when there is one.
     */
    public Dispute open(long orderId, String typedSummary) {
        return open(orderId, typedSummary, false);
    }

    /**
     * Opens a dispute as {@link #open(long, String)} does; while one is open on the order it is refused
     * ({@code DISPUTE_ALREADY_OPEN}, see {@link DisputeOpening}) unless {@code another} asks for a second.
     */
    public Dispute open(long orderId, String typedSummary, boolean another) {
        String summary = TextLimit.DISPUTE_SUMMARY.checked(typedSummary);
        return work.change("Could not open the dispute", change -> {
            CaseFile caseFile = records.caseOf(change.db(), orderId);
            DisputeOpening.problem(caseFile.order(), caseFile.disputes(), another).ifPresent(refused -> {
                throw new DossierException(refused);
            });
            LocalDateTime now = now();
            Resolution proposed = Resolution.proposedRefund(caseFile).orElse(null);
            Dispute draft = new Dispute(0, orderId, now.toLocalDate(), DisputeStatus.DRAFT, Text.clean(summary),
                    proposed, Language.VIETNAMESE, null, null, List.of(
                            new DisputeEvent(DisputeStatus.DRAFT, now, Text.clean(summary))));
            change.step("database");
            Dispute saved = disputes.insert(change.db(), draft);
            caseFiles.writeCase(change, orderId);
            return saved;
        });
    }

    public List<Dispute> all() {
        return work.read(db -> disputes.all(db));
    }

    public List<Dispute> ofOrder(long orderId) {
        return work.read(db -> disputes.ofOrder(db, orderId));
    }

    public Dispute byId(long disputeId) {
        return work.read(db -> dispute(db, disputeId));
    }

    private Dispute dispute(Session db, long disputeId) {
        return disputes.byId(db, disputeId)
                .orElseThrow(() -> new DossierException(Refusal.DISPUTE_NOT_FOUND.with(disputeId)));
    }

    /** The dispute with its facts, messages and next steps, for its view. */
    public DisputeDraft draft(long disputeId) {
        return work.read(db -> {
            Dispute dispute = dispute(db, disputeId);
            return draftOf(dispute, records.caseOf(db, dispute.orderId()));
        });
    }

    private static DisputeDraft draftOf(Dispute dispute, CaseFile caseFile) {
        DisputeFacts facts = DisputeFacts.of(caseFile);
        String factoryText = dispute.factoryMessage();
        String buyerText = dispute.buyerMessage();
        String why = null;
        if (factoryText == null || buyerText == null) {
            try {
                if (dispute.resolution() == null) {
                    // Opened before anything was counted: say first what is missing from the records.
                    MessageDrafter.claim(facts, Language.CHINESE);
                    throw new InvalidInputException(Refusal.DISPUTE_RESOLUTION_REQUIRED.with());
                }
                List<DisputeMessage> drafted = MessageDrafter.draftForFactoryAndBuyer(facts, dispute.resolution(),
                        dispute.buyerLanguage());
                factoryText = factoryText != null ? factoryText : drafted.get(0).text();
                buyerText = buyerText != null ? buyerText : drafted.get(drafted.size() - 1).text();
            } catch (InvalidInputException e) {
                why = e.getMessage();
            }
        }
        boolean edited = dispute.factoryMessage() != null || dispute.buyerMessage() != null;
        return new DisputeDraft(dispute, caseFile, facts, factoryText, buyerText, edited,
                Resolution.proposedRefund(caseFile).orElse(null), DisputeTimeline.allowedNext(dispute.status()),
                facts.missingCategories(), why);
    }

    /**
     * Sets what the buyer asks for. The messages go back to the drafted text, which states the new
     * resolution; edits made to the old one would no longer match it.
     */
    public Dispute setResolution(long disputeId, Resolution resolution) {
        return update(disputeId, "Could not save the resolution",
                d -> d.withResolution(resolution).withMessages(d.buyerLanguage(), null, null));
    }

    /** The language of the buyer's copy of the message (and of the packet's second language). */
    public Dispute setBuyerLanguage(long disputeId, Language language) {
        if (language == Language.CHINESE) {
            throw new InvalidInputException(Refusal.DISPUTE_OWN_COPY_NOT_CHINESE.with());
        }
        return update(disputeId, "Could not change the language",
                d -> d.withMessages(language, d.factoryMessage(), null));
    }

    /** Keeps the messages as the user edited them; a blank text goes back to the drafted one. */
    public Dispute saveMessages(long disputeId, String forFactory, String forBuyer) {
        String factoryText = TextLimit.DISPUTE_MESSAGE.checked(forFactory);
        String buyerText = TextLimit.DISPUTE_MESSAGE.checked(forBuyer);
        return update(disputeId, "Could not save the message",
                d -> d.withMessages(d.buyerLanguage(), factoryText, buyerText));
    }

    /**
     * Records the next step (sent, factory replied, escalated, resolved, closed) with when it
     * happened, a note, and evidence such as a screenshot of the factory's reply, saved in the
     * order's Chat and agreements. All or nothing.
     */
    public Dispute advance(long disputeId, DisputeStatus status, LocalDateTime at, String note,
            List<EvidenceInput> evidence) {
        TextLimit.STEP_NOTE.checked(note);
        return work.change("Could not record the step", change -> {
            Dispute dispute = dispute(change.db(), disputeId);
            Order order = records.order(change.db(), dispute.orderId());
            if (dispute.events().isEmpty()) {
                // A dispute opened before steps were recorded starts from its opening day.
                dispute = dispute.then(new DisputeEvent(DisputeStatus.DRAFT, dispute.openedOn().atStartOfDay(),
                        dispute.summary()));
            }
            DisputeTimeline timeline = DisputeTimeline.of(dispute.events());
            LocalDateTime when = at == null ? now() : at;
            FieldProblem.refuse(DisputeStepRules.problems(dispute.openedOn(), dispute.events(),
                    dispute.events().size(), when, note, now().toLocalDate()));
            List<Long> ids = new ArrayList<>();
            for (EvidenceInput input : EvidenceService.expand(evidence)) {
                ids.add(attachments.attach(change, order, EvidenceCategory.AGREEMENT, input).evidence().id());
            }
            DisputeEvent event = new DisputeEvent(status, when, note, ids);
            timeline.then(event);
            change.step("database");
            Dispute saved = dispute.then(event);
            disputes.update(change.db(), saved);
            caseFiles.writeCase(change, order.id());
            return saved;
        });
    }

    /**
     * Corrects step {@code number} (counted from 1, as the dispute lists them): when it happened and its
     * note, checked by {@link DisputeStepRules} as a new step is, and its files: those of
     * {@code keptFiles} (ids among the order's files; null: the step's own) are kept with it, {@code newFiles} are kept in the order's
     * Chat and agreements and added. A file no longer kept with the step stays in the order's files. Its
     * status stays: a step recorded as the wrong one is removed and recorded again. All or nothing.
     */
    public Dispute editStep(long disputeId, int number, LocalDateTime at, String note, List<Long> keptFiles,
            List<EvidenceInput> newFiles) {
        TextLimit.STEP_NOTE.checked(note);
        return work.change("Could not correct the step", change -> {
            Dispute dispute = dispute(change.db(), disputeId);
            List<DisputeEvent> events = dispute.events();
            DisputeStepRules.missing(events, number).ifPresent(missing -> {
                throw new InvalidInputException(missing);
            });
            DisputeEvent step = events.get(number - 1);
            FieldProblem.refuse(DisputeStepRules.problems(dispute.openedOn(), events, number - 1, at, note,
                    now().toLocalDate()));
            Order order = records.order(change.db(), dispute.orderId());
            // The files it keeps: any of the order's (an undo gives back one the correction took off it).
            Set<Long> ordersFiles = new HashSet<>();
            records.caseOf(change.db(), order.id()).evidence().forEach(e -> ordersFiles.add(e.id()));
            List<Long> ids = new ArrayList<>((keptFiles == null ? step.evidenceIds() : keptFiles).stream()
                    .filter(ordersFiles::contains).distinct().toList());
            for (EvidenceInput input : EvidenceService.expand(newFiles)) {
                long id = attachments.attach(change, order, EvidenceCategory.AGREEMENT, input).evidence().id();
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            List<DisputeEvent> corrected = new ArrayList<>(events);
            corrected.set(number - 1, new DisputeEvent(step.status(), at, note, ids));
            change.undoneBy(Undoable.EDIT_STEP, new Correction.PutStepBack(disputeId, number, step.at(), step.note(),
                    step.evidenceIds()));
            return save(change, dispute.withEvents(corrected));
        });
    }

    /**
     * Removes step {@code number} (counted from 1) recorded by mistake; the dispute's status goes back to
     * what the steps left say. The files kept with it stay in the order's files, in their category. The
     * opening step is never removed, nor one a later step follows from.
     */
    public Dispute removeStep(long disputeId, int number) {
        return work.change("Could not remove the step", change -> {
            Dispute dispute = dispute(change.db(), disputeId);
            DisputeStepRules.removalProblem(dispute.events(), number).ifPresent(problem -> {
                throw new InvalidInputException(problem);
            });
            List<DisputeEvent> left = new ArrayList<>(dispute.events());
            left.remove(number - 1);
            return save(change, dispute.withEvents(left));
        });
    }

    private Dispute save(Change change, Dispute saved) throws java.io.IOException {
        change.step("database");
        disputes.update(change.db(), saved);
        caseFiles.writeCase(change, saved.orderId());
        return saved;
    }

    private Dispute update(long disputeId, String what, java.util.function.UnaryOperator<Dispute> edit) {
        return work.change(what, change -> {
            return save(change, edit.apply(dispute(change.db(), disputeId)));
        });
    }

    /**
     * Writes the dispute packet of an order: for its newest dispute when it has one, else from the
     * records alone with the refund they support. Photos are placed upright and downscaled.
     */
    public PacketWritten writePacket(long orderId, Language buyerLanguage, Path target, ProgressListener progress) {
        return writePacket(orderId, buyerLanguage, PacketCopy.OWN, target, progress);
    }

    /** The packet as {@link #writePacket(long, Language, Path, ProgressListener)}, as the factory's copy or the buyer's own. */
    public PacketWritten writePacket(long orderId, Language buyerLanguage, PacketCopy copy, Path target,
            ProgressListener progress) {
        return writePacket(orderId, PacketOptions.of(copy, buyerLanguage), target, progress);
    }

    /** The packet made as {@code options} say: whose copy, which language beside Chinese, the days to reply. */
    public PacketWritten writePacket(long orderId, PacketOptions options, Path target, ProgressListener progress) {
        PacketContent content = work.read(db -> {
            CaseFile caseFile = records.caseOf(db, orderId);
            List<Dispute> ofOrder = disputes.ofOrder(db, orderId);
            Dispute dispute = ofOrder.isEmpty() ? null : ofOrder.get(ofOrder.size() - 1);
            HistoryService.ChangeHistory history = HistoryService.ChangeHistory.of(histories.lines(db, orderId));
            return content(caseFile, dispute, options.languageBeside(dispute == null ? null : dispute.buyerLanguage()),
                    progress).withCopy(options.copy()).withReplyWithin(options.replyWithinDays())
                    .withBuyer(profiles.find(db).orElse(BusinessProfile.empty()))
                    .withHistory(history.entries(), history.head().orElse(null));
        });
        progress.progress(0, content.caseFile().evidence().size(), target.getFileName().toString());
        PacketSummary summary = new DisputePacket().write(content, target);
        return new PacketWritten(summary.file(), summary.pages(), summary.bytes(), summary.photos(),
                summary.photosNotShown());
    }

    private PacketContent content(CaseFile caseFile, Dispute dispute, Language language, ProgressListener progress) {
        Dispute shown = dispute != null ? dispute
                : new Dispute(0, caseFile.order().id(), LocalDate.now(clock), DisputeStatus.DRAFT, null,
                        Resolution.proposedRefund(caseFile).orElse(null), language, null, null, List.of());
        if (shown.buyerLanguage() != language) {
            shown = shown.withMessages(language, shown.factoryMessage(), null);
        }
        DisputeDraft draft = draftOf(shown, caseFile);
        List<DisputeMessage> messages = new ArrayList<>();
        if (draft.factoryMessage() != null && draft.buyerMessage() != null) {
            messages.add(new DisputeMessage(Language.CHINESE, claim(draft.facts(), Language.CHINESE),
                    draft.factoryMessage()));
            messages.add(new DisputeMessage(language, claim(draft.facts(), language), draft.buyerMessage()));
        }
        return new PacketContent(caseFile, draft.facts(), shown.resolution(), messages, shown.events(),
                photos(caseFile, progress), language, LocalDate.now(clock));
    }

    private static String claim(DisputeFacts facts, Language language) {
        try {
            return MessageDrafter.claim(facts, language);
        } catch (InvalidInputException e) {
            return "";
        }
    }

    /** Where each file is and which way up, counting them off for the progress bar and stopping when asked. */
    private Function<Evidence, PacketPhoto> photos(CaseFile caseFile, ProgressListener progress) {
        AtomicInteger done = new AtomicInteger();
        int total = caseFile.evidence().size();
        return evidence -> {
            if (progress.cancelled()) {
                throw new DossierException(Refusal.PACKET_STOPPED.with());
            }
            progress.progress(done.incrementAndGet(), total, evidence.fileName());
            Path file = caseFiles.tree().resolve(caseFile.order().folder() + "/" + evidence.file());
            if (!Files.isRegularFile(file)) {
                return null;
            }
            boolean dated = evidence.mediaType().startsWith("image/") || evidence.mediaType().startsWith("video/");
            PhotoMetadata metadata = dated ? photoMetadata.of(evidence.sha256(), file) : PhotoMetadata.NONE;
            return new PacketPhoto(file, metadata.orientation(), metadata.duration().orElse(null));
        };
    }

    /**
     * Writes the folder for the 1688 refund form: the chosen images (at most five) as JPG under 1 MB
     * each, and the description (at most 150 characters, drafted in Chinese when none is given).
     */
    public RefundFolderWritten writeRefundFolder(long orderId, Path folder, List<Long> evidenceIds,
            String description) {
        TextLimit.REFUND_DESCRIPTION.checked(description);
        return work.read(db -> {
            CaseFile caseFile = records.caseOf(db, orderId);
            List<Evidence> chosen = new ArrayList<>();
            for (long id : evidenceIds) {
                chosen.add(caseFile.evidence().stream().filter(e -> e.id() == id).findFirst()
                        .orElseThrow(() -> new DossierException(Refusal.FILE_NOT_IN_ORDER.with())));
            }
            List<Dispute> ofOrder = disputes.ofOrder(db, orderId);
            Resolution resolution = ofOrder.isEmpty() ? Resolution.proposedRefund(caseFile).orElse(null)
                    : ofOrder.get(ofOrder.size() - 1).resolution();
            String text = Text.clean(description) != null ? description
                    : MessageDrafter.refundDescription(DisputeFacts.of(caseFile), resolution);
            RefundRequestFolder.Written written = new RefundRequestFolder().write(folder, text, chosen,
                    photos(caseFile, ProgressListener.NONE));
            return new RefundFolderWritten(written.folder(), written.images(), written.description());
        });
    }

    /** A written packet's pages as pictures, one at a time, for the window's printer; close it after. */
    public PagesToPrint pagesToPrint(Path packet) {
        return PagesToPrint.of(packet);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }
}
