package app.dossier.packet;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.SampleCases;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * How long a packet of 40 phone photos (12 MP, 4000 × 3000) takes, how big it is and how much heap
 * it needs. The target: at most 10 MB, built in at most 512 MB of heap.
 *
 * <p>Run from the project folder:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) app.dossier.packet.PacketBenchmark [photos]
 * </pre>
 * The photos are made up (shapes over sensor noise, so they compress like real ones or worse) in a
 * temporary folder that is deleted afterwards. Peak heap is measured over the packet build only.
 */
public final class PacketBenchmark {

    /** What one run measured. */
    record Result(int photos, long millis, long bytes, int pages, long peakHeapSampled, long peakHeapPools) {
    }

    public static void main(String[] args) throws Exception {
        int photos = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = Files.createTempDirectory("dossier-benchmark-");
        try {
            long made = System.nanoTime();
            CaseFile caseFile = caseWithPhotos(dir, photos, 4000, 3000);
            System.out.printf(Locale.ROOT, "made %d photos of 4000 x 3000 in %.1f s (%.1f MB of JPEG)%n", photos,
                    (System.nanoTime() - made) / 1e9, folderBytes(dir) / 1e6);
            Result r = run(caseFile, dir, dir.resolve("packet.pdf"));
            System.out.printf(Locale.ROOT, "max heap (-Xmx):        %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "packet built in:        %.2f s%n", r.millis() / 1000.0);
            System.out.printf(Locale.ROOT, "packet size:            %.2f MB (%d bytes, %d pages)%n", r.bytes() / 1e6,
                    r.bytes(), r.pages());
            System.out.printf(Locale.ROOT, "peak heap, sampled:     %d MB%n", r.peakHeapSampled() >> 20);
            System.out.printf(Locale.ROOT, "peak heap, pool peaks:  %d MB (sum of each pool's peak, an upper bound)%n",
                    r.peakHeapPools() >> 20);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Builds the packet once, measuring time, size and peak heap from a clean start. */
    static Result run(CaseFile caseFile, Path photoDir, Path target) throws InterruptedException {
        PacketContent content = PacketFixture.content(caseFile, Language.VIETNAMESE);
        PacketContent withPhotos = new PacketContent(content.caseFile(), content.facts(), content.resolution(),
                content.messages(), content.timeline(), e -> PacketPhoto.upright(photoDir.resolve(e.fileName())),
                content.buyerLanguage(), content.generatedOn());
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampled = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        PacketSummary summary = new DisputePacket().write(withPhotos, target);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        long pools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result(summary.photos(), millis, summary.bytes(), summary.pages(), sampled.get(), pools);
    }

    /** The sample short order with its evidence replaced by {@code count} made-up photos, spread over the four categories. */
    static CaseFile caseWithPhotos(Path dir, int count, int width, int height) throws IOException {
        Random random = new Random(2026);
        List<Evidence> evidence = new ArrayList<>();
        EvidenceCategory[] categories = EvidenceCategory.values();
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "IMG_%04d.jpg", i + 1);
            Path file = dir.resolve(name);
            SyntheticPhotos.write(file, width, height, random);
            EvidenceCategory category = categories[i * categories.length / count];
            evidence.add(evidence(i + 1, category, file, LocalDateTime.of(2026, 10, 3, 9, 0).plusMinutes(i)));
        }
        return SampleCases.withEvidence(SampleCases.shortCase(), evidence);
    }

    private static Evidence evidence(long id, EvidenceCategory category, Path file, LocalDateTime at) throws IOException {
        String name = file.getFileName().toString();
        return new Evidence(id, 1, category, category.folderName() + "/" + name, name, SampleCases.sha256(file),
                Files.size(file), "image/jpeg", at, java.time.Instant.parse("2026-10-04T01:00:00Z"),
                "Ảnh " + id + " — 照片 " + id, null);
    }

    private static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
