package app.dossier.hostile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Writes the binary inputs of the hostile corpus into {@code src/test/resources/hostile/files}. Run
 * once from the project folder when the corpus changes; its output is committed:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) app.dossier.hostile.HostileFiles
 * </pre>
 * Everything is made from fixed content, so running it again writes the same bytes.
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile/files");
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        System.out.println("wrote " + files().size() + " files to " + folder);
    }

    static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] jpeg = picture("jpg");
        byte[] png = picture("png");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        // pictures that are not what they say, or not whole
        files.put("zero-bytes.jpg", new byte[0]);
        files.put("zero-bytes.png", new byte[0]);
        files.put("zero-bytes.pdf", new byte[0]);
        files.put("truncated-half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
        files.put("truncated-header-only.jpg", Arrays.copyOf(jpeg, 3));
        files.put("truncated-half.png", Arrays.copyOf(png, png.length / 2));
        files.put("truncated-no-iend.png", Arrays.copyOf(png, png.length - 12));
        files.put("declares-40000x40000.png", declaring(png, 40_000, 40_000));
        files.put("declares-0x3000.png", declaring(png, 0, 3000));
        files.put("declares-4294967295x1.png", declaring(png, 0xFFFFFFFFL, 1));
        files.put("text-named.jpg", "Đây không phải là ảnh. 这不是照片。\n".getBytes(StandardCharsets.UTF_8));
        files.put("pdf-named.jpg", pdf);
        files.put("png-named.jpg", png);
        files.put("jpeg-named.png", jpeg);
        files.put("zip-named.jpg", zip(Map.of("a.txt", "a")));
        files.put("html-named.jpeg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        files.put("exe-named.jpg", concat(new byte[] {'M', 'Z', (byte) 0x90, 0}, new byte[512]));
        files.put("svg-named.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));

        // case.json files that a rebuild must report and step over
        files.put("case-not-json.json", "this is not JSON at all".getBytes(StandardCharsets.UTF_8));
        files.put("case-empty.json", new byte[0]);
        files.put("case-truncated.json", Arrays.copyOf(goodCase().getBytes(StandardCharsets.UTF_8), 200));
        files.put("case-array.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        files.put("case-no-order.json", "{\"format\": \"dossier-case/1\"}".getBytes(StandardCharsets.UTF_8));
        files.put("case-quantity-text.json", goodCase().replace("\"quantity\": 200", "\"quantity\": \"many\"")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-quantity-negative.json", goodCase().replace("\"quantity\": 200", "\"quantity\": -200")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-quantity-huge.json", goodCase().replace("\"quantity\": 200", "\"quantity\": 1e400")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-money-malformed.json", goodCase().replace("\"amount\": \"18.50\"", "\"amount\": \"1,2,3\"")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-currency-unknown.json", goodCase().replace("\"currency\": \"CNY\"", "\"currency\": \"XYZ1\"")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-date-impossible.json", goodCase().replace("\"orderedOn\": \"2026-09-02\"",
                "\"orderedOn\": \"2026-13-45\"").getBytes(StandardCharsets.UTF_8));
        files.put("case-product-missing.json", goodCase().replace("\"product\": \"硅胶铲5件套\",", "")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-evidence-traversal.json", goodCase().replace("Chat and agreements/mau.jpg",
                "../../../outside.jpg").getBytes(StandardCharsets.UTF_8));
        files.put("case-evidence-absolute.json", goodCase().replace("Chat and agreements/mau.jpg", "/etc/passwd")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-evidence-bad-sha.json", goodCase().replace(GOOD_SHA, "not-a-sha256")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-deep-nesting.json", ("{\"order\": " + "[".repeat(5000) + "]".repeat(5000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        files.put("case-binary.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, jpeg));

        // backups that restore must refuse
        files.put("backup-not-a-zip.zip", "PK but not really a zip".getBytes(StandardCharsets.UTF_8));
        files.put("backup-zero-bytes.zip", new byte[0]);
        files.put("backup-empty.zip", zip(Map.of()));
        byte[] bag = bag(Map.of("data/dossier.db", "not really a database"));
        files.put("backup-truncated.zip", Arrays.copyOf(bag, bag.length / 2));
        files.put("backup-zip-slip.zip", bag(Map.of("data/dossier.db", "x", "data/../../../evil.txt", "evil")));
        files.put("backup-absolute-entry.zip", bag(Map.of("data/dossier.db", "x", "/tmp/dossier-evil.txt", "evil")));
        files.put("backup-backslash-entry.zip", bag(Map.of("data/dossier.db", "x", "data\\..\\..\\evil.txt", "evil")));
        files.put("backup-no-bagit.zip", zip(Map.of("data/dossier.db", "x")));
        files.put("backup-checksum-wrong.zip", withWrongChecksum());
        files.put("backup-stranger-payload.zip", bag(Map.of("data/dossier.db", "x", "data/run-me.sh", "rm -rf ~")));
        // bags as other tools write them, with what RFC 8493 refuses
        files.put("bag-fetch-outside.zip", bag(Map.of("data/dossier.db", "x"), Map.of("fetch.txt",
                "https://example.com/passwd 5 ../../etc/passwd\n")));
        files.put("bag-fetch-to-download.zip", bag(Map.of("data/dossier.db", "x"), Map.of("fetch.txt",
                "https://example.com/photo.jpg 2048 data/photo.jpg\n", "manifest-sha256.txt",
                sha256("x") + "  data/dossier.db\n" + GOOD_SHA + "  data/photo.jpg\n")));
        files.put("bag-bom-bagit.zip", bag(Map.of("data/dossier.db", "x"), Map.of("bagit.txt",
                "\uFEFFBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")));
        return files;
    }

    static final String GOOD_SHA = "0".repeat(63) + "1";

    /** A valid case.json of one order with one file, the shape Dossier writes. */
    static String goodCase() {
        return """
                {
                  "format": "dossier-case/1",
                  "factory": {
                    "id": 900,
                    "name": "Xưởng thử",
                    "folder": "Xưởng thử"
                  },
                  "order": {
                    "id": 900,
                    "factoryId": 900,
                    "orderNumber": "HOSTILE-1",
                    "channel": "PLATFORM",
                    "kind": "STANDARD",
                    "product": "硅胶铲5件套",
                    "specs": {},
                    "quantity": 200,
                    "unit": "sets",
                    "unitPrice": {"amount": "18.50", "currency": "CNY"},
                    "orderedOn": "2026-09-02",
                    "folder": "Xưởng thử/2026-09-02 HOSTILE-1"
                  },
                  "evidence": [
                    {
                      "id": 900,
                      "orderId": 900,
                      "category": "AGREEMENT",
                      "file": "Chat and agreements/mau.jpg",
                      "originalName": "mau.jpg",
                      "sha256": "%s",
                      "size": 1,
                      "mediaType": "image/jpeg",
                      "addedAt": "2026-09-02T03:00:00Z"
                    }
                  ],
                  "payments": [],
                  "disputes": []
                }
                """.formatted(GOOD_SHA);
    }

    private static byte[] picture(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawString("!", 20, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The PNG with its header saying another size (and the header's CRC made right again). */
    private static byte[] declaring(byte[] png, long width, long height) {
        byte[] copy = png.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        b.putInt(16, (int) width);
        b.putInt(20, (int) height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip laid out as a Dossier backup (a BagIt bag in a folder), listing every payload entry. */
    private static byte[] bag(Map<String, String> payload) throws IOException {
        return bag(payload, Map.of());
    }

    /** As {@link #bag(Map)}, with these tag files written as given (over the usual ones). */
    private static byte[] bag(Map<String, String> payload, Map<String, String> tagFiles) throws IOException {
        Map<String, String> entries = new java.util.TreeMap<>();
        StringBuilder manifest = new StringBuilder();
        long bytes = 0;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(payload).entrySet()) {
            String name = e.getKey();
            String inBag = name.startsWith("/") ? name : "dossier-20261126-100000/" + name;
            entries.put(inBag, e.getValue());
            manifest.append(sha256(e.getValue())).append("  ").append(name).append('\n');
            bytes += e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        entries.put("dossier-20261126-100000/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        entries.put("dossier-20261126-100000/bag-info.txt", "Payload-Oxum: " + bytes + "." + payload.size()
                + "\nDossier-Backup-Format: 1\n");
        entries.put("dossier-20261126-100000/manifest-sha256.txt", manifest.toString());
        tagFiles.forEach((name, text) -> entries.put("dossier-20261126-100000/" + name, text));
        return zip(entries);
    }

    private static byte[] withWrongChecksum() throws IOException {
        Map<String, String> entries = new java.util.TreeMap<>();
        entries.put("dossier-20261126-100000/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        entries.put("dossier-20261126-100000/bag-info.txt", "Payload-Oxum: 1.1\nDossier-Backup-Format: 1\n");
        entries.put("dossier-20261126-100000/manifest-sha256.txt", GOOD_SHA + "  data/dossier.db\n");
        entries.put("dossier-20261126-100000/data/dossier.db", "x");
        return zip(entries);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
