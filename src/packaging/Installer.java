import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds Dossier's app image and the installer of the system it runs on with jpackage (decision 26):
 * a .deb on Linux, an .msi on Windows (WiX 3 on the PATH), a .dmg on macOS. Run by
 * {@code mvn -Pinstaller package} after the jar and target/lib are made, as
 * {@code java src/packaging/Installer.java TARGET VERSION [app-image|native]}; the result is in
 * TARGET/installer.
 *
 * <ol>
 *   <li>The runtime is jlink'ed from the JDK modules Dossier uses (found with jdeps, plus those it
 *       reaches through services: locale data, charsets, zip file systems) and JavaFX's own modules,
 *       taken from the platform jars in target/lib: JavaFX runs from the module path, as it expects.
 *       JavaFX's native libraries go beside the JDK's in the runtime, so nothing is unpacked into the
 *       user's home at start.</li>
 *   <li>The other jars go on the class path of the launcher, with the JVM options below.</li>
 *   <li>A training run opens the window on the sample business and closes it (headless under Xvfb on
 *       Linux without a display); the classes it loaded are written, at the image's own paths, to
 *       the class-data archive {@code dossier.jsa} beside the jars, which the launcher then maps.</li>
 *   <li>The installer is made from that finished image.</li>
 * </ol>
 */
public final class Installer {
    /** What jdeps finds (java.base, java.desktop, java.management, java.sql, jdk.unsupported), and what it cannot see. */
    static final String JDK_MODULES = String.join(",", "java.base", "java.desktop", "java.logging",
            "java.management", "java.naming", "java.sql", "java.xml", "jdk.unsupported", "jdk.localedata",
            "jdk.charsets", "jdk.zipfs", "jdk.httpserver");
    static final String FX_MODULES = "javafx.controls,javafx.swing";
    /** Serial GC: one desktop user, a heap the size of verify at 10,000 orders (577 MB peak used). */
    static final List<String> JAVA_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx1g", "-XX:-UsePerfData",
            "-Dfile.encoding=UTF-8", "-Ddossier.fonts=$APPDIR/fonts");
    static final String NAME = "Dossier";
    static final String ARCHIVE = "dossier.jsa";

    private final Path target;
    private final Path out;
    private final String version;
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    Installer(Path target, String version) {
        this.target = target.toAbsolutePath();
        this.out = this.target.resolve("installer");
        this.version = version.replace("-SNAPSHOT", "");
    }

    public static void main(String[] args) throws Exception {
        Installer installer = new Installer(Path.of(args[0]), args[1]);
        installer.appImage();
        if (args.length < 3 || !args[2].equals("app-image")) {
            installer.nativePackage();
        }
    }

    void appImage() throws Exception {
        delete(out);
        Path input = Files.createDirectories(out.resolve("input"));
        Path lib = Files.createDirectories(input.resolve("lib"));
        Path modules = Files.createDirectories(out.resolve("javafx"));
        Files.copy(target.resolve("dossier.jar"), input.resolve("dossier.jar"));
        List<Path> fxJars = new ArrayList<>();
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("ph-fonts-noto-sans-sc")) {
                    copyFonts(jar, Files.createDirectories(input.resolve("fonts")));
                }
                if (!name.startsWith("javafx-")) {
                    Files.copy(jar, lib.resolve(name));
                } else if (name.matches("javafx-[a-z]+-[0-9.]+-.+\\.jar")) { // the platform's jar, not the empty one
                    fxJars.add(Files.copy(jar, modules.resolve(name)));
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", out.toString(), "--name", NAME,
                "--input", input.toString(), "--main-jar", "dossier.jar", "--main-class", "app.dossier.app.Main",
                "--module-path", modules.toString(), "--add-modules", JDK_MODULES + "," + FX_MODULES,
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files"
                        + " --generate-cds-archive --include-locales=en,vi,zh",
                "--description", "Case files for orders from 1688 factories", "--vendor", NAME));
        appVersion(args);
        for (String option : JAVA_OPTIONS) {
            args.addAll(List.of("--java-options", option));
        }
        if (windows()) { // the window's launcher has no console; this one is for the commands
            Path properties = out.resolve("dossier-cli.properties");
            Files.writeString(properties, "win-console=true\n");
            args.addAll(List.of("--add-launcher", "dossier-cli=" + properties));
        }
        tool("jpackage", args);
        copyNativeLibraries(fxJars);
        linuxLauncher();
        train();
        linuxLauncher();
    }

    /**
     * On Linux, a shell launcher in place of jpackage's own: that one asks rpm and dpkg, twice, which
     * package owns it before it starts Java, about 0.4 s of every start (measured with strace). This one
     * starts the image's own runtime with exactly the class path and options of the launcher's .cfg, so
     * the class-data archive made by the training run (through this same launcher) matches it.
     */
    private void linuxLauncher() throws IOException {
        if (windows() || mac()) {
            return;
        }
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(appDir().resolve(NAME + ".cfg"))) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            } else if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        StringBuilder script = new StringBuilder("#!/bin/sh\n")
                .append("# Starts Dossier with the image's own Java (written by src/packaging/Installer.java)\n")
                .append("self=\"$0\"\n")
                .append("if command -v readlink >/dev/null 2>&1; then self=\"$(readlink -f \"$0\")\"; fi\n")
                .append("case \"$self\" in */*) ;; *) self=\"./$self\" ;; esac\n")
                .append("APPDIR=\"$(cd -P -- \"${self%/*}/../lib/app\" && pwd -P)\" || exit 1\n")
                .append("exec \"$APPDIR/../runtime/bin/java\"");
        for (String option : options) {
            script.append(" \\\n    \"").append(option.replace("$APPDIR", "${APPDIR}")).append('"');
        }
        script.append(" \\\n    -cp \"").append(String.join(":", classPath).replace("$APPDIR", "${APPDIR}"))
                .append("\" \\\n    ").append(mainClass).append(" \"$@\"\n");
        Path launcher = launcher();
        Files.writeString(launcher, script.toString());
        launcher.toFile().setExecutable(true, false);
    }

    void nativePackage() throws Exception {
        String type = windows() ? "msi" : mac() ? "dmg" : "deb";
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image().toString(),
                "--dest", out.toString(), "--name", NAME, "--vendor", NAME,
                "--description", "Case files for orders from 1688 factories"));
        appVersion(args);
        if (windows()) {
            args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", "5f1f6b1e-6c2a-4d0e-9a39-0d55e1a6c2f1"));
        } else if (mac()) {
            args.addAll(List.of("--mac-package-name", NAME));
        } else {
            args.addAll(List.of("--linux-package-name", "dossier", "--linux-shortcut", "--linux-menu-group", "Office",
                    "--linux-app-category", "office"));
        }
        tool("jpackage", args);
    }

    /** The window's two fonts as files, which JavaFX maps as they are (Theme, -Ddossier.fonts). */
    private static void copyFonts(Path jar, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (name.equals("NotoSansSC-Regular.ttf") || name.equals("NotoSansSC-Bold.ttf")) {
                    Files.copy(zip, into.resolve(name));
                }
            }
        }
    }

    /** JavaFX's natives beside the JDK's, where its loader looks first; else it unpacks them into ~/.openjfx at start. */
    private void copyNativeLibraries(List<Path> fxJars) throws IOException {
        Path into = runtime().resolve(windows() ? "bin" : "lib");
        for (Path jar : fxJars) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    String name = entry.getName();
                    if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                        Files.copy(zip, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Opens the window on the sample business once and closes it; the JVM writes the archive as it exits. */
    private void train() throws Exception {
        Path work = Files.createTempDirectory("dossier-training-");
        Process xvfb = null;
        try {
            List<String> display = new ArrayList<>();
            if (!windows() && !mac() && System.getenv("DISPLAY") == null) {
                String number = ":" + (90 + ProcessHandle.current().pid() % 100);
                try {
                    xvfb = new ProcessBuilder("Xvfb", number, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                            .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
                    display.add(number);
                    Thread.sleep(1000);
                } catch (IOException e) {
                    System.out.println("No display and no Xvfb: the image is built without its class-data archive"
                            + " (install the Debian package xvfb to have it)");
                    return;
                }
            }
            Path data = work.resolve("data");
            run(work, display, null, launcher(), "sample", "--data", data.toString());
            // the runtime's own archive, for the JDK's and JavaFX's classes: they are in its modules file,
            // so it holds wherever the image is copied or installed
            Path classes = work.resolve("classes.list");
            run(work, display, "-XX:DumpLoadedClassList=" + classes + " -Ddossier.startupCheck=true",
                    launcher(), "--data", data.toString());
            run(work, display, null, runtime().resolve(windows() ? "bin/java.exe" : "bin/java"), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + classes);
            // on top of it, the classes of the jars: JDK 17 takes them only at the class path they were
            // archived from, so they count where the image stays (and the installer's folder is the same)
            Path archive = appDir().resolve(ARCHIVE);
            run(work, display, "-XX:ArchiveClassesAtExit=" + archive + " -Ddossier.startupCheck=true",
                    launcher(), "--data", data.toString());
            if (!Files.exists(archive)) {
                System.out.println("The training run wrote no class-data archive: the image starts without one");
                return;
            }
            try (Stream<Path> files = Files.list(appDir())) {
                for (Path cfg : files.filter(f -> f.toString().endsWith(".cfg")).toList()) {
                    String text = Files.readString(cfg);
                    String n = System.lineSeparator();
                    Files.writeString(cfg, text.replaceFirst("\\[JavaOptions\\]\\R", "[JavaOptions]" + n
                            + "java-options=-XX:SharedArchiveFile=\\$APPDIR/" + ARCHIVE + n
                            + "java-options=-Xlog:cds=off" + n + "java-options=-Xlog:cds+dynamic=off" + n));
                }
            }
            System.out.printf(Locale.ROOT, "Class-data archive: %s (%d MB)%n", archive, Files.size(archive) >> 20);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
            delete(work);
        }
    }

    private void run(Path work, List<String> display, String toolOptions, Path program, String... arguments)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("training.log").toFile());
        if (!display.isEmpty()) {
            builder.environment().put("DISPLAY", display.get(0));
            builder.environment().put("NO_AT_BRIDGE", "1"); // no accessibility bus on a bare X server
        }
        if (toolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the training run did not finish: " + Files.readString(work.resolve("training.log")));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the training run failed: " + Files.readString(work.resolve("training.log")));
        }
    }

    private Path image() {
        return out.resolve(mac() ? NAME + ".app" : NAME);
    }

    private Path runtime() {
        return windows() ? image().resolve("runtime")
                : mac() ? image().resolve("Contents/runtime/Contents/Home") : image().resolve("lib/runtime");
    }

    private Path appDir() {
        return windows() ? image().resolve("app") : mac() ? image().resolve("Contents/app") : image().resolve("lib/app");
    }

    private Path launcher() {
        return windows() ? image().resolve(NAME + ".exe")
                : mac() ? image().resolve("Contents/MacOS/" + NAME) : image().resolve("bin/" + NAME);
    }

    /** macOS wants a first number above zero; there jpackage's own 1.0 stands in for a 0.x version. */
    private void appVersion(List<String> args) {
        if (!(mac() && version.startsWith("0"))) {
            args.addAll(List.of("--app-version", version));
        }
    }

    private boolean windows() {
        return os.startsWith("windows");
    }

    private boolean mac() {
        return os.startsWith("mac");
    }

    private static void tool(String name, List<String> args) {
        System.out.println(name + " " + String.join(" ", args));
        int code = ToolProvider.findFirst(name).orElseThrow().run(System.out, System.err, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(name + " failed with " + code);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
