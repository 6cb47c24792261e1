package app.dossier.service;

import app.dossier.app.Composition;
import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;

/** A real data folder in a temp directory, with services over it, for tests. */
public final class Workspace implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Path folder;
    /** Null on SQLite; on PostgreSQL the data folder's database ({@link TestDatabases}). */
    private app.dossier.store.DatabaseAddress database;
    private final InjectedFaults faults = new InjectedFaults();
    private Composition composition = new Composition(faults, CLOCK);
    private Services services;

    public Workspace(Path folder) {
        this.folder = folder;
        this.database = TestDatabases.of(folder.resolve("data"));
        this.services = composition.open(location());
    }

    /**
     * A workspace holding the sample business, as if {@code sample().load} had run in it: a copy of one
     * loaded once for the whole test run ({@link SampleTemplate}).
     */
    public static Workspace withSample(Path folder) {
        SampleTemplate.copyTo(folder.resolve("data"));
        return new Workspace(folder);
    }

    public DataLocation location() {
        return new DataLocation(folder.resolve("data"), folder.resolve("data").resolve(DataLocation.DEFAULT_CASE_FILES),
                database);
    }

    public Services services() {
        return services;
    }

    public Composition composition() {
        return composition;
    }

    public InjectedFaults faults() {
        return faults;
    }

    public Path root() {
        return location().caseFilesRoot();
    }

    /** A folder outside the data folder for source files a user would attach. */
    public Path outside() throws IOException {
        return Files.createDirectories(folder.resolve("desktop"));
    }

    /** Opens the data folder again as the person {@code login} (on PostgreSQL): as their own PC opens it. */
    public void signIn(String login) {
        services.close();
        database = database.signedInAs(login, null);
        services = composition.open(location());
    }

    public void reopen() {
        services.close();
        services = composition.open(location());
    }

    /**
     * Opens the data folder again as the app opens one it cannot write: {@code writable} answers for
     * each path (see {@link ReadOnlyMedia#OWNER_MAY_WRITE}).
     */
    public void reopenReadOnly(java.util.function.Predicate<Path> writable) {
        services.close();
        composition = new Composition(faults, CLOCK, writable);
        services = composition.openReadOnly(location());
    }

    /** Opens the data folder again after {@link #closeServices} (a rebuild in between, say). */
    public void reopenAfterRebuild() {
        services = composition.open(location());
    }

    public void closeServices() {
        services.close();
    }

    /** Opens the data folder again after {@link #closeServices}. */
    public void reopenClosed() {
        services = composition.open(location());
    }

    /**
     * After a simulated crash: the open transaction is dropped (SQLite rolls it back, as it does for
     * a killed process) and the folder is opened again, which runs the recovery.
     */
    public void restartAfterCrash() {
        try {
            services.close();
        } catch (RuntimeException e) {
            // the connection is closed either way
        }
        faults.crashAt(-1);
        services = composition.open(location());
    }

    /** Every row of the database, in either store ({@link Snapshot#rows(DataLocation)}). */
    public java.util.List<String> rows() throws java.sql.SQLException {
        return Snapshot.rows(location());
    }

    /** After {@link #closeServices}: the database is lost, as if its disk had failed ({@link TestDatabases#lose}). */
    public void loseDatabase() throws Exception {
        TestDatabases.lose(location());
    }

    public Factory factory(String name) {
        return services.factories().add(new Factory(0, name, null, null, null, null, null, null));
    }

    public Order order(Factory factory, String number, LocalDate orderedOn, long quantity, String unitPrice) {
        return services.orders().add(new Order(0, factory.id(), number, Channel.PLATFORM, OrderKind.STANDARD,
                "硅胶铲5件套", new AgreedSpecs("灰色", null, "OPP bag", null), quantity, "sets",
                Money.of(unitPrice, Money.CNY), orderedOn, orderedOn.plusDays(18), orderedOn.minusDays(1), null, null));
    }

    /** Writes a small real JPEG (or PNG, by the name's extension) whose pixels depend on {@code seed}. */
    public Path photo(String name, int seed) throws IOException {
        return photo(outside(), name, seed);
    }

    /** As {@link #photo(String, int)}, into {@code folder}: for tests that have no workspace of their own. */
    public static Path photo(Path folder, String name, int seed) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Math.floorMod(seed * 40, 256), Math.floorMod(seed * 90, 256), Math.floorMod(seed * 150, 256)));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawString(Integer.toString(seed), 10, 30);
        g.dispose();
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, name.toLowerCase().endsWith(".png") ? "png" : "jpg", file.toFile());
        return file;
    }

    public Path textFile(String name, String content) throws IOException {
        Path file = outside().resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Override
    public void close() {
        services.close();
    }
}
