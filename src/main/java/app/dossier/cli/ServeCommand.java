package app.dossier.cli;

import app.dossier.domain.DossierException;
import app.dossier.domain.words.Words;
import app.dossier.phone.ReceivingByPhone;
import app.dossier.service.Services;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
    "Turn on the receiving page for the warehouse's phones on the local network (no app, no account),",
    "and keep it on until Ctrl+C or for the time given. Prints its address and a QR code to scan."})
final class ServeCommand extends DataCommand {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,5})\\s*([smh])");

    @Option(names = "--receiving", required = true,
            description = "Serve the receiving page: orders waiting for goods, and their receiving records with photos.")
    boolean receiving;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default 8765; another free one when it is taken).")
    int port = ReceivingByPhone.PORT;

    @Option(names = "--listen", paramLabel = "ADDRESS",
            description = "Listen only on this address (127.0.0.1: this computer only); default: every network card.")
    String listen;

    @Option(names = "--for", paramLabel = "TIME", description = "Turn the page off after this long: 30m, 2h, 90s.")
    String during;

    @Override
    int run(Services services) throws Exception {
        Duration limit = during == null ? null : duration(during);
        Words words = Words.english();
        Clock clock = Clock.systemDefaultZone();
        CountDownLatch off = new CountDownLatch(1);
        try (ReceivingByPhone page = new ReceivingByPhone(services, clock, saved -> {
            var record = saved.record();
            var order = services.orders().byId(record.orderId());
            out().println(words.get("cli.serve.saved", order.label(), words.count(record.unitsReceived()),
                    words.quantity(record.unitsExpected(), order.unit()), saved.photos()));
            out().flush();
        })) {
            String address = listen == null
                    ? page.turnOn(new InetSocketAddress(port), null)
                    : page.turnOn(new InetSocketAddress(InetAddress.getByName(listen), port), listen);
            Thread hook = new Thread(() -> {
                page.turnOff();
                off.countDown();
            }, "turn-off-receiving-page");
            Runtime.getRuntime().addShutdownHook(hook);
            out().println(words.get("cli.serve.on"));
            out().println();
            out().print(TerminalQr.of(address));
            out().println();
            out().println("  " + address);
            out().println();
            out().println(words.get("cli.serve.what"));
            out().println(limit == null ? words.get("cli.serve.untilStopped") : words.get("cli.serve.until",
                    LocalDateTime.now(clock).plus(limit).format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT))));
            out().flush();
            if (limit == null) {
                off.await();
            } else {
                off.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C: the hook has turned the page off
            }
        }
        out().println(words.get("cli.serve.off"));
        return 0;
    }

    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new DossierException(Words.english().get("cli.serve.duration", text));
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
