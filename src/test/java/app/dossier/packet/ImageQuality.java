package app.dossier.packet;

import java.awt.image.BufferedImage;

/**
 * Yardsticks for downscaled pictures, written here independently of the packet's own code: a
 * Lanczos-3 resize (what photo editors and ImageMagick use by default) as the reference, and the
 * structural similarity (SSIM) of two pictures in grey, over every 7 × 7 window.
 */
final class ImageQuality {
    private ImageQuality() {
    }

    /** Lanczos-3 resize, separable, its kernel widened by the reduction so that it averages every pixel. */
    static BufferedImage lanczos(BufferedImage source, int width, int height) {
        int w = source.getWidth();
        int h = source.getHeight();
        float[][] rgb = new float[3][];
        int[] pixels = source.getRGB(0, 0, w, h, null, 0, w);
        for (int c = 0; c < 3; c++) {
            float[] plane = new float[w * h];
            int shift = 16 - 8 * c;
            for (int i = 0; i < plane.length; i++) {
                plane[i] = (pixels[i] >> shift) & 0xFF;
            }
            rgb[c] = plane;
        }
        pixels = null;
        int[] out = new int[width * height];
        for (int c = 0; c < 3; c++) {
            float[] across = pass(rgb[c], w, h, width, true);
            rgb[c] = null;
            float[] both = pass(across, width, h, height, false);
            int shift = 16 - 8 * c;
            for (int i = 0; i < out.length; i++) {
                out[i] |= Math.max(0, Math.min(255, Math.round(both[i]))) << shift;
            }
        }
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, width, height, out, 0, width);
        return result;
    }

    /** One direction: rows ({@code horizontal}) or columns of a w × h plane resized to {@code to}. */
    private static float[] pass(float[] in, int w, int h, int to, boolean horizontal) {
        int from = horizontal ? w : h;
        double scale = Math.min(1.0, (double) to / from);
        double radius = 3 / scale;
        int count = (int) Math.ceil(2 * radius) + 1;
        int[] first = new int[to];
        float[] weights = new float[to * count];
        for (int i = 0; i < to; i++) {
            double center = (i + 0.5) * from / to - 0.5;
            int start = (int) Math.ceil(center - radius);
            first[i] = start;
            double sum = 0;
            for (int t = 0; t < count; t++) {
                double weight = lanczos3((start + t - center) * scale);
                weights[i * count + t] = (float) weight;
                sum += weight;
            }
            for (int t = 0; t < count; t++) {
                weights[i * count + t] /= (float) sum;
            }
        }
        int ow = horizontal ? to : w;
        int oh = horizontal ? h : to;
        float[] out = new float[ow * oh];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int i = horizontal ? x : y;
                float sum = 0;
                for (int t = 0; t < count; t++) {
                    int s = Math.min(from - 1, Math.max(0, first[i] + t));
                    sum += weights[i * count + t] * (horizontal ? in[y * w + s] : in[s * w + x]);
                }
                out[y * ow + x] = sum;
            }
        }
        return out;
    }

    private static double lanczos3(double x) {
        if (x == 0) {
            return 1;
        }
        if (Math.abs(x) >= 3) {
            return 0;
        }
        double px = Math.PI * x;
        return 3 * Math.sin(px) * Math.sin(px / 3) / (px * px);
    }

    /** Grey (Rec. 601 luma) of each pixel. */
    static double[] grey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        double[] grey = new double[w * h];
        for (int i = 0; i < grey.length; i++) {
            int p = pixels[i];
            grey[i] = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
        }
        return grey;
    }

    /**
     * Mean SSIM in grey over every 7 × 7 window (uniform weights, K1 = 0.01, K2 = 0.03, L = 255), as
     * scikit-image computes it by default. 1 is identical.
     */
    static double ssim(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException(a.getWidth() + "x" + a.getHeight() + " vs " + b.getWidth() + "x"
                    + b.getHeight());
        }
        int w = a.getWidth();
        int h = a.getHeight();
        double[] x = grey(a);
        double[] y = grey(b);
        double[][] sums = new double[5][(w + 1) * (h + 1)];
        for (int r = 0; r < h; r++) {
            double[] row = new double[5];
            for (int c = 0; c < w; c++) {
                double xv = x[r * w + c];
                double yv = y[r * w + c];
                row[0] += xv;
                row[1] += yv;
                row[2] += xv * xv;
                row[3] += yv * yv;
                row[4] += xv * yv;
                int i = (r + 1) * (w + 1) + c + 1;
                for (int k = 0; k < 5; k++) {
                    sums[k][i] = sums[k][i - (w + 1)] + row[k];
                }
            }
        }
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        int n = 49;
        double cov = n / (n - 1.0);
        double total = 0;
        long windows = 0;
        for (int r = 0; r + 7 <= h; r++) {
            for (int c = 0; c + 7 <= w; c++) {
                double[] s = new double[5];
                for (int k = 0; k < 5; k++) {
                    double[] t = sums[k];
                    s[k] = t[(r + 7) * (w + 1) + c + 7] - t[r * (w + 1) + c + 7] - t[(r + 7) * (w + 1) + c]
                            + t[r * (w + 1) + c];
                }
                double mx = s[0] / n;
                double my = s[1] / n;
                double vx = cov * (s[2] / n - mx * mx);
                double vy = cov * (s[3] / n - my * my);
                double vxy = cov * (s[4] / n - mx * my);
                total += (2 * mx * my + c1) * (2 * vxy + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
                windows++;
            }
        }
        return total / windows;
    }

    /**
     * How a picture was shrunk before this change: every n-th pixel read (source subsampling, n the
     * whole number of times the target fits), then a bilinear scale to size.
     */
    static BufferedImage subsampled(BufferedImage source, int width, int height) {
        int step = Math.max(1, (int) Math.floor(Math.min((double) source.getWidth() / width,
                (double) source.getHeight() / height)));
        int sw = (source.getWidth() + step - 1) / step;
        int sh = (source.getHeight() + step - 1) / step;
        BufferedImage every = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                every.setRGB(x, y, source.getRGB(x * step, y * step));
            }
        }
        return PhotoScaler.orientAndScale(every, 1, width, height);
    }
}
