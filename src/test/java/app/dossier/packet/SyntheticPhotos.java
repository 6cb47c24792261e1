package app.dossier.packet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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

    /**
     * A photo of an inspected product as a phone would take it: a lit surface (gradients), fine
     * texture and sensor noise, a few thin dark cracks 1–3 px wide, and small printed labels. The
     * labels' letters are {@code textHeight} pixels tall.
     */
    static BufferedImage inspection(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color light = new Color(150 + random.nextInt(90), 140 + random.nextInt(90), 120 + random.nextInt(90));
        g.setPaint(new java.awt.GradientPaint(0, 0, light, width, height, light.darker().darker()));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int w = width / 6 + random.nextInt(width / 3);
            int h = height / 6 + random.nextInt(height / 3);
            g.fillRoundRect(random.nextInt(width - w), random.nextInt(height - h), w, h, w / 5, h / 5);
        }
        int scale = Math.max(width, height);
        // woven fabric or a carton's flutes: fine stripes a few pixels apart, which a careless downscale turns to moiré
        for (int patch = 0; patch < 2; patch++) {
            int pw = width / 4 + random.nextInt(width / 5);
            int ph = height / 4 + random.nextInt(height / 5);
            int px = random.nextInt(width - pw);
            int py = random.nextInt(height - ph);
            java.awt.Shape clip = g.getClip();
            g.clipRect(px, py, pw, ph);
            g.setColor(new Color(230, 226, 215));
            g.fillRect(px, py, pw, ph);
            g.setColor(new Color(90 + random.nextInt(60), 80 + random.nextInt(60), 70 + random.nextInt(60)));
            g.setStroke(new BasicStroke(1.4f));
            double period = 2.6 + random.nextDouble();
            double angle = random.nextDouble() * Math.PI;
            double dx = Math.cos(angle);
            double dy = Math.sin(angle);
            double reach = pw + ph;
            for (double t = -reach; t < reach; t += period) {
                double cx = px + pw / 2.0 + t * -dy;
                double cy = py + ph / 2.0 + t * dx;
                g.draw(new java.awt.geom.Line2D.Double(cx - reach * dx, cy - reach * dy, cx + reach * dx, cy + reach * dy));
            }
            g.setClip(clip);
        }
        for (int c = 0; c < 3; c++) {
            g.setColor(new Color(35, 30, 28));
            g.setStroke(new BasicStroke(1 + c, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            java.awt.geom.Path2D crack = new java.awt.geom.Path2D.Double();
            double x = width * (0.1 + 0.6 * random.nextDouble());
            double y = height * (0.1 + 0.6 * random.nextDouble());
            crack.moveTo(x, y);
            for (int s = 0; s < 12; s++) {
                x += scale / 60.0 * (0.5 + random.nextDouble());
                y += scale / 60.0 * (random.nextDouble() - 0.4);
                crack.lineTo(x, y);
            }
            g.draw(crack);
        }
        int textHeight = Math.max(12, scale / 110);
        for (int l = 0; l < 2; l++) {
            int lw = textHeight * 16;
            int lh = textHeight * 4;
            int lx = random.nextInt(Math.max(1, width - lw));
            int ly = random.nextInt(Math.max(1, height - lh));
            g.setColor(new Color(245, 244, 238));
            g.fillRect(lx, ly, lw, lh);
            g.setColor(new Color(20, 20, 20));
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, textHeight));
            g.drawString("SKU 4471-B  LOT 2026/10", lx + textHeight / 2, ly + textHeight * 3 / 2);
            g.drawString("NW 2.5 kg  QC PASS 07", lx + textHeight / 2, ly + textHeight * 3);
        }
        g.dispose();
        addTexture(image, random);
        return image;
    }

    /** Fine texture (a few pixels across) and sensor noise, as a real surface under a phone camera. */
    private static void addTexture(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        int cell = 6;
        int cw = width / cell + 2;
        float[] grid = new float[cw * (height / cell + 2)];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (float) (random.nextGaussian() * 5);
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            int gy = y / cell;
            float fy = (y % cell) / (float) cell;
            for (int x = 0; x < width; x++) {
                int gx = x / cell;
                float fx = (x % cell) / (float) cell;
                float t = (grid[gy * cw + gx] * (1 - fx) + grid[gy * cw + gx + 1] * fx) * (1 - fy)
                        + (grid[(gy + 1) * cw + gx] * (1 - fx) + grid[(gy + 1) * cw + gx + 1] * fx) * fy;
                int noise = Math.round(t) + random.nextInt(9) - 4;
                int p = pixels[y * width + x];
                pixels[y * width + x] = clamp(((p >> 16) & 0xFF) + noise) << 16
                        | clamp(((p >> 8) & 0xFF) + noise) << 8 | clamp((p & 0xFF) + noise);
            }
        }
    }

    /**
     * Writes an upright picture as a phone stores it: the pixels turned the way {@code orientation}
     * says (EXIF 1–8) and an EXIF segment with that orientation, so that viewers and ImageMagick's
     * {@code -auto-orient} turn it back.
     */
    static void writeAsStored(Path file, BufferedImage upright, int orientation, float quality) throws IOException {
        BufferedImage stored = storedAs(upright, orientation);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.MemoryCacheImageOutputStream out = new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(stored, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        // after SOI and the JFIF segment: APP1 "Exif", a big-endian TIFF with one entry, 0x0112 Orientation
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 1, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            out.write(jpeg, 0, afterJfif);
            out.write(exif);
            out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        }
    }

    /** The pixels as a camera stores an upright picture for each EXIF orientation. */
    static BufferedImage storedAs(BufferedImage upright, int orientation) {
        if (orientation == 1) {
            return upright;
        }
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage stored = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] in = ((DataBufferInt) upright.getRaster().getDataBuffer()).getData();
        int[] out = ((DataBufferInt) stored.getRaster().getDataBuffer()).getData();
        int sw = stored.getWidth();
        for (int sy = 0; sy < stored.getHeight(); sy++) {
            for (int sx = 0; sx < sw; sx++) {
                int ux;
                int uy;
                switch (orientation) {
                    case 2 -> { ux = w - 1 - sx; uy = sy; }
                    case 3 -> { ux = w - 1 - sx; uy = h - 1 - sy; }
                    case 4 -> { ux = sx; uy = h - 1 - sy; }
                    case 5 -> { ux = sy; uy = sx; }
                    case 6 -> { ux = w - 1 - sy; uy = sx; }
                    case 7 -> { ux = w - 1 - sy; uy = h - 1 - sx; }
                    default -> { ux = sy; uy = h - 1 - sx; }
                }
                out[sy * sw + sx] = in[uy * w + ux];
            }
        }
        return stored;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
