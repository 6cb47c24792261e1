package app.dossier.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Drawing helpers shared by the sample photos and screenshots: fonts, text, noise. */
final class Draw {

    private static final String FONT_DIR = "/fonts/ttf/NotoSansSC/";
    private static final Font REGULAR = load("NotoSansSC-Regular.ttf");
    private static final Font BOLD = load("NotoSansSC-Bold.ttf");

    private Draw() {
    }

    private static Font load(String file) {
        try (InputStream in = Draw.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + FONT_DIR + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    static BufferedImage image(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        return g;
    }

    static Color rgb(int rgb) {
        return new Color(rgb);
    }

    static Color argb(int rgb, int alpha) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    static Color shade(Color c, double factor) {
        return new Color(clamp((int) Math.round(c.getRed() * factor)),
                clamp((int) Math.round(c.getGreen() * factor)),
                clamp((int) Math.round(c.getBlue() * factor)), c.getAlpha());
    }

    static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }

    // ---------------------------------------------------------------- text

    /** NFC form of {@code s}, refusing any character the font would draw as a box. */
    static String nfc(String s, Font font) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        int missing = font.canDisplayUpTo(n);
        if (missing >= 0) {
            throw new IllegalStateException("font " + font.getFontName() + " has no glyph for '"
                    + new String(Character.toChars(n.codePointAt(missing))) + "' in: " + n);
        }
        return n;
    }

    static float width(Graphics2D g, String s) {
        String n = nfc(s, g.getFont());
        return (float) g.getFont().getStringBounds(n, g.getFontRenderContext()).getWidth();
    }

    static void text(Graphics2D g, String s, double x, double baseline) {
        g.drawString(nfc(s, g.getFont()), (float) x, (float) baseline);
    }

    static void textCentered(Graphics2D g, String s, double centerX, double baseline) {
        text(g, s, centerX - width(g, s) / 2, baseline);
    }

    static void textRight(Graphics2D g, String s, double right, double baseline) {
        text(g, s, right - width(g, s), baseline);
    }

    /** Text laid out on one line, shrinking the font until it fits {@code maxWidth}. */
    static void textFit(Graphics2D g, String s, double x, double baseline, double maxWidth) {
        Font original = g.getFont();
        Font f = original;
        while (width(g, s) > maxWidth && f.getSize2D() > 8) {
            f = f.deriveFont(f.getSize2D() - 1);
            g.setFont(f);
        }
        text(g, s, x, baseline);
        g.setFont(original);
    }

    /**
     * Breaks {@code s} into lines no wider than {@code maxWidth}: Chinese characters may break anywhere,
     * Latin words and numbers stay whole, and closing punctuation never starts a line. A newline in
     * {@code s} always breaks.
     */
    static List<String> wrap(Graphics2D g, String s, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : Normalizer.normalize(s, Normalizer.Form.NFC).split("\n", -1)) {
            List<String> tokens = tokens(paragraph);
            StringBuilder line = new StringBuilder();
            for (String token : tokens) {
                String candidate = line + token;
                boolean closing = token.length() == 1 && "，。、；：！？）》」,.;:!?)%".contains(token);
                if (line.length() == 0 || closing || width(g, candidate) <= maxWidth) {
                    if (line.length() == 0 && token.isBlank()) {
                        continue;
                    }
                    line.append(token);
                } else {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(token.isBlank() ? "" : token);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (end < s.length() && isWordChar(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
            }
            tokens.add(s.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isWhitespace(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || Character.isDigit(cp) || cp == '\u00A0'
                || "¥$.,:/-–%×#@_()&*+'".indexOf(cp) >= 0;
    }

    /** Draws {@code lines} top-down from {@code top}; returns the y below the last line. */
    static double lines(Graphics2D g, List<String> lines, double x, double top, double lineHeight) {
        double ascent = g.getFontMetrics().getAscent();
        double y = top;
        for (String line : lines) {
            text(g, line, x, y + ascent + (lineHeight - g.getFontMetrics().getHeight()) / 2);
            y += lineHeight;
        }
        return y;
    }

    /**
     * Text that looks written by hand: every letter a little turned, lifted and resized, in ink that
     * is not quite even. Returns the x after the last letter.
     */
    static double handwriting(Graphics2D g, String s, double x, double baseline, float size, Color ink,
            Random r) {
        String n = nfc(s, REGULAR);
        AffineTransform saved = g.getTransform();
        double cx = x;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            float sz = (float) (size * (0.93 + r.nextDouble() * 0.14));
            Font f = REGULAR.deriveFont(sz).deriveFont(AffineTransform.getShearInstance(-0.18, 0));
            g.setFont(f);
            double advance = f.getStringBounds(ch, g.getFontRenderContext()).getWidth();
            if (!ch.isBlank()) {
                double dy = r.nextGaussian() * size * 0.035;
                double angle = Math.toRadians(r.nextGaussian() * 3.5);
                g.translate(cx, baseline + dy);
                g.rotate(angle);
                int a = 200 + r.nextInt(55);
                g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), a));
                g.drawString(ch, 0f, 0f);
                // a second, slightly shifted pass thickens the stroke like a ballpoint pen
                g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), a / 3));
                g.drawString(ch, 0.8f, 0.5f);
                g.setTransform(saved);
            }
            cx += ch.isBlank() ? size * 0.34 : advance * (0.9 + r.nextDouble() * 0.08) + size * 0.01;
        }
        g.setTransform(saved);
        return cx;
    }

    // ---------------------------------------------------------------- shapes

    static RoundRectangle2D round(double x, double y, double w, double h, double radius) {
        return new RoundRectangle2D.Double(x, y, w, h, radius * 2, radius * 2);
    }

    static Ellipse2D oval(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, rx * 2, ry * 2);
    }

    static Path2D polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    static void fillVertical(Graphics2D g, Shape s, Color top, Color bottom) {
        var b = s.getBounds2D();
        g.setPaint(new GradientPaint((float) b.getX(), (float) b.getY(), top, (float) b.getX(),
                (float) b.getMaxY(), bottom));
        g.fill(s);
    }

    static void fillHorizontal(Graphics2D g, Shape s, Color left, Color right) {
        var b = s.getBounds2D();
        g.setPaint(new GradientPaint((float) b.getX(), (float) b.getY(), left, (float) b.getMaxX(),
                (float) b.getY(), right));
        g.fill(s);
    }

    /** A soft shadow under {@code s}: the shape, offset and grown, in a few faint layers. */
    static void shadow(Graphics2D g, Shape s, double dx, double dy, int layers, int alpha) {
        AffineTransform saved = g.getTransform();
        var b = s.getBounds2D();
        for (int i = layers; i >= 1; i--) {
            double grow = i * 2.5;
            AffineTransform t = new AffineTransform(saved);
            t.translate(b.getCenterX() + dx, b.getCenterY() + dy);
            t.scale((b.getWidth() + grow * 2) / b.getWidth(), (b.getHeight() + grow * 2) / b.getHeight());
            t.translate(-b.getCenterX(), -b.getCenterY());
            g.setTransform(t);
            g.setColor(new Color(0, 0, 0, Math.max(1, alpha / layers)));
            g.fill(s);
        }
        g.setTransform(saved);
    }

    static void stroke(Graphics2D g, Shape s, Color c, float width) {
        g.setColor(c);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
    }

    // ---------------------------------------------------------------- photo finish

    /** Light falling off towards the corners, as with a phone lens. */
    static void vignette(BufferedImage image, float strength) {
        Graphics2D g = graphics(image);
        int w = image.getWidth();
        int h = image.getHeight();
        float radius = (float) Math.hypot(w, h) / 2f;
        g.setPaint(new RadialGradientPaint(new Point2D.Float(w / 2f, h / 2f), radius,
                new float[] {0f, 0.6f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 0),
                        new Color(0, 0, 0, Math.round(255 * strength))}));
        g.fillRect(0, 0, w, h);
        g.dispose();
    }

    /** A slight blur, so drawn edges are no sharper than a phone camera's. */
    static BufferedImage soften(BufferedImage image) {
        float c = 0.52f;
        float e = 0.08f;
        float k = 0.04f;
        Kernel kernel = new Kernel(3, 3, new float[] {k, e, k, e, c, e, k, e, k});
        BufferedImage out = image(image.getWidth(), image.getHeight());
        new ConvolveOp(kernel, ConvolveOp.EDGE_NO_OP, null).filter(image, out);
        return out;
    }

    /** Sensor noise: mostly brightness, a little colour, from a fixed-seed generator. */
    static void noise(BufferedImage image, Random r, double sigma) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            double luma = r.nextGaussian() * sigma;
            double chroma = sigma * 0.35;
            int red = clamp((int) Math.round(((p >> 16) & 0xff) + luma + r.nextGaussian() * chroma));
            int green = clamp((int) Math.round(((p >> 8) & 0xff) + luma + r.nextGaussian() * chroma));
            int blue = clamp((int) Math.round((p & 0xff) + luma + r.nextGaussian() * chroma));
            px[i] = (red << 16) | (green << 8) | blue;
        }
        image.setRGB(0, 0, w, h, px, 0, w);
    }

    /** A copy of {@code image} scaled to {@code width}, keeping its proportions. */
    static BufferedImage thumbnail(BufferedImage image, int width) {
        int height = Math.round(image.getHeight() * (float) width / image.getWidth());
        BufferedImage out = image(width, height);
        Graphics2D g = graphics(out);
        // halve step by step: one big bicubic step from 1280 px would alias
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            BufferedImage half = image(current.getWidth() / 2, current.getHeight() / 2);
            Graphics2D hg = graphics(half);
            hg.drawImage(current, 0, 0, half.getWidth(), half.getHeight(), null);
            hg.dispose();
            current = half;
        }
        g.drawImage(current, 0, 0, width, height, null);
        g.dispose();
        posterize(out, 5);
        return out;
    }

    /**
     * Keeps {@code bits} bits of each colour channel: photos shown inside a screenshot then compress
     * in PNG without looking any different at their size.
     */
    static void posterize(BufferedImage image, int bits) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        int mask = (0xff << (8 - bits)) & 0xff;
        int m = (mask << 16) | (mask << 8) | mask;
        for (int i = 0; i < px.length; i++) {
            px[i] = px[i] & m;
        }
        image.setRGB(0, 0, w, h, px, 0, w);
    }
}
