package app.dossier.ui.dispute;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.files.SafeNames;
import app.dossier.service.DisputeDraft;
import app.dossier.service.PacketWritten;
import app.dossier.ui.common.Printing;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The dispute packet: a PDF of the claim, the message, the steps and every file, in Chinese and the
 * buyer's language. Missing evidence is said before it is built, not hidden; the user may build it
 * anyway. Once written it can be opened, printed or shown in its folder.
 */
public final class PacketMaker {
    private final DisputeWorkViewModel work;
    private final Texts texts;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PacketWritten> written = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ObjectProperty<Integer> replyWithinDays =
            new SimpleObjectProperty<>(app.dossier.domain.PacketOptions.USUAL_DAYS);
    private final ObjectProperty<app.dossier.domain.PacketCopy> copy =
            new SimpleObjectProperty<>(app.dossier.domain.PacketCopy.FACTORY);

    private final FactoryTexts factoryTexts;

    PacketMaker(DisputeWorkViewModel work) {
        this.work = work;
        this.texts = work.texts();
        this.factoryTexts = new FactoryTexts(work);
    }

    /** The texts the factory will read that are not in Chinese, said before its copy is made. */
    public FactoryTexts factoryTexts() {
        return factoryTexts;
    }

    // ---- what the view binds to

    /** Names the missing evidence categories and asks whether to build anyway; empty when not asking. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** "Wrote Dispute 2837461920384756123.pdf: 14 pages, 2.1 MB, 10 photos." once written. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the packet was not written, in words; empty when nothing failed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The packet last written for this dispute; null before one is. */
    public ReadOnlyObjectProperty<PacketWritten> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** True while the packet is being built. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The days the factory is given to reply; page 1 asks for a reply by the packet's date plus these. */
    public javafx.beans.property.ObjectProperty<Integer> replyWithinDaysProperty() {
        return replyWithinDays;
    }

    /** Which copy to make: the factory's (the default) or the buyer's own, with everything. */
    public ObjectProperty<app.dossier.domain.PacketCopy> copyProperty() {
        return copy;
    }

    // ---- commands

    /** Warns first when evidence is missing; otherwise asks where to save and builds. */
    public void make() {
        DisputeDraft draft = work.current();
        if (draft == null || busy.get()) {
            return;
        }
        problem.set("");
        List<EvidenceCategory> missing = draft.missing();
        if (!missing.isEmpty()) {
            warning.set(texts.get(copy.get() == app.dossier.domain.PacketCopy.FACTORY ? "dispute.packet.missingFactory"
                    : "dispute.packet.missing", missing.size(), missing.stream()
                    .map(c -> texts.get("category." + c.name())).collect(Collectors.joining(", "))));
            return;
        }
        chooseAndBuild();
    }

    /** Builds the packet although evidence is missing; the packet's cover says which. */
    public void buildAnyway() {
        warning.set("");
        chooseAndBuild();
    }

    public void cancel() {
        warning.set("");
    }

    public void open() {
        if (written.get() != null) {
            work.context().platform().open(written.get().file());
        }
    }

    public void showInFolder() {
        if (written.get() != null) {
            work.context().platform().reveal(written.get().file());
        }
    }

    /**
     * Prints the packet through the system's print dialog, page after page in the background; says how it
     * ended ({@link PrintReport}): printed only when the printer took it all, and in plain words when this
     * computer has no printer.
     */
    public void print() {
        if (written.get() == null) {
            return;
        }
        Path file = written.get().file();
        Printing.Start start = work.context().platform().startPrint(file.getFileName().toString());
        if (start.job() == null) {
            report(start.outcome(), file, 0);
            return;
        }
        Printing.Job job = start.job();
        int[] pages = {0};
        work.run(texts.get("dispute.packet.printing"), progress -> {
            try (var toPrint = work.context().services().disputes().pagesToPrint(file)) {
                for (int i = 0; i < toPrint.count(); i++) {
                    progress.progress(i, toPrint.count(), file.getFileName().toString());
                    if (!job.print(toPrint.page(i))) {
                        job.cancel();
                        return Printing.Outcome.FAILED;
                    }
                    pages[0]++;
                }
            } catch (RuntimeException e) {
                job.cancel();
                throw e;
            }
            return job.end();
        }, outcome -> report(outcome, file, pages[0]), null);
    }

    private void report(Printing.Outcome outcome, Path file, int pages) {
        PrintReport.Said said = PrintReport.of(outcome, file, pages, texts);
        if (said.warning()) {
            work.context().navigator().warn(said.text());
        } else {
            work.context().navigator().say(said.text());
        }
    }

    // ---- loading

    void load(boolean sameDispute) {
        factoryTexts.load(work.current());
        if (!sameDispute) {
            warning.set("");
            result.set("");
            problem.set("");
            written.set(null);
        }
    }

    // ---- building

    private void chooseAndBuild() {
        DisputeDraft draft = work.current();
        Optional<Path> chosen = work.context().platform().chooseSaveFile(texts.get("dispute.packet.saveTitle"),
                suggestedName(draft));
        chosen.ifPresent(target -> build(draft, withPdfExtension(target)));
    }

    private void build(DisputeDraft draft, Path target) {
        long orderId = draft.dispute().orderId();
        app.dossier.domain.PacketCopy chosen = copy.get() == null ? app.dossier.domain.PacketCopy.FACTORY
                : copy.get();
        // the factory's copy is Chinese and English, which a factory or a 1688 agent reads; the buyer's own
        // copy is Chinese and the dispute's language
        Language language = chosen == app.dossier.domain.PacketCopy.FACTORY ? null : draft.dispute().buyerLanguage();
        app.dossier.domain.PacketOptions options = new app.dossier.domain.PacketOptions(chosen, language,
                replyWithinDays.get() == null ? app.dossier.domain.PacketOptions.USUAL_DAYS : replyWithinDays.get());
        busy.set(true);
        result.set("");
        written.set(null);
        work.run(texts.get("dispute.packet.making"),
                progress -> work.context().services().disputes().writePacket(orderId, options, target, progress),
                packet -> {
                    busy.set(false);
                    written.set(packet);
                    result.set(describe(packet));
                    work.context().navigator().say(result.get());
                }, refused -> {
                    busy.set(false);
                    problem.set(refused);
                });
    }

    /** "Dispute 2837461920384756123.pdf", with what no file name may hold replaced. */
    String suggestedName(DisputeDraft draft) {
        return SafeNames.fileName(texts.get("dispute.packet.fileName", draft.caseFile().order().label()) + ".pdf");
    }

    private static Path withPdfExtension(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? target : target.resolveSibling(name + ".pdf");
    }

    private String describe(PacketWritten packet) {
        String text = texts.get("dispute.packet.written", packet.file().getFileName().toString(),
                texts.formats().count(packet.pages()), size(packet.bytes()), packet.photos());
        if (!packet.photosNotShown().isEmpty()) {
            text += " " + texts.get("dispute.packet.notShown", String.join(", ", packet.photosNotShown()));
        }
        return text;
    }

    private String size(long bytes) {
        if (bytes < 1_000_000) {
            return texts.formats().count(Math.max(1, Math.round(bytes / 1000.0))) + " KB";
        }
        return texts.formats().decimal(bytes / 1_000_000.0, 1) + " MB";
    }
}
