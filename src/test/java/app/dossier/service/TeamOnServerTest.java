package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Payment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team on one PostgreSQL server: two PCs, each a process of its own with its own data folder,
 * change the same orders in the same shared case-files root at the same time ({@link TeamWriter}).
 * Nothing saved is lost, verify is clean, and a PC killed in the middle of its changes leaves nothing
 * half done once any Dossier opens again, while the other keeps working.
 */
class TeamOnServerTest {
    @TempDir
    Path temp;
    private Workspace desk;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void sixOrdersOnTheServer() {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "a team shares a PostgreSQL server");
        desk = new Workspace(temp.resolve("desk"));
        Factory factory = desk.factory("义乌市佳美日用品有限公司");
        for (int i = 0; i < 6; i++) {
            desk.order(factory, "28374619203847561" + (10 + i), LocalDate.of(2026, 9, 2).plusDays(i), 200, "18.50");
        }
        desk.closeServices();
    }

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void twoPcsMakeAThousandInterleavedChangesToTheSameOrdersAndNothingIsLost() throws Exception {
        PC a = start("desk", desk.location().dataFolder(), 500, 1);
        PC b = start("kho", temp.resolve("warehouse-pc"), 500, 2);
        a.awaitDone(600);
        b.awaitDone(600);

        assertThat(a.refused()).as("refused on the desk's PC").isEmpty();
        assertThat(b.refused()).as("refused on the warehouse PC").isEmpty();
        assertThat(a.saved.size() + b.saved.size()).isEqualTo(1000);
        // They worked at the same time, not one after the other.
        assertThat(a.firstSaved).isLessThan(b.lastSaved);
        assertThat(b.firstSaved).isLessThan(a.lastSaved);

        desk.reopenClosed();
        Kept kept = kept();
        Set<String> saved = new HashSet<>(a.saved);
        saved.addAll(b.saved);
        assertThat(kept.all()).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(desk.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void aPcKilledMidChangeFiftyTimesLeavesNothingHalfDoneAndTheOtherKeepsWorking() throws Exception {
        Path warehouseSources = temp.resolve("sources-kho");
        PC b = start("kho", temp.resolve("warehouse-pc"), -1, 2);
        Random random = new Random(7);
        Set<String> savedByKilled = new HashSet<>();
        int putRight = 0;
        for (int k = 0; k < 50; k++) {
            PC a = start("desk" + k + "x", desk.location().dataFolder(), 1_000, 100 + k);
            a.awaitOpen(120);
            if (k % 2 == 0) {
                // every other one after its first change is saved, however slow the machine: the killed PC's
                // saved changes must be kept too
                a.awaitFirstSaved(60);
            }
            Thread.sleep(random.nextInt(700));
            a.process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            a.reader.join(10_000);
            savedByKilled.addAll(a.saved);
            putRight += a.recovered;
        }
        Files.writeString(warehouseSources.resolve("stop"), "");
        b.awaitDone(300);

        assertThat(b.refused()).as("the warehouse PC kept working while the desk's was killed").isEmpty();
        assertThat(b.saved).hasSizeGreaterThan(50);
        assertThat(savedByKilled).isNotEmpty();

        desk.reopenClosed();
        Kept kept = kept();
        assertThat(kept.all()).containsAll(b.saved).containsAll(savedByKilled);
        // Whatever else the killed PC wrote is a change it committed just before it was killed, at most one a kill.
        Set<String> extra = new HashSet<>(kept.all());
        extra.removeAll(b.saved);
        extra.removeAll(savedByKilled);
        assertThat(extra.size()).isLessThanOrEqualTo(50);
        assertThat(desk.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        assertThat(Files.list(desk.location().pendingChanges()).toList()).as("notes of unfinished changes").isEmpty();
        putRight += desk.services().recovered().size();
        assertThat(putRight).as("changes cut off and put right").isPositive();
        System.out.println("killed 50 times; " + putRight + " things put right after; the warehouse saved "
                + b.saved.size() + ", the killed PC " + savedByKilled.size() + " (+" + extra.size() + " committed as it died)");
    }

    /** Payments (by reference) and receiving photos (by original name) the database holds for the team's orders. */
    private Kept kept() {
        Kept kept = new Kept(new HashSet<>(), new HashSet<>());
        for (var order : desk.services().orders().list(null)) {
            long id = order.order().id();
            for (Payment p : desk.services().payments().ofOrder(id)) {
                kept.payments.add(p.reference());
            }
            for (Evidence e : desk.services().evidence().ofOrder(id)) {
                if (e.category() == app.dossier.domain.EvidenceCategory.RECEIVING) {
                    kept.files.add(e.originalName().replace(".jpg", ""));
                }
            }
        }
        return kept;
    }

    private record Kept(Set<String> payments, Set<String> files) {
        Set<String> all() {
            Set<String> all = new HashSet<>(payments);
            all.addAll(files);
            return all;
        }
    }

    private PC start(String name, Path data, int count, long seed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path sources = temp.resolve("sources-" + name.replaceAll("[0-9]+x$", ""));
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), TeamWriter.class.getName(),
                data.toString(), desk.root().toString(), desk.location().database().toString(), name,
                Integer.toString(count), Long.toString(seed), sources.toString())
                .redirectError(temp.resolve(name + ".err").toFile())
                .start();
        started.add(process);
        return new PC(process, temp.resolve(name + ".err"));
    }

    /** What one PC printed, read as it goes. */
    private static final class PC {
        final Process process;
        final Thread reader;
        final List<String> saved = new CopyOnWriteArrayList<>();
        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile long firstSaved = Long.MAX_VALUE;
        volatile long lastSaved;
        volatile boolean open;
        volatile int recovered;
        volatile boolean done;

        final Path errors;

        PC(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.reader = new Thread(this::read);
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.startsWith("RECOVERED\t")) {
                        recovered = Integer.parseInt(line.substring("RECOVERED\t".length()));
                    } else if (line.equals("OPEN")) {
                        open = true;
                    } else if (line.equals("DONE")) {
                        done = true;
                    } else if (line.startsWith("SAVED\t")) {
                        String[] cells = line.split("\t");
                        saved.add(cells[2].replace(".jpg", ""));
                        long now = System.nanoTime();
                        firstSaved = Math.min(firstSaved, now);
                        lastSaved = now;
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the process is killed
            }
        }

        List<String> refused() {
            return lines.stream().filter(l -> l.startsWith("REFUSED")).toList();
        }


        void awaitFirstSaved(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (saved.isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }

        void awaitOpen(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!open && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(open).as("opened").isTrue();
        }

        void awaitDone(int seconds) throws InterruptedException, IOException {
            assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("finished in time").isTrue();
            reader.join(10_000);
            assertThat(done).as("ended with DONE: " + lines.subList(Math.max(0, lines.size() - 3), lines.size())
                    + "\n" + (Files.exists(errors) ? Files.readString(errors) : "")).isTrue();
        }
    }
}
