package app.dossier.packet;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.SampleCases;
import java.awt.image.BufferedImage;
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
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How long a packet of 40 phone photos (12 MP, 4000 × 3000, JPEG quality 92, held every way) takes,
 * how big it is and how much heap it holds, next to an ImageMagick pipeline on the same photos
 * ({@code convert IN -auto-orient -resize 1600x1600 -quality 80 OUT} per photo, then {@code img2pdf});
 * and how close each pipeline's pictures are to a Lanczos-3 resize of the originals (grey SSIM, 7 × 7
 * windows). Targets: at most 10 MB, at most 128 MB of heap left after a collection, at most half
 * ImageMagick's time. It prints figures and asserts nothing; without {@code convert} or
 * {@code img2pdf} it says so and measures Dossier alone ({@code -Dbench.convert=PATH} picks another
 * {@code convert}).
 *
 * <p>Run from the project folder:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) app.dossier.packet.PacketBenchmark [photos]
 * </pre>
 * The photos are made up ({@link SyntheticPhotos#inspection}: light, texture, noise, fine stripes,
 * thin cracks, printed labels) in a temporary folder that is deleted afterwards.
 */
public final class PacketBenchmark {

    /** What one run measured. */
    record Result(int photos, long millis, long bytes, int pages, long peakHeapSampled, long peakHeapPools,
            long liveAfterGc) {
    }

    /** EXIF orientations of the made-up photos, in turn: as phones store them held every way. */
    static final int[] ORIENTATIONS = {1, 3, 6, 8};
    /** Photos whose SSIM against a Lanczos-3 resize is measured, one of each orientation. */
    private static final int SSIM_PHOTOS = 4;

    public static void main(String[] args) throws Exception {
        int photos = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = Files.createTempDirectory("dossier-benchmark-");
        try {
            long made = System.nanoTime();
            CaseFile caseFile = caseWithPhotos(dir, photos, 4000, 3000);
            System.out.printf(Locale.ROOT, "made %d photos of 4000 x 3000 (JPEG quality 92, EXIF orientations 1, 3, 6,"
                    + " 8 in turn) in %.1f s (%.1f MB of JPEG)%n", photos, (System.nanoTime() - made) / 1e9,
                    folderBytes(dir) / 1e6);
            Path packet = dir.resolve("packet.pdf");
            Result r = run(caseFile, dir, packet);
            ImageMagick magick = ImageMagick.run(dir, photos);
            System.out.printf(Locale.ROOT, "max heap (-Xmx):        %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "%-28s %14s %14s%n", "", "Dossier", "ImageMagick");
            System.out.printf(Locale.ROOT, "%-28s %12.2f s %14s%n", "time", r.millis() / 1000.0,
                    magick == null ? "-" : String.format(Locale.ROOT, "%.2f s", magick.millis() / 1000.0));
            System.out.printf(Locale.ROOT, "%-28s %11.2f MB %14s%n", "PDF size", r.bytes() / 1e6,
                    magick == null ? "-" : String.format(Locale.ROOT, "%.2f MB", magick.bytes() / 1e6));
            System.out.printf(Locale.ROOT, "%-28s %14d%n", "pages", r.pages());
            System.out.printf(Locale.ROOT, "%-28s %11d MB%n", "heap left after GC (peak)", r.liveAfterGc() >> 20);
            System.out.printf(Locale.ROOT, "%-28s %11d MB%n", "heap peak used, sampled", r.peakHeapSampled() >> 20);
            System.out.printf(Locale.ROOT, "%-28s %11d MB (sum of each pool's peak, an upper bound)%n",
                    "heap peak used, pools", r.peakHeapPools() >> 20);
            if (magick != null) {
                System.out.printf(Locale.ROOT, "time Dossier / ImageMagick:  %.2f%n", (double) r.millis() / magick.millis());
            } else {
                System.out.println("ImageMagick side skipped: `convert` or `img2pdf` is not installed"
                        + " (Debian: imagemagick, img2pdf)");
            }
            ssim(packet, dir, magick != null, Math.min(SSIM_PHOTOS, photos));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Grey SSIM (7 × 7) of each pipeline's picture against a Lanczos-3 resize of the original to the same size. */
    private static void ssim(Path packet, Path dir, boolean magick, int count) throws IOException {
        try (PDDocument document = Loader.loadPDF(packet.toFile())) {
            List<DrawnImages.Drawn> drawn = DrawnImages.of(document);
            for (int i = 0; i < count; i++) {
                BufferedImage upright = original(i, 4000, 3000);
                BufferedImage ours = drawn.get(i).image().getImage();
                String line = String.format(Locale.ROOT, "SSIM vs Lanczos-3, photo %d (orientation %d): Dossier %.4f"
                        + " (%d x %d)", i + 1, ORIENTATIONS[i % ORIENTATIONS.length],
                        ImageQuality.ssim(ours, ImageQuality.lanczos(upright, ours.getWidth(), ours.getHeight())),
                        ours.getWidth(), ours.getHeight());
                if (magick) {
                    BufferedImage theirs = ImageIO.read(dir.resolve("magick").resolve(name(i)).toFile());
                    line += String.format(Locale.ROOT, ", ImageMagick %.4f (%d x %d)", ImageQuality.ssim(theirs,
                            ImageQuality.lanczos(upright, theirs.getWidth(), theirs.getHeight())), theirs.getWidth(),
                            theirs.getHeight());
                }
                System.out.println(line);
            }
        }
    }

    /**
     * The same photos through ImageMagick, one {@code convert} per photo as a script would run it,
     * then {@code img2pdf}; null when either is missing.
     */
    record ImageMagick(long millis, long bytes) {
        static final String CONVERT = System.getProperty("bench.convert", "convert");

        static ImageMagick run(Path dir, int photos) throws IOException, InterruptedException {
            if (!works(CONVERT, "-version") || !works("img2pdf", "--version")) {
                return null;
            }
            Path out = Files.createDirectories(dir.resolve("magick"));
            long start = System.nanoTime();
            List<String> pdfCommand = new ArrayList<>(List.of("img2pdf"));
            for (int i = 0; i < photos; i++) {
                exec(CONVERT, dir.resolve(name(i)).toString(), "-auto-orient", "-resize", "1600x1600", "-quality", "80",
                        out.resolve(name(i)).toString());
                pdfCommand.add(out.resolve(name(i)).toString());
            }
            pdfCommand.addAll(List.of("-o", dir.resolve("magick.pdf").toString()));
            exec(pdfCommand.toArray(String[]::new));
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new ImageMagick(millis, Files.size(dir.resolve("magick.pdf")));
        }

        private static boolean works(String... command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor() == 0;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        private static void exec(String... command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IOException("failed: " + String.join(" ", command));
            }
        }
    }

    /** Builds the packet once, measuring time, size and heap from a clean start. */
    static Result run(CaseFile caseFile, Path photoDir, Path target) throws InterruptedException {
        PacketContent content = PacketFixture.content(caseFile, Language.VIETNAMESE);
        PacketContent withPhotos = new PacketContent(content.caseFile(), content.facts(), content.resolution(),
                content.messages(), content.timeline(), e -> new PacketPhoto(photoDir.resolve(e.fileName()),
                        orientation(e.fileName())),
                content.buyerLanguage(), content.generatedOn());
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampled = new AtomicLong();
        AtomicLong live = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                long afterGc = 0;
                for (MemoryPoolMXBean pool : heapPools) {
                    var usage = pool.getCollectionUsage();
                    afterGc += usage == null ? 0 : usage.getUsed();
                }
                live.accumulateAndGet(afterGc, Math::max);
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
        return new Result(summary.photos(), millis, summary.bytes(), summary.pages(), sampled.get(), pools, live.get());
    }

    static String name(int index) {
        return String.format(Locale.ROOT, "IMG_%04d.jpg", index + 1);
    }

    static int orientation(String fileName) {
        int index = Integer.parseInt(fileName.replaceAll("\\D", "")) - 1;
        return ORIENTATIONS[index % ORIENTATIONS.length];
    }

    /** The upright scene of photo {@code index}: drawn again from its seed, the same every time. */
    static BufferedImage original(int index, int width, int height) {
        return SyntheticPhotos.inspection(width, height, new Random(2026 + index));
    }

    /** The sample short order with its evidence replaced by {@code count} made-up photos, spread over the four categories. */
    static CaseFile caseWithPhotos(Path dir, int count, int width, int height) throws IOException {
        List<Evidence> evidence = new ArrayList<>();
        EvidenceCategory[] categories = EvidenceCategory.values();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(name(i));
            SyntheticPhotos.writeAsStored(file, original(i, width, height), ORIENTATIONS[i % ORIENTATIONS.length], 0.92f);
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
