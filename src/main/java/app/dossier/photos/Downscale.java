package app.dossier.photos;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Makes a picture smaller the way a photographer's tool does: every pixel of the original counts
 * towards the result, so a 2-pixel crack stays a continuous line and small printed text stays
 * readable. (Reading every n-th pixel instead, as source subsampling does, drops whole rows and
 * columns: a thin line becomes dashes, and fine fabric turns to moiré.)
 *
 * <p>Each result pixel is a weighted average of all the original pixels it covers, the weights a
 * Catmull-Rom (bicubic) curve stretched over them, as ImageMagick's {@code -resize} does with its
 * filters. (Halving by 2 × 2 averages first was tried: it lets fine stripes through as moiré.) It
 * is separable: first across, reading the decoded picture one row at a time into a picture already
 * as narrow as the result, then down. Colours are averaged as stored (sRGB), like ImageMagick's
 * default; transparent parts are laid on white.
 */
public final class Downscale {
    private Downscale() {
    }

    /** The picture made to fit {@code maxWidth} × {@code maxHeight}, keeping its shape; never enlarged. */
    public static BufferedImage fit(BufferedImage source, int maxWidth, int maxHeight) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / source.getWidth(),
                (double) maxHeight / source.getHeight()));
        return toSize(source, Math.max(1, (int) Math.round(source.getWidth() * scale)),
                Math.max(1, (int) Math.round(source.getHeight() * scale)));
    }

    /** The picture at {@code width} × {@code height} (never enlarged), as packed RGB on white. */
    public static BufferedImage toSize(BufferedImage source, int width, int height) {
        return finish(firstStep(source, width, height));
    }

    /**
     * Pixels on their way to the target size: already as narrow as the result. Once a picture is
     * one of these, the decoded picture is no longer needed, and dropping it frees most of the memory.
     */
    public record Pixels(int[] rgb, int width, int height, int targetWidth, int targetHeight) {
    }

    /** The first, horizontal, pass: the picture as packed RGB, {@code width} wide (never widened). */
    public static Pixels firstStep(BufferedImage source, int width, int height) {
        int w = source.getWidth();
        int h = source.getHeight();
        int tw = Math.max(1, Math.min(width, w));
        int th = Math.max(1, Math.min(height, h));
        Rows rows = rows(source);
        int[] pixels = new int[tw * h];
        int[] row = new int[w];
        Taps across = w == tw ? null : taps(w, tw);
        for (int y = 0; y < h; y++) {
            rows.read(y, row);
            if (across == null) {
                System.arraycopy(row, 0, pixels, y * w, w);
                continue;
            }
            for (int x = 0; x < tw; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                int first = across.first[x];
                int k = x * across.count;
                for (int t = 0; t < across.count; t++, k++) {
                    int p = row[Math.min(w - 1, Math.max(0, first + t))];
                    float weight = across.weights[k];
                    r += ((p >> 16) & 0xFF) * weight;
                    g += ((p >> 8) & 0xFF) * weight;
                    b += (p & 0xFF) * weight;
                }
                pixels[y * tw + x] = pack(r, g, b);
            }
        }
        return new Pixels(pixels, tw, h, tw, th);
    }

    /** The second, vertical, pass to the exact size. */
    public static BufferedImage finish(Pixels start) {
        int[] pixels = start.rgb();
        int tw = start.targetWidth();
        int th = start.targetHeight();
        if (start.height() != th) {
            pixels = down(pixels, tw, start.height(), th);
        }
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        out.getRaster().setDataElements(0, 0, tw, th, pixels);
        return out;
    }

    /** Reads one row of the picture as packed RGB, transparency on white. */
    @FunctionalInterface
    private interface Rows {
        void read(int y, int[] row);
    }

    private static Rows rows(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        int w = image.getWidth();
        boolean untranslated = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
        if (untranslated && image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1) {
            // the JPEG decoder's own layout: read the bytes, not pixel by pixel through the colour model
            byte[] data = buffer.getData();
            int stride = sm.getScanlineStride();
            int step = sm.getPixelStride();
            int[] bands = sm.getBandOffsets();
            int base = buffer.getOffset();
            return (y, row) -> {
                int p = base + y * stride;
                for (int x = 0; x < w; x++, p += step) {
                    row[x] = (data[p + bands[0]] & 0xFF) << 16 | (data[p + bands[1]] & 0xFF) << 8 | (data[p + bands[2]] & 0xFF);
                }
            };
        }
        if (untranslated && image.getType() == BufferedImage.TYPE_INT_RGB
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && raster.getDataBuffer() instanceof DataBufferInt buffer && buffer.getNumBanks() == 1) {
            int[] data = buffer.getData();
            int stride = sm.getScanlineStride();
            int base = buffer.getOffset();
            return (y, row) -> {
                int p = base + y * stride;
                for (int x = 0; x < w; x++) {
                    row[x] = data[p + x] & 0xFFFFFF;
                }
            };
        }
        boolean alpha = image.getColorModel().hasAlpha();
        return (y, row) -> {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] = alpha ? onWhite(row[x]) : row[x] & 0xFFFFFF;
            }
        };
    }

    private static int onWhite(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb & 0xFFFFFF;
        }
        int white = 255 * (255 - a);
        int r = (((argb >> 16) & 0xFF) * a + white + 127) / 255;
        int g = (((argb >> 8) & 0xFF) * a + white + 127) / 255;
        int b = ((argb & 0xFF) * a + white + 127) / 255;
        return r << 16 | g << 8 | b;
    }

    /** Columns of a tw × h picture filtered down to th rows. */
    private static int[] down(int[] wide, int tw, int h, int th) {
        Taps down = taps(h, th);
        int[] out = new int[tw * th];
        float[] r = new float[tw];
        float[] g = new float[tw];
        float[] b = new float[tw];
        for (int y = 0; y < th; y++) {
            java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(b, 0);
            int first = down.first[y];
            int k = y * down.count;
            for (int t = 0; t < down.count; t++, k++) {
                float weight = down.weights[k];
                if (weight == 0) {
                    continue;
                }
                int row = Math.min(h - 1, Math.max(0, first + t)) * tw;
                for (int x = 0; x < tw; x++) {
                    int p = wide[row + x];
                    r[x] += ((p >> 16) & 0xFF) * weight;
                    g[x] += ((p >> 8) & 0xFF) * weight;
                    b[x] += (p & 0xFF) * weight;
                }
            }
            for (int x = 0; x < tw; x++) {
                out[y * tw + x] = pack(r[x], g[x], b[x]);
            }
        }
        return out;
    }

    private static int pack(float r, float g, float b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(float v) {
        int i = Math.round(v);
        return i < 0 ? 0 : Math.min(255, i);
    }

    /** For each output index: the first source index and {@code count} normalized weights. */
    private record Taps(int[] first, float[] weights, int count) {
    }

    private static Taps taps(int from, int to) {
        double scale = (double) to / from;          // ≤ 1
        double radius = 2 / scale;                  // Catmull-Rom reaches 2 pixels of the result
        int count = (int) Math.ceil(2 * radius) + 1;
        int[] first = new int[to];
        float[] weights = new float[to * count];
        for (int i = 0; i < to; i++) {
            double center = (i + 0.5) / scale - 0.5;
            int start = (int) Math.ceil(center - radius);
            first[i] = start;
            double sum = 0;
            for (int t = 0; t < count; t++) {
                double weight = catmullRom((start + t - center) * scale);
                weights[i * count + t] = (float) weight;
                sum += weight;
            }
            for (int t = 0; t < count; t++) {
                weights[i * count + t] /= (float) sum;
            }
        }
        return new Taps(first, weights, count);
    }

    private static double catmullRom(double x) {
        x = Math.abs(x);
        if (x < 1) {
            return 1.5 * x * x * x - 2.5 * x * x + 1;
        }
        if (x < 2) {
            return -0.5 * x * x * x + 2.5 * x * x - 4 * x + 2;
        }
        return 0;
    }
}
