package app.dossier.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Real file systems for the fault tests: small tmpfs disks that fill up, and bind mounts that can
 * be unplugged or made read-only. Needs root on Linux; {@link #whyNot()} says why they cannot be had.
 */
final class SmallDisks implements AutoCloseable {
    private static Optional<String> whyNot;
    private final Deque<Path> mounted = new ArrayDeque<>();

    /** Empty when this machine can mount; otherwise why not, in a sentence. */
    static synchronized Optional<String> whyNot() {
        if (whyNot == null) {
            whyNot = Optional.ofNullable(probe());
        }
        return whyNot;
    }

    private static String probe() {
        if (!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return "the fault suite mounts small file systems, which it does on Linux only";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "the fault suite mounts small file systems, which needs root (running as "
                    + System.getProperty("user.name") + ")";
        }
        Path probe = null;
        try {
            probe = Files.createTempDirectory("dossier-mount-probe");
            run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString());
            run("umount", probe.toString());
            return null;
        } catch (IOException e) {
            return "mount is not available here: " + e.getMessage();
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a temp folder left behind
                }
            }
        }
    }

    /** A tmpfs of {@code size} (as mount reads it: 1m, 512k) on {@code folder}, created if missing. */
    Path disk(Path folder, String size) throws IOException {
        Files.createDirectories(folder);
        run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
        mounted.push(folder);
        return folder;
    }

    /** {@code drive} shown at {@code folder}, as a drive or share mounted there. */
    Path plugIn(Path drive, Path folder) throws IOException {
        Files.createDirectories(drive);
        Files.createDirectories(folder);
        run("mount", "--bind", drive.toString(), folder.toString());
        mounted.push(folder);
        return folder;
    }

    /** Takes away what is mounted on {@code folder} at once, open files or not; its mount point stays, empty. */
    void unplug(Path folder) throws IOException {
        run("umount", "-l", folder.toString());
        mounted.remove(folder);
    }

    void readOnly(Path folder, boolean readOnly) throws IOException {
        run("mount", "-o", "remount,bind," + (readOnly ? "ro" : "rw"), folder.toString());
    }

    /** Fills the disk holding {@code folder} until {@code leave} bytes are free; returns the file that fills it. */
    static Path fill(Path folder, long leave) throws IOException {
        Path filler = folder.resolve("filler.bin");
        long size = Files.getFileStore(folder).getUsableSpace() - leave;
        try (FileChannel out = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
            long written = 0;
            while (written < size) {
                chunk.clear();
                chunk.limit((int) Math.min(chunk.capacity(), size - written));
                written += out.write(chunk);
            }
        }
        return filler;
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        while (!mounted.isEmpty()) {
            try {
                run("umount", "-l", mounted.pop().toString());
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
