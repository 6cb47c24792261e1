package app.dossier.packet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/** Phone-like photos made up for tests and the benchmark: shapes over sensor noise, so they don't compress to nothing. */
final class SyntheticPhotos {
    private SyntheticPhotos() {
    }

    static void write(Path file, int width, int height, Random random) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int w = width / 20 + random.nextInt(width / 4);
            int h = height / 20 + random.nextInt(height / 4);
            int x = random.nextInt(width - w);
            int y = random.nextInt(height - h);
            if (i % 3 == 0) {
                g.fillOval(x, y, w, h);
            } else if (i % 3 == 1) {
                g.fillRect(x, y, w, h);
            } else {
                g.setStroke(new BasicStroke(4 + random.nextInt(30)));
                g.drawLine(x, y, x + w, y + h);
            }
        }
        g.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int noise = random.nextInt(41) - 20;
            int p = pixels[i];
            pixels[i] = clamp(((p >> 16) & 0xFF) + noise) << 16 | clamp(((p >> 8) & 0xFF) + noise) << 8
                    | clamp((p & 0xFF) + noise);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (FileImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
