package app.dossier.packet;

import app.dossier.photos.PhotoReader;
import java.awt.Color;
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
 * Turns a photo or screenshot of any size into a small upright RGB JPEG. A 12-megapixel phone photo
 * is never decoded whole: ImageIO reads every n-th pixel (source subsampling) so that only about
 * the target size is held in memory, then the image is turned per its EXIF orientation, scaled
 * smoothly to size and encoded, lowering quality and then size until it fits the byte budget.
 */
final class PhotoScaler {
    private static final float[] QUALITIES = {0.82f, 0.72f, 0.62f, 0.52f};
    private static final int SMALLEST_EDGE = 64;

    /** An encoded photo: baseline JPEG bytes, 3 components, no alpha; width and height in pixels. */
    record ScaledPhoto(byte[] jpeg, int width, int height) {
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
        BufferedImage upright = readUpright(file, orientation, maxWidth, maxHeight);
        double shrink = 1.0;
        while (true) {
            BufferedImage image = shrink == 1.0 ? upright : resize(upright,
                    Math.max(1, (int) Math.round(upright.getWidth() * shrink)),
                    Math.max(1, (int) Math.round(upright.getHeight() * shrink)));
            for (float quality : QUALITIES) {
                byte[] jpeg = encode(image, quality);
                boolean smallest = Math.max(image.getWidth(), image.getHeight()) <= SMALLEST_EDGE;
                if (jpeg.length <= maxBytes || (smallest && quality == QUALITIES[QUALITIES.length - 1])) {
                    return new ScaledPhoto(jpeg, image.getWidth(), image.getHeight());
                }
            }
            shrink *= 0.8;
        }
    }

    /** Decodes at about the size needed (never larger than the source), upright, RGB on white. */
    static BufferedImage readUpright(Path file, int orientation, int maxWidth, int maxHeight) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file.getFileName());
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                // an iPhone's HEIC: decoded whole by the photo reader
                BufferedImage whole = PhotoReader.read(file);
                boolean turned = orientation >= 5;
                double scale = Math.min(1.0, Math.min((double) (turned ? maxHeight : maxWidth) / whole.getWidth(),
                        (double) (turned ? maxWidth : maxHeight) / whole.getHeight()));
                return orientAndScale(whole, orientation, Math.max(1, (int) Math.round(whole.getWidth() * scale)),
                        Math.max(1, (int) Math.round(whole.getHeight() * scale)));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int sourceWidth = reader.getWidth(0);
                int sourceHeight = reader.getHeight(0);
                boolean turned = orientation >= 5;
                // the limits apply to the upright image; a turned photo has its sides swapped
                int limitW = turned ? maxHeight : maxWidth;
                int limitH = turned ? maxWidth : maxHeight;
                double scale = Math.min(1.0, Math.min((double) limitW / sourceWidth, (double) limitH / sourceHeight));
                int step = Math.max(1, (int) Math.floor(1.0 / scale));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                int targetW = Math.max(1, (int) Math.round(sourceWidth * scale));
                int targetH = Math.max(1, (int) Math.round(sourceHeight * scale));
                return orientAndScale(decoded, orientation, targetW, targetH);
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

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        return orientAndScale(image, 1, width, height);
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
