package app.dossier.ui.dispute;

import app.dossier.domain.Evidence;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.MessageDrafter;
import app.dossier.domain.Resolution;
import app.dossier.files.SafeNames;
import app.dossier.service.DisputeDraft;
import app.dossier.service.RefundFolderWritten;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The folder for the 1688 refund form: one to five of the order's images (the receiving photos are
 * ticked first) and the description of at most 150 characters, drafted in Chinese. Left empty, the
 * description is drafted by the service.
 */
public final class RefundRequestForm {
    /** What the 1688 refund form takes. */
    public static final int MAX_IMAGES = 5;
    public static final int MAX_DESCRIPTION = 150;

    private final DisputeWorkViewModel work;
    private final Texts texts;
    private final long orderId;
    private final String orderLabel;
    private final ObservableList<RefundImage> images = FXCollections.observableArrayList();
    private final ObservableList<RefundImage> imagesView = FXCollections.unmodifiableObservableList(images);
    private final ReadOnlyIntegerWrapper chosenCount = new ReadOnlyIntegerWrapper(0);
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper tooLong = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RefundFolderWritten> written = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    RefundRequestForm(DisputeWorkViewModel work) {
        this.work = work;
        this.texts = work.texts();
        DisputeDraft draft = work.current();
        this.orderId = draft.dispute().orderId();
        this.orderLabel = draft.caseFile().order().label();
        Set<Long> receiving = draft.facts().receivingEvidence().stream().map(Evidence::id).collect(Collectors.toSet());
        List<Evidence> pictures = draft.caseFile().evidence().stream()
                .filter(e -> e.mediaType() != null && e.mediaType().startsWith("image/"))
                .sorted(Comparator.<Evidence, Boolean>comparing(e -> !receiving.contains(e.id()))
                        .thenComparing(Evidence::category)
                        .thenComparing(Evidence::capturedAt, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()))
                        .thenComparingLong(Evidence::id))
                .toList();
        for (Evidence picture : pictures) {
            RefundImage image = new RefundImage(picture, picture.caption() == null ? "" : picture.caption());
            image.selectable().bind(image.chosenProperty().or(chosenCount.lessThan(MAX_IMAGES)));
            image.chosenProperty().addListener((o, was, now) -> chose(image, now));
            images.add(image);
        }
        images.stream().filter(i -> receiving.contains(i.evidence().id())).limit(MAX_IMAGES)
                .forEach(i -> i.chosenProperty().set(true));
        description.addListener((o, was, now) -> count());
        description.set(drafted(draft));
        count();
        work.run("", progress -> pictures.stream().map(e -> new Placed(work.context().services().evidence().shown(e),
                        work.context().services().evidence().orientation(e))).toList(),
                placed -> {
                    for (int i = 0; i < placed.size(); i++) {
                        images.get(i).file(placed.get(i).path(), placed.get(i).orientation());
                    }
                }, problem::set);
    }

    /** Where an image is and which way up, read off the window's thread. */
    private record Placed(java.nio.file.Path path, int orientation) {
    }

    // ---- what the view binds to

    /** The order's images, the receiving photos first. */
    public ObservableList<RefundImage> images() {
        return imagesView;
    }

    public ReadOnlyIntegerProperty chosenCountProperty() {
        return chosenCount.getReadOnlyProperty();
    }

    /** The description to paste into the form; empty lets the service draft it. */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** "87 / 150". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tooLongProperty() {
        return tooLong.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the folder was written, in a sentence; empty before. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RefundFolderWritten> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // ---- commands

    /** Asks for a folder and writes the request into a new folder inside it. */
    public void write() {
        if (busy.get()) {
            return;
        }
        List<Long> ids = images.stream().filter(i -> i.chosenProperty().get()).map(i -> i.evidence().id()).toList();
        if (ids.isEmpty()) {
            problem.set(texts.get("dispute.refund.noImages", MAX_IMAGES));
            return;
        }
        if (tooLong.get()) {
            problem.set(texts.get("dispute.refund.tooLong", length(description.get()), MAX_DESCRIPTION));
            return;
        }
        Optional<Path> folder = work.context().platform().chooseFolder(texts.get("dispute.refund.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        Path target = folder.get().resolve(
                SafeNames.segment(texts.get("dispute.refund.folderName", orderLabel), "Dossier"));
        String text = description.get();
        problem.set("");
        result.set("");
        busy.set(true);
        work.run(texts.get("dispute.refund.writing"),
                progress -> work.context().services().disputes().writeRefundFolder(orderId, target, ids, text),
                folderWritten -> {
                    busy.set(false);
                    written.set(folderWritten);
                    result.set(texts.get("dispute.refund.written", folderWritten.images().size(),
                            folderWritten.folder().toString()));
                    work.context().navigator().say(result.get());
                }, refused -> {
                    busy.set(false);
                    problem.set(refused);
                });
    }

    /** Opens the folder written, with its first image selected. */
    public void showInFolder() {
        RefundFolderWritten folder = written.get();
        if (folder != null) {
            work.context().platform().reveal(folder.images().isEmpty() ? folder.description() : folder.images().get(0));
        }
    }

    // ---- rules

    private void chose(RefundImage image, boolean now) {
        long count = images.stream().filter(i -> i.chosenProperty().get()).count();
        if (now && count > MAX_IMAGES) {
            // Ticked past the limit (the view disables the boxes, but a key press may slip through).
            image.chosenProperty().set(false);
            problem.set(texts.get("dispute.refund.tooMany", MAX_IMAGES));
            return;
        }
        chosenCount.set((int) count);
        if (count <= MAX_IMAGES) {
            problem.set("");
        }
    }

    private void count() {
        int length = length(description.get());
        counter.set(texts.get("dispute.refund.counter", length, MAX_DESCRIPTION));
        tooLong.set(length > MAX_DESCRIPTION);
    }

    /** Characters as the platform counts them: code points of the trimmed, NFC text. */
    private static int length(String text) {
        String even = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return even.codePointCount(0, even.length());
    }

    /** The description as the service would draft it; empty when there is nothing to claim yet. */
    private static String drafted(DisputeDraft draft) {
        Resolution resolution = draft.dispute().resolution() != null ? draft.dispute().resolution()
                : draft.proposedRefund();
        try {
            return MessageDrafter.refundDescription(draft.facts(), resolution);
        } catch (InvalidInputException e) {
            return "";
        }
    }
}
