package app.dossier.bench;

import app.dossier.app.Composition;
import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.phone.ReceivingByPhone;
import app.dossier.service.DataLocation;
import app.dossier.service.EvidenceInput;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Five warehouse phones at once: each sends 40 photos of about 4 MB (two at a time, as the page
 * does) to the receiving page on the loopback address and saves its order's record with them. In the
 * same run, next to it, the desktop saves the same five records with the same photos from disk
 * (ReceivingService, as the Receiving view does). Meanwhile "the window" asks for the order list
 * every 100 ms (what the Receiving and Orders views load) and a 20 ms ticker measures how late it
 * wakes: how long the window would wait. Run with {@code Benchmarks WORK phones}.
 */
final class PhonesBenchmark {
    private static final int PHONES = Integer.getInteger("bench.phones", 5);
    private static final int PER_PHONE = Integer.getInteger("bench.phonePhotos", 40);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PhonesBenchmark() {
    }

    static void run(Path folder) throws Exception {
        System.out.printf(Locale.ROOT, "== phones: %d phones × %d photos of ~4 MB to the receiving page on loopback,"
                + " next to the desktop saving the same records%n", PHONES, PER_PHONE);
        Path sources = Files.createDirectories(folder.resolve("photos"));
        Random random = new Random(11);
        List<byte[]> bases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bases.add(Benchmarks.photo(3264, 2448, random));
        }
        List<Path> photos = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < PER_PHONE; i++) {
            Path file = sources.resolve(String.format(Locale.ROOT, "IMG_2026112609%04d.jpg", i));
            Files.write(file, Benchmarks.unique(bases.get(i % bases.size()), i));
            bytes += Files.size(file);
            photos.add(file);
        }
        System.out.printf(Locale.ROOT, "made %d photos, %.1f MB each on average; %d uploads, %.0f MB in all%n",
                PER_PHONE, bytes / 1e6 / PER_PHONE, PHONES * PER_PHONE, PHONES * bytes / 1e6);

        Result desktop = desktop(folder.resolve("desktop"), photos);
        Result phones = phones(folder.resolve("phones"), photos);
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %12s %14s %14s %8s%n", "", "seconds", "MB/s", "photos kept",
                "list p95/max", "late p95/max", "verify");
        for (Result r : List.of(phones, desktop)) {
            System.out.printf(Locale.ROOT, "%-34s %10.1f %10.0f %12d %8.0f/%-5.0f %8.0f/%-5.0f %8s%n", r.name, r.seconds,
                    PHONES * bytes / 1e6 / r.seconds, r.kept, r.list.p95(), r.list.max(), r.late.p95(), r.late.max(),
                    r.verified ? "clean" : "PROBLEMS");
        }
        System.out.printf(Locale.ROOT, "phones / desktop time %.2f; per photo upload p50 %.0f ms, p95 %.0f ms;"
                + " the window's order list while idle p95 %.0f ms%n", phones.seconds / desktop.seconds,
                phones.uploads.p50(), phones.uploads.p95(), desktop.idleList.p95());
    }

    private record Figures(List<Double> ms) {
        double p50() {
            return at(0.50);
        }

        double p95() {
            return at(0.95);
        }

        double max() {
            return ms.isEmpty() ? 0 : Collections.max(ms);
        }

        private double at(double q) {
            if (ms.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
        }
    }

    private record Result(String name, double seconds, long kept, Figures list, Figures late, Figures uploads,
            Figures idleList, boolean verified) {
    }

    /** The desktop's own path: five records saved one after the other, each with its 40 photos from disk. */
    private static Result desktop(Path data, List<Path> photos) throws Exception {
        try (Services services = open(data)) {
            List<Order> orders = orders(services);
            Figures idle = window(services, () -> Thread.sleep(3000));
            Window window = new Window(services);
            long start = System.nanoTime();
            for (Order order : orders) {
                services.receiving().save(record(order), photos.stream().map(EvidenceInput::of).toList());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            window.stop();
            return new Result("desktop saves (ReceivingService)", seconds, kept(services, orders), window.list(),
                    window.late(), new Figures(List.of()), idle, verified(services));
        }
    }

    /** Five phones at once through the page, two uploads at a time each, then Save. */
    private static Result phones(Path data, List<Path> photos) throws Exception {
        try (Services services = open(data);
             ReceivingByPhone page = new ReceivingByPhone(services, java.time.Clock.systemDefaultZone(), r -> { })) {
            List<Order> orders = orders(services);
            String address = page.turnOn(ReceivingByPhone.loopback(0), "127.0.0.1");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Double> uploads = Collections.synchronizedList(new ArrayList<>());
            Window window = new Window(services);
            ExecutorService phones = Executors.newFixedThreadPool(PHONES);
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (Order order : orders) {
                sent.add(phones.submit(() -> {
                    ExecutorService twoAtATime = Executors.newFixedThreadPool(2);
                    List<Future<String>> ids = new ArrayList<>();
                    for (Path photo : photos) {
                        ids.add(twoAtATime.submit(() -> {
                            long t = System.nanoTime();
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(address
                                    + "api/photos?order=" + order.id() + "&name=" + photo.getFileName()))
                                    .POST(HttpRequest.BodyPublishers.ofFile(photo)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            uploads.add((System.nanoTime() - t) / 1e6);
                            if (r.statusCode() != 200) {
                                throw new IllegalStateException(r.body());
                            }
                            return JSON.readTree(r.body()).get("id").asText();
                        }));
                    }
                    List<String> held = new ArrayList<>();
                    for (Future<String> id : ids) {
                        held.add(id.get());
                    }
                    twoAtATime.shutdown();
                    HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(address + "api/orders/"
                            + order.id() + "/receiving")).POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("arrivedAt", "2026-11-26T09:00", "unitsReceived", "290",
                                    "packaging", "INTACT", "inspectedBy", "Nguyễn Thị Lan", "photos", held))))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (saved.statusCode() != 200) {
                        throw new IllegalStateException(saved.body());
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            window.stop();
            phones.shutdown();
            return new Result("5 phones at once (receiving page)", seconds, kept(services, orders), window.list(),
                    window.late(), new Figures(uploads), new Figures(List.of()), verified(services));
        }
    }

    /** The window's side while the work runs: the order list every 100 ms, a ticker every 20 ms. */
    private static final class Window {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Double> list = Collections.synchronizedList(new ArrayList<>());
        private final List<Double> late = Collections.synchronizedList(new ArrayList<>());
        private final Thread lister;
        private final Thread ticker;

        Window(Services services) {
            lister = new Thread(() -> {
                while (running.get()) {
                    long t = System.nanoTime();
                    services.orders().list(null);
                    list.add((System.nanoTime() - t) / 1e6);
                    sleep(100);
                }
            });
            ticker = new Thread(() -> {
                while (running.get()) {
                    long t = System.nanoTime();
                    sleep(20);
                    late.add(Math.max(0, (System.nanoTime() - t) / 1e6 - 20));
                }
            });
            lister.start();
            ticker.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            lister.join();
            ticker.join();
        }

        Figures list() {
            return new Figures(new ArrayList<>(list));
        }

        Figures late() {
            return new Figures(new ArrayList<>(late));
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Figures window(Services services, Work during) throws Exception {
        Window window = new Window(services);
        during.run();
        window.stop();
        return window.list();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Services open(Path data) {
        return new Composition().open(new DataLocation(data, data.resolve(DataLocation.DEFAULT_CASE_FILES)));
    }

    private static List<Order> orders(Services services) {
        Factory factory = services.factories().add(new Factory(0, "义乌市佳美日用品有限公司", null, null, null, null, null, null));
        List<Order> out = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            out.add(services.orders().add(new Order(0, factory.id(), "28374619203847561" + (20 + i), Channel.PLATFORM,
                    OrderKind.STANDARD, "硅胶铲5件套", new AgreedSpecs("灰色", null, "OPP bag", null), 300, "sets",
                    Money.of("18.50", Money.CNY), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 19),
                    LocalDate.of(2026, 10, 31), null, null)));
        }
        return out;
    }

    private static ReceivingRecord record(Order order) {
        LocalDateTime arrived = LocalDateTime.of(2026, 11, 26, 9, 0);
        return new ReceivingRecord(0, order.id(), arrived, null, null, order.quantity(), 290, PackagingCondition.INTACT,
                null, 0, 0, null, "Nguyễn Thị Lan", arrived, null);
    }

    private static long kept(Services services, List<Order> orders) {
        return orders.stream().mapToLong(o -> services.evidence().ofOrder(o.id()).stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING).count()).sum();
    }

    private static boolean verified(Services services) {
        return services.verify().verify(ProgressListener.NONE).problems().isEmpty();
    }
}
