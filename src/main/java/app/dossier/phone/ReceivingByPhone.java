package app.dossier.phone;

import app.dossier.domain.DossierException;
import app.dossier.service.ReceivingFromPhone;
import app.dossier.service.Services;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The receiving page on the local network, off until someone turns it on. Turned on, it listens on
 * {@link #PORT} (or any free port when that one is taken) and answers only under an address with a
 * new random token; a new address revokes the old one; turned off, the token is gone and the photos
 * sent but not saved are let go.
 */
public final class ReceivingByPhone implements AutoCloseable {
    /** The port tried first, so that a phone's bookmark of the page stays good from one day to the next. */
    public static final int PORT = 8765;
    private static final int THREADS = 16;

    static {
        // A phone that stops sending halfway (Wi-Fi gone) must not hold a thread for ever: ten minutes
        // is enough for 40 MB on the slowest Wi-Fi a warehouse has. Read once, when the first server starts.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "600");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "600");
    }

    private final Services services;
    private final Clock clock;
    private final Consumer<SavedFromPhone> saved;
    private final BadTokenBrake brake;
    private volatile AccessToken token;
    private HttpServer server;
    private ExecutorService threads;
    private ScheduledExecutorService timer;
    private ReceivingFromPhone phone;
    private String host;

    /** {@code saved}: told of each record the phone saves, on the thread that saved it. */
    public ReceivingByPhone(Services services, Clock clock, Consumer<SavedFromPhone> saved) {
        this.services = services;
        this.clock = clock;
        this.saved = saved;
        this.brake = new BadTokenBrake(clock);
    }

    /** Turns the page on for the local network; returns its address. */
    public synchronized String turnOn() {
        return turnOn(new InetSocketAddress(PORT), LanAddress.find());
    }

    /**
     * Turns the page on listening at {@code listen} (port 0: any free one; the port taken: any free
     * one), its address naming this computer as {@code host} (null: its address on the local network).
     * Already on: the address it has.
     */
    public synchronized String turnOn(InetSocketAddress listen, String host) {
        if (server != null) {
            return address().orElseThrow();
        }
        if (services.readOnly()) {
            throw new DossierException("The data folder is open for reading only, so the phone cannot save to it.");
        }
        try {
            HttpServer s = bind(listen);
            phone = new ReceivingFromPhone(services.orders(), services.receiving(),
                    Files.createTempDirectory("dossier-phone-"), clock);
            token = AccessToken.random();
            AtomicInteger n = new AtomicInteger();
            threads = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "phone-page-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "phone-page-strangers");
                t.setDaemon(true);
                return t;
            });
            s.setExecutor(threads);
            s.createContext("/", new PhoneRequests(() -> token, brake, phone, services.guidance(), clock, saved,
                    timer));
            s.start();
            server = s;
            this.host = host == null ? LanAddress.find() : host;
            return address().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServer bind(InetSocketAddress listen) throws IOException {
        try {
            return HttpServer.create(listen, 64);
        } catch (BindException taken) {
            return HttpServer.create(new InetSocketAddress(listen.getAddress(), 0), 64);
        }
    }

    /** A new address: the one shown until now is refused from this moment. */
    public synchronized String newAddress() {
        if (server == null) {
            return turnOn();
        }
        token = AccessToken.random();
        return address().orElseThrow();
    }

    /** Turns the page off: its address is refused, photos sent but not saved are let go. */
    public synchronized void turnOff() {
        token = null;
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
            timer.shutdownNow();
            phone.close();
            server = null;
            threads = null;
            timer = null;
            phone = null;
        }
    }

    public synchronized boolean on() {
        return server != null;
    }

    /** The page's address with its token, while it is on. */
    public synchronized Optional<String> address() {
        if (server == null || token == null) {
            return Optional.empty();
        }
        return Optional.of("http://" + host + ":" + server.getAddress().getPort() + "/r/" + token.value() + "/");
    }

    /** How many photos sent from a phone wait for their record to be saved. */
    public synchronized int photosWaiting() {
        return phone == null ? 0 : phone.heldCount();
    }

    /** The folder the photos sent but not saved are held in, while the page is on. */
    synchronized Optional<java.nio.file.Path> holding() {
        return phone == null ? Optional.empty() : Optional.of(phone.holding());
    }

    /** The loopback address, for a page on this computer only (tests, a look at the page). */
    public static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    @Override
    public void close() {
        turnOff();
    }
}
