package app.dossier.photos;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Files laid out the way phones write them, made at test time: JPEGs with an EXIF block (capture
 * time, its offset, orientation), Samsung's trailer after the picture, a motion photo's video after
 * it, an MPF file's second picture; MP4 and MOV videos with their movie header. The HEIC and WebP
 * samples are committed under {@code src/test/resources/photos} (see make-heic.py there).
 */
public final class PhoneFiles {
    public static final Path SAMPLES = Path.of("src/test/resources/photos");

    private PhoneFiles() {
    }

    /** A photo-like picture with a dark crack and a printed label, {@code width} × {@code height}. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0xC9A77C), width, height, new Color(0x8C6A45)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xF4F1EA));
        g.fillRect(width / 10, height / 10, width / 3, height / 6);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 20)));
        g.drawString("SKU 2837 x20", width / 10 + 8, height / 10 + height / 12);
        g.setColor(new Color(0x202020));
        g.drawLine(width / 5, height * 2 / 3, width * 4 / 5, height * 2 / 3 + height / 30);
        g.dispose();
        return image;
    }

    /** A baseline JPEG of {@code image} with an EXIF block (null for none) right after its start. */
    public static byte[] jpeg(BufferedImage image, byte[] exif) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = out.toByteArray();
        if (exif == null) {
            return plain;
        }
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif);
        ByteBuffer app1 = ByteBuffer.allocate(4 + payload.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        return concat(Arrays.copyOf(plain, 2), app1.array(), Arrays.copyOfRange(plain, 2, plain.length));
    }

    /**
     * A big-endian EXIF TIFF block: IFD0 with Orientation, the Exif IFD with DateTimeOriginal
     * ("2026:10:03 10:31:00") and, when not null, OffsetTimeOriginal ("+07:00").
     */
    public static byte[] exif(String taken, String offset, int orientation) {
        byte[] time = (taken + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] zone = offset == null ? new byte[0] : (offset + "\0").getBytes(StandardCharsets.US_ASCII);
        int exifEntries = offset == null ? 1 : 2;
        int ifd0At = 8;
        int exifAt = ifd0At + 2 + 2 * 12 + 4;
        int valuesAt = exifAt + 2 + exifEntries * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(valuesAt + time.length + zone.length);
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(ifd0At);
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(exifAt);
        b.putInt(0);
        b.putShort((short) exifEntries);
        b.putShort((short) 0x9003).putShort((short) 2).putInt(time.length).putInt(valuesAt);
        if (offset != null) {
            b.putShort((short) 0x9011).putShort((short) 2).putInt(zone.length).putInt(valuesAt + time.length);
        }
        b.putInt(0);
        b.put(time).put(zone);
        return b.array();
    }

    /** What many Samsung phones write after the picture: tagged data ending in "SEFT". */
    public static byte[] withSamsungTrailer(byte[] jpeg) {
        byte[] trailer = concat(new byte[] {0, 0, 0x30, 0x0A}, "Image_UTC_Data1696301460000".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFF, (byte) 0xD9, 0x12, 0x34}, "SEFH".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0x65, 0, 0, 0, 1, 0, 0, 0}, "SEFT".getBytes(StandardCharsets.US_ASCII));
        return concat(jpeg, trailer);
    }

    /** A Google or Samsung motion photo: a short MP4 straight after the picture's end. */
    public static byte[] withMotionPhoto(byte[] jpeg) {
        return concat(jpeg, mp4(Instant.parse("2026-10-03T03:31:00Z"), 1.5, 600_000));
    }

    /** An MPF file (a phone's depth or portrait picture): a second whole JPEG after the first. */
    public static byte[] mpf(byte[] first, byte[] second) {
        return concat(first, second);
    }

    /** The first {@code keep} bytes: a copy cut off by a dropped connection. */
    public static byte[] cutAt(byte[] data, int keep) {
        return Arrays.copyOf(data, keep);
    }

    /** A JPEG whose frame header claims {@code width} × {@code height} pixels: a decompression bomb. */
    public static byte[] claimingSize(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i + 9 < copy.length; ) {
            int marker = copy[i + 1] & 0xFF;
            int length = ((copy[i + 2] & 0xFF) << 8) | (copy[i + 3] & 0xFF);
            if (marker == 0xC0 || marker == 0xC2) {
                copy[i + 5] = (byte) (height >> 8);
                copy[i + 6] = (byte) height;
                copy[i + 7] = (byte) (width >> 8);
                copy[i + 8] = (byte) width;
                return copy;
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("no frame header");
    }

    /**
     * An ISO media file as phones write videos: {@code ftyp}, a {@code moov} with its movie header
     * (creation time, time scale, duration), then {@code mdat} with {@code payload} bytes of media.
     */
    public static byte[] mp4(Instant created, double seconds, int payload) {
        return movie("isom", created, seconds, payload);
    }

    /** The same as an iPhone's MOV ({@code ftyp qt}). */
    public static byte[] mov(Instant created, double seconds, int payload) {
        return movie("qt  ", created, seconds, payload);
    }

    private static byte[] movie(String brand, Instant created, double seconds, int payload) {
        long since1904 = created.getEpochSecond() + 2_082_844_800L;
        int scale = 600;
        ByteBuffer mvhd = ByteBuffer.allocate(108);
        mvhd.putInt(108).put("mvhd".getBytes(StandardCharsets.US_ASCII)).putInt(0);
        mvhd.putInt((int) since1904).putInt((int) since1904).putInt(scale).putInt((int) Math.round(seconds * scale));
        mvhd.putInt(0x00010000).putShort((short) 0x0100).put(new byte[10]);
        int[] matrix = {0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000};
        for (int m : matrix) {
            mvhd.putInt(m);
        }
        mvhd.put(new byte[24]).putInt(2);
        byte[] moov = box("moov", mvhd.array());
        byte[] ftyp = box("ftyp", concat(brand.getBytes(StandardCharsets.US_ASCII), new byte[] {0, 0, 2, 0},
                brand.getBytes(StandardCharsets.US_ASCII), "mp41".getBytes(StandardCharsets.US_ASCII)));
        byte[] media = new byte[payload];
        new java.util.Random(payload).nextBytes(media);
        return concat(ftyp, moov, box("mdat", media));
    }

    private static byte[] box(String type, byte[] content) {
        return ByteBuffer.allocate(8 + content.length).putInt(8 + content.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(content).array();
    }

    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    public static Path write(Path folder, String name, byte[] content) {
        try {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
