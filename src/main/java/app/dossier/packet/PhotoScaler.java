package app.dossier.packet;

import app.dossier.photos.Downscale;
import app.dossier.photos.PhotoReader;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a photo or screenshot of any size into a small upright RGB JPEG, downscaled so that every
 * pixel of the original counts ({@link Downscale}): thin cracks stay lines and printed labels stay
 * readable. The picture is decoded in one place, {@link #decode}, in its stored orientation; then
 * it is made smaller, turned per its EXIF orientation and encoded, lowering quality and then size
 * until it fits the byte budget.
 */
final class PhotoScaler {
    private static final float[] QUALITIES = {0.88f, 0.82f, 0.76f, 0.70f, 0.62f, 0.54f};
    private static final int SMALLEST_EDGE = 64;

    /** An encoded photo: baseline JPEG bytes, 3 components, no alpha; width and height in pixels. */
    record ScaledPhoto(byte[] jpeg, int width, int height) {
    }

    /** The size in pixels a picture is made, given its own size; never larger than it. */
    @FunctionalInterface
    interface Fit {
        Dimension pixels(int width, int height);

        /** As large as fits in {@code maxWidth} × {@code maxHeight}, keeping its proportions. */
        static Fit within(int maxWidth, int maxHeight) {
            return (w, h) -> {
                double scale = Math.min(1.0, Math.min((double) maxWidth / w, (double) maxHeight / h));
                return new Dimension(Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
            };
        }

        /** The same fit for the picture as stored, when it is stored turned a quarter (orientations 5–8). */
        default Fit turned() {
            return (w, h) -> {
                Dimension upright = pixels(h, w);
                return new Dimension(upright.height, upright.width);
            };
        }
    }

    private PhotoScaler() {
    }

    /**
     * @param orientation EXIF orientation, 1 to 8
     * @param maxWidth    largest width of the upright result, in pixels
     * @param maxHeight   largest height of the upright result, in pixels
     * @param maxBytes    largest JPEG size
     * @throws IOException when the file is not an image this JDK can read
     */
    static ScaledPhoto scale(Path file, int orientation, int maxWidth, int maxHeight, int maxBytes) throws IOException {
        return encodeWithin(upright(file, orientation, Fit.within(maxWidth, maxHeight)), maxBytes);
    }

    /** Encodes at the highest quality that fits {@code maxBytes}; only when none does, makes the picture smaller. */
    static ScaledPhoto encodeWithin(BufferedImage upright, int maxBytes) throws IOException {
        BufferedImage image = upright;
        while (true) {
            for (float quality : QUALITIES) {
                byte[] jpeg = encode(image, quality);
                boolean smallest = Math.max(image.getWidth(), image.getHeight()) <= SMALLEST_EDGE;
                if (jpeg.length <= maxBytes || (smallest && quality == QUALITIES[QUALITIES.length - 1])) {
                    return new ScaledPhoto(jpeg, image.getWidth(), image.getHeight());
                }
            }
            image = Downscale.toSize(image, Math.max(1, (int) Math.round(image.getWidth() * 0.85)),
                    Math.max(1, (int) Math.round(image.getHeight() * 0.85)));
        }
    }

    /**
     * The picture upright, at the size {@code fit} gives for its upright size, RGB on white. Besides
     * the decoded picture only a copy as narrow as the result is held, and the decoded picture is
     * dropped before the rest of the work.
     */
    static BufferedImage upright(Path file, int orientation, Fit fit) throws IOException {
        BufferedImage small = Downscale.finish(decodedAndHalved(file, orientation >= 5 ? fit.turned() : fit));
        if (orientation < 2 || orientation > 8) {
            return small;
        }
        return orientAndScale(small, orientation, small.getWidth(), small.getHeight());
    }

    /* Its own method, so that the decoded picture is unreachable once it returns. */
    private static Downscale.Pixels decodedAndHalved(Path file, Fit stored) throws IOException {
        BufferedImage decoded = decode(file, stored);
        Dimension size = stored.pixels(decoded.getWidth(), decoded.getHeight());
        return Downscale.firstStep(decoded, size.width, size.height);
    }

    /**
     * Decodes a picture as it is stored (not turned). The one place pictures are read: a reader for
     * another format goes here. When every n-th pixel still leaves at least twice the size
     * {@code fit} asks for (a very large picture), only those are read, to save memory; the
     * downscaling from there averages properly. A reader may also ignore {@code fit} and return the
     * whole picture.
     *
     * @throws IOException when the file is not an image this JDK can read
     */
    static BufferedImage decode(Path file, Fit fit) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file.getFileName());
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                // an iPhone's HEIC: decoded whole by the photo reader
                return PhotoReader.read(file);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int sourceWidth = reader.getWidth(0);
                int sourceHeight = reader.getHeight(0);
                Dimension target = fit.pixels(sourceWidth, sourceHeight);
                int step = Math.max(1, Math.min(sourceWidth / (2 * target.width), sourceHeight / (2 * target.height)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Draws {@code source} turned per EXIF orientation and scaled so that, before turning, it is
     * {@code width} × {@code height}. The result is RGB on white, so transparency never reaches the PDF.
     */
    static BufferedImage orientAndScale(BufferedImage source, int orientation, int width, int height) {
        boolean turned = orientation >= 5;
        int outW = turned ? height : width;
        int outH = turned ? width : height;
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, outW, outH);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            AffineTransform t = orientation(orientation, width, height);
            t.concatenate(AffineTransform.getScaleInstance((double) width / source.getWidth(),
                    (double) height / source.getHeight()));
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Maps a w × h image as stored to the upright image, per EXIF orientation 1–8. */
    static AffineTransform orientation(int orientation, int w, int h) {
        // new AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // turned 180°
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // needs 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // needs 90° counter-clockwise
            default -> new AffineTransform();
        };
    }

    static byte[] encode(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
