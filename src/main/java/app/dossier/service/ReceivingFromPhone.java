package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DefectKind;
import app.dossier.domain.DossierException;
import app.dossier.domain.OrderSearch;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
import app.dossier.domain.Text;
import app.dossier.files.SafeNames;
import app.dossier.imports.PhotoMetadata;
import app.dossier.tree.ContentScan;
import app.dossier.tree.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Receiving from the warehouse's phone: the orders waiting for goods, the photos the phone sends one
 * by one (held in a folder of their own until the record is saved), and the record saved with them
 * through {@link ReceivingService}, the desktop's own all-or-nothing change. A photo that arrives cut
 * off, or that attaching would refuse, is not held; nothing reaches the case file before Save.
 */
public final class ReceivingFromPhone implements AutoCloseable {
    /** Larger than any phone photo (a 200 MP JPEG is about 30 MB). */
    public static final long MAX_PHOTO_BYTES = 40L * 1024 * 1024;
    /** How long a photo sent but not yet saved with a record waits. */
    static final Duration HELD_FOR = Duration.ofHours(24);
    private static final int LISTED = 50;

    private final OrderService orders;
    private final ReceivingService receiving;
    private final Path holding;
    private final Clock clock;
    private final Map<String, HeldPhoto> held = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** {@code holding}: an empty folder of this computer's own, removed with what is in it on {@link #close()}. */
    public ReceivingFromPhone(OrderService orders, ReceivingService receiving, Path holding, Clock clock) {
        this.orders = orders;
        this.receiving = receiving;
        this.holding = holding;
        this.clock = clock;
    }

    /** A photo the phone sent, waiting for its record to be saved. {@code takenAt} null when it does not say. */
    public record HeldPhoto(String id, long orderId, String name, Path file, long size, String sha256,
            LocalDateTime takenAt, Instant heldAt) {
    }

    /** A record could not be saved because photos it names are no longer held: the phone sends them again. */
    public static final class PhotosGone extends DossierException {
        private final List<String> ids;

        PhotosGone(List<String> ids) {
            super(Refusal.PHONE_PHOTO_GONE.with());
            this.ids = List.copyOf(ids);
        }

        public List<String> ids() {
            return ids;
        }
    }

    /** The orders waiting for goods (not received, not archived) that match the search, newest first. */
    public List<OrderSummary> waiting(String search) {
        return orders.list(null).stream()
                .filter(s -> !s.received() && !s.archived())
                .filter(s -> OrderSearch.matches(s.order(), s.factory(), search))
                .sorted(Comparator.comparing((OrderSummary s) -> s.order().orderedOn()).reversed()
                        .thenComparing(s -> s.order().id(), Comparator.reverseOrder()))
                .limit(LISTED)
                .toList();
    }

    /**
     * The order, if it is waiting for goods; refused otherwise, so the phone never writes over a record.
     * Reads this one order's records, not the list: it is asked for every photo the phone sends.
     */
    public OrderSummary waitingOrder(long orderId) {
        CaseFile c;
        try {
            c = orders.caseOf(orderId);
        } catch (DossierException noSuchOrder) {
            throw new DossierException(Refusal.PHONE_ORDER_NOT_WAITING.with("#" + orderId), noSuchOrder);
        }
        if (c.receiving() != null || c.archivedAt() != null) {
            throw new DossierException(Refusal.PHONE_ORDER_NOT_WAITING.with(c.order().label()));
        }
        return new OrderSummary(c.order(), c.factory(), Map.of(), c.payments().size(), false, null);
    }

    /**
     * Holds a photo as the phone sends it: exactly {@code length} bytes are read (to the end when
     * {@code length} is negative, unknown), hashed and checked as
     * attaching checks them. Refused, keeping nothing: a file that is not a photo, one larger than
     * {@link #MAX_PHOTO_BYTES}, one cut off on the way, one whose content attaching would refuse.
     */
    public HeldPhoto hold(long orderId, String fileName, InputStream body, long length) {
        waitingOrder(orderId);
        String name = Text.clean(fileName == null ? "" : fileName);
        if (name.isBlank() || !FileKind.ofName(name).picture()) {
            throw new DossierException(Refusal.PHONE_ONLY_PHOTOS.with(name));
        }
        if (length > MAX_PHOTO_BYTES) {
            throw new DossierException(Refusal.PHONE_PHOTO_TOO_LARGE.with(name, MAX_PHOTO_BYTES / 1024 / 1024));
        }
        dropStale();
        String id = newId();
        Path folder = holding.resolve(id);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(SafeNames.fileName(name));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ContentScan scan = ContentScan.forName(name);
            long copied = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                long wanted = length < 0 ? MAX_PHOTO_BYTES + 1 : length;
                while (copied < wanted
                        && (read = body.read(buffer, 0, (int) Math.min(buffer.length, wanted - copied))) >= 0) {
                    digest.update(buffer, 0, read);
                    scan.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                    copied += read;
                }
            } catch (IOException e) {
                throw new DossierException(Refusal.PHONE_PHOTO_CUT_OFF.with(name), e);
            }
            if (copied > MAX_PHOTO_BYTES) {
                throw new DossierException(Refusal.PHONE_PHOTO_TOO_LARGE.with(name, MAX_PHOTO_BYTES / 1024 / 1024));
            }
            if (copied < length) {
                throw new DossierException(Refusal.PHONE_PHOTO_CUT_OFF.with(name));
            }
            Refusal.Wording problem = FileKind.problem(name, scan);
            if (problem != null) {
                throw new DossierException(problem);
            }
            LocalDateTime taken = PhotoMetadata.read(file, clock.getZone()).capturedAt().orElse(null);
            HeldPhoto photo = new HeldPhoto(id, orderId, name, file, copied, HexFormat.of().formatHex(digest.digest()),
                    taken, clock.instant());
            held.put(id, photo);
            return photo;
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** The photo held under this id, if it still is. */
    public Optional<HeldPhoto> held(String id) {
        return Optional.ofNullable(held.get(id));
    }

    /** Lets go of a photo the phone took back before saving. */
    public void drop(String id) {
        HeldPhoto photo = held.remove(id);
        if (photo != null) {
            delete(photo.file().getParent());
        }
    }

    /**
     * Saves the record for an order waiting for goods with the photos held under {@code photoIds}
     * (each defect kind in {@code showing} shown by the held photos named there), in the desktop's
     * one all-or-nothing change; then lets go of those photos. Refused, changing nothing, when the
     * order is no longer waiting or a photo is no longer held ({@link PhotosGone}).
     */
    public ReceivingRecord save(ReceivingRecord draft, List<String> photoIds, Map<DefectKind, List<String>> showing) {
        waitingOrder(draft.orderId());
        List<String> gone = Stream.concat(photoIds.stream(), showing.values().stream().flatMap(List::stream))
                .distinct().filter(id -> {
                    HeldPhoto photo = held.get(id);
                    return photo == null || photo.orderId() != draft.orderId() || !Files.isRegularFile(photo.file());
                }).toList();
        if (!gone.isEmpty()) {
            throw new PhotosGone(gone);
        }
        List<EvidenceInput> inputs = new ArrayList<>();
        for (String id : photoIds.stream().distinct().toList()) {
            HeldPhoto photo = held.get(id);
            inputs.add(new EvidenceInput(photo.file(), null, photo.takenAt()));
        }
        Map<DefectKind, List<Path>> showingFiles = new LinkedHashMap<>();
        showing.forEach((kind, ids) -> showingFiles.put(kind, ids.stream().map(id -> held.get(id).file()).toList()));
        ReceivingRecord saved = receiving.save(draft, inputs, showingFiles);
        photoIds.forEach(this::drop);
        return saved;
    }

    /** The folder photos are held in until Save. */
    public Path holding() {
        return holding;
    }

    /** How many photos are held, waiting for Save. */
    public int heldCount() {
        return held.size();
    }

    /** Lets go of every held photo and of the holding folder. */
    @Override
    public void close() {
        held.clear();
        delete(holding);
    }

    private void dropStale() {
        Instant oldest = clock.instant().minus(HELD_FOR);
        held.values().stream().filter(p -> p.heldAt().isBefore(oldest)).map(HeldPhoto::id).toList()
                .forEach(this::drop);
    }

    /** 128 random bits, as 22 letters that can stand in an address. */
    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // what cannot be deleted now is a temporary file the system clears in time
        }
    }
}
