package app.dossier.bench;

import app.dossier.app.Composition;
import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.ChatParties;
import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.imports.LongMemoTraceChat;
import app.dossier.service.ChatImport;
import app.dossier.service.DataLocation;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A chat the size busy ones reach: a MemoTrace CSV of {@code bench.chatMessages} (300,000) messages,
 * about 600 MB ({@link LongMemoTraceChat}: Chinese and Vietnamese, pictures, files, quoted replies and
 * transfers with WeChat's XML), imported by {@code ChatService.importChat} as the window and
 * {@code dossier import-chat} do, next to its peer in the same run: the floor any import pays, the same
 * file copied into the case files (and fsynced) and read line by line. Each prints its time, MB/s,
 * messages/s, the heap's peak and what is left live after a collection; run with a small heap
 * ({@code -Xmx256m}) to see that the import holds no more than the peer does, whatever the chat's size.
 * Then search finds the chat's last message. Run with {@code Benchmarks WORK chats}.
 */
final class ChatsBenchmark {
    private static final int MESSAGES = Integer.getInteger("bench.chatMessages", 300_000);

    private ChatsBenchmark() {
    }

    static void run(Path folder) throws Exception {
        System.out.printf(Locale.ROOT, "== chats: a MemoTrace CSV of %,d messages imported, next to copying it and"
                + " reading its lines%n", MESSAGES);
        Files.createDirectories(folder);
        Path chat = folder.resolve("李丽 佳美日用品 2021-2026.csv");
        long started = System.nanoTime();
        long size = LongMemoTraceChat.write(chat, MESSAGES);
        System.out.printf(Locale.ROOT, "made %.0f MB (%,d bytes, %,d bytes a message) in %.1f s%n", size / 1e6, size,
                size / MESSAGES, (System.nanoTime() - started) / 1e9);

        Path copies = Files.createDirectories(folder.resolve("peer"));
        Benchmarks.Measured peer = Benchmarks.measured(() -> {
            Path copy = copies.resolve(chat.getFileName());
            Files.copy(chat, copy);
            try (FileOutputStream out = new FileOutputStream(copy.toFile(), true)) {
                out.getFD().sync();
            }
            long lines = 0;
            try (BufferedReader in = Files.newBufferedReader(copy, StandardCharsets.UTF_8)) {
                while (in.readLine() != null) {
                    lines++;
                }
            }
            return lines;
        });

        Path data = folder.resolve("data");
        try (Services services = new Composition().open(new DataLocation(data,
                data.resolve(DataLocation.DEFAULT_CASE_FILES)))) {
            Order order = order(services);
            long[] imported = new long[1];
            Benchmarks.Measured dossier = Benchmarks.measured(() -> {
                ChatImport done = services.chats().importChat(order.id(), chat, new ChatParties("Mai", null),
                        ProgressListener.NONE);
                imported[0] = done.conversation().messages();
                return imported[0];
            });
            System.out.printf(Locale.ROOT, "%-52s %9s %7s %11s %16s %16s%n", "", "seconds", "MB/s", "messages/s",
                    "heap peak (MB)", "live after GC");
            print("peer: copy into the case files + read line by line", peer, size, MESSAGES);
            print("Dossier: import-chat (ChatService.importChat)", dossier, size, imported[0]);
            Benchmarks.Measured search = Benchmarks.measured(() -> (long) services.search()
                    .search("尾款已付清 mã ZX-7781").size());
            System.out.printf(Locale.ROOT, "search for the last message's words: %d found in %.3f s%n", search.result(),
                    search.seconds());
        }
    }

    private static void print(String what, Benchmarks.Measured m, long bytes, long messages) {
        System.out.printf(Locale.ROOT, "%-52s %9.1f %7.1f %11.0f %16d %16d%n", what, m.seconds(),
                bytes / 1e6 / m.seconds(), messages / m.seconds(), m.peakBytes() >> 20, m.liveBytes() >> 20);
    }

    private static Order order(Services services) {
        Factory factory = services.factories().add(new Factory(0, "义乌市佳美日用品有限公司", null, null, null, null, null,
                null));
        return services.orders().add(new Order(0, factory.id(), "2837461920384756123", Channel.PLATFORM,
                OrderKind.STANDARD, "硅胶铲5件套", new AgreedSpecs("灰色", null, "OPP bag", null), 300, "sets",
                Money.of("18.50", Money.CNY), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 10, 31), null, null));
    }
}
