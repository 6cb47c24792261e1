package app.dossier.app;

import app.dossier.cli.DossierCommand;
import app.dossier.service.DataFolders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One run of the command line in this process, as a script sees it: the exit code and what was printed. */
record CommandRun(int code, String out, String err) {

    /** Runs {@code args} over {@code folders}. */
    static CommandRun of(DataFolders folders, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(folders, args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} on the data folder {@code data} ({@code --data} added last). */
    static CommandRun on(Path data, DataFolders folders, String... args) {
        return of(folders, Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new));
    }

    /**
     * One factory (义乌市佳美日用品有限公司) and its order {@code number} of 200 硅胶铲5件套 at
     * {@code unitPrice}, ordered on {@code orderedOn}, added through the command line as a user would.
     */
    static void oneOrder(Path data, DataFolders folders, String number, String unitPrice, String orderedOn) {
        CommandRun factory = on(data, folders, "add-factory", "义乌市佳美日用品有限公司");
        org.assertj.core.api.Assertions.assertThat(factory.code()).as(factory.err()).isZero();
        CommandRun order = on(data, folders, "add-order", "--factory", "1", "--number", number, "--product",
                "硅胶铲5件套", "--quantity", "200", "--unit-price", unitPrice, "--ordered-on", orderedOn);
        org.assertj.core.api.Assertions.assertThat(order.code()).as(order.err()).isZero();
    }

    /** A small JPEG of one colour (one per seed) at {@code folder/name}, as a phone's photo to attach; its path. */
    static String photo(Path folder, String name, int seed) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(seed * 40 % 256, seed * 90 % 256, seed * 150 % 256));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path file = folder.resolve(name);
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(image, "jpg", file.toFile());
        return file.toString();
    }
}
