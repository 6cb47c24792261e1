package app.dossier.samples;

import app.dossier.samples.Screens.Avatar;
import app.dossier.samples.Screens.Card;
import app.dossier.samples.Screens.Msg;
import app.dossier.samples.Screens.Order;
import app.dossier.samples.Screens.Pic;
import app.dossier.samples.Screens.Pics;
import app.dossier.samples.Screens.Time;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Draws the images of the sample business: the chats, order pages, payment proofs and receiving
 * photos of five orders that Mai Home (Hà Nội) placed with three Chinese factories. Everything is drawn
 * here with Java2D from fixed seeds, so a rerun draws the same pictures.
 *
 * <p>Run: {@code java -cp ... app.dossier.samples.SampleImages [output folder]}; the folder defaults to
 * {@code sample-data/images}.
 */
public final class SampleImages {

    /** How a file is shaped: its extension, its pixel size. */
    public enum Kind {
        PHOTO(Photos.W, Photos.H),
        PHONE(Screens.PHONE_W, Screens.PHONE_H),
        DESKTOP(Screens.DESK_W, Screens.DESK_H);

        public final int width;
        public final int height;

        Kind(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /** One photo: when it was taken, and whether its pixels are stored turned (EXIF orientation 6). */
    public record PhotoFacts(String takenAt, int orientation) {
    }

    /** Every file the generator writes, in order, with its kind. */
    public static final Map<String, Kind> FILES = new LinkedHashMap<>();

    /** The EXIF facts of each photo, by file name. */
    public static final Map<String, PhotoFacts> PHOTOS = new LinkedHashMap<>();

    static {
        photo("o1-sample.jpg", "2026:08:28 10:12:00", 1);
        photo("o1-pallet.jpg", "2026:10:03 09:52:00", 1);
        photo("o1-damaged-carton.jpg", "2026:10:03 10:05:00", 1);
        photo("o1-defect-closeup.jpg", "2026:10:03 10:31:00", 6);
        photo("o1-count-sheet.jpg", "2026:10:03 11:15:00", 1);
        photo("o2-received.jpg", "2026:11:06 14:20:00", 1);
        photo("o3-label-sample.jpg", "2026:10:09 09:58:00", 1);
        photo("o4-arrival.jpg", "2026:11:24 16:05:00", 1);
        photo("o5-sample-box.jpg", "2026:11:15 11:20:00", 1);
        for (String name : List.of("o1-chat-spec.png", "o1-chat-sample-confirmed.png", "o1-alipay-proof.png",
                "o1-notice-sent.png", "o2-chat-spec.png", "o2-alipay-proof.png", "o3-chat-spec.png",
                "o3-summary-confirmed.png", "o3-deposit-proof.png", "o3-deposit-ack.png",
                "o3-balance-proof.png", "o4-alipay-proof.png", "o5-wechat-pay-proof.png")) {
            FILES.put(name, Kind.PHONE);
        }
        for (String name : List.of("o1-order-page.png", "o2-order-page.png", "o4-order-page.png")) {
            FILES.put(name, Kind.DESKTOP);
        }
    }

    private static void photo(String name, String takenAt, int orientation) {
        FILES.put(name, Kind.PHOTO);
        PHOTOS.put(name, new PhotoFacts(takenAt, orientation));
    }

    private static final float JPEG_QUALITY = 0.85f;
    private static final double NOISE = 3.0;

    private final Path dir;
    /** The photos as drawn, before noise, upright: the source of the thumbnails in the chats. */
    private final Map<String, BufferedImage> clean = new LinkedHashMap<>();
    private final List<Path> written = new ArrayList<>();

    private SampleImages(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data/images");
        long start = System.nanoTime();
        List<Path> files = generate(dir);
        long total = 0;
        for (Path f : files) {
            long size = Files.size(f);
            total += size;
            System.out.printf("%-32s %7.1f KB%n", f.getFileName(), size / 1024.0);
        }
        System.out.printf("%d files, %.1f KB, in %s (%d ms)%n", files.size(), total / 1024.0, dir,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Draws every sample image into {@code dir}, creating it; returns the files written. */
    public static List<Path> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        SampleImages s = new SampleImages(dir);
        s.photos();
        s.screens();
        return List.copyOf(s.written);
    }

    // ================================================================ photos

    private void photos() throws IOException {
        photo("o1-sample.jpg", 101, Photos::sampleOnTable);
        photo("o1-pallet.jpg", 102, Photos::cartonsOnPallet);
        photo("o1-damaged-carton.jpg", 103, Photos::damagedCarton);
        photo("o1-defect-closeup.jpg", 104, Photos::defectCloseUp);
        photo("o1-count-sheet.jpg", 105, Photos::countSheet);
        photo("o2-received.jpg", 201, Photos::lunchBoxCartons);
        photo("o3-label-sample.jpg", 301, Photos::neckLabel);
        photo("o4-arrival.jpg", 401, Photos::cartonsAtDoor);
        photo("o5-sample-box.jpg", 501, Photos::giftBox);
    }

    private void photo(String name, long seed, Function<Random, BufferedImage> scene) throws IOException {
        PhotoFacts facts = PHOTOS.get(name);
        BufferedImage drawn = Draw.soften(scene.apply(new Random(seed)));
        Draw.vignette(drawn, 0.28f);
        clean.put(name, drawn);
        BufferedImage out = copy(drawn);
        Draw.noise(out, new Random(seed * 7919), NOISE);
        if (facts.orientation() == 6) {
            out = turnedForOrientation6(out);
        }
        writeJpeg(out, dir.resolve(name), facts);
    }

    /**
     * The pixels a phone held upright stores: the picture turned a quarter counter-clockwise, so that a
     * viewer turning it clockwise (EXIF orientation 6) shows it upright.
     */
    static BufferedImage turnedForOrientation6(BufferedImage upright) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        BufferedImage out = Draw.image(h, w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(y, w - 1 - x, upright.getRGB(x, y));
            }
        }
        return out;
    }

    private void writeJpeg(BufferedImage image, Path file, PhotoFacts facts) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(plain)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExifRewriter().updateExifMetadataLossless(withoutJfif(plain.toByteArray()), out, exif(facts));
        }
        written.add(file);
    }

    /**
     * The JPEG without the JFIF segment the encoder puts first, so that the EXIF segment follows the start
     * of image at once, as in a phone's photo.
     */
    static byte[] withoutJfif(byte[] jpeg) {
        boolean jfif = jpeg.length > 11 && (jpeg[0] & 0xff) == 0xFF && (jpeg[1] & 0xff) == 0xD8
                && (jpeg[2] & 0xff) == 0xFF && (jpeg[3] & 0xff) == 0xE0
                && new String(jpeg, 6, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("JFIF");
        if (!jfif) {
            return jpeg;
        }
        int length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        byte[] out = new byte[jpeg.length - 2 - length];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        System.arraycopy(jpeg, 4 + length, out, 2, jpeg.length - 4 - length);
        return out;
    }

    private static TiffOutputSet exif(PhotoFacts facts) throws ImagingException {
        TiffOutputSet set = new TiffOutputSet();
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) facts.orientation());
        root.add(TiffTagConstants.TIFF_TAG_DATE_TIME, facts.takenAt());
        root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, "Dossier sample images");
        TiffOutputDirectory exif = set.getOrCreateExifDirectory();
        exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, facts.takenAt());
        exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_DIGITIZED, facts.takenAt());
        return set;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = Draw.image(image.getWidth(), image.getHeight());
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    // ================================================================ screenshots

    private static final String F1 = "义乌市佳美日用品有限公司";
    private static final String F2 = "广州市锦绣服装有限公司";
    private static final String F3 = "深圳市恒达包装制品有限公司";
    private static final Avatar LI_LI = new Avatar(Draw.rgb(0xE8743B), "李");
    private static final Avatar CHEN_WEI = new Avatar(Draw.rgb(0x3B7DD8), "陈");

    private void screens() throws IOException {
        // O1 — Yiwu Jiamei, silicone spatula sets
        png("o1-chat-spec.png", Screens.chat1688(F1, "李丽 (Lisa) · 在线", "09:31", LI_LI, List.of(
                new Time("2026-09-01 09:12"),
                new Card(true, clean.get("o1-sample.jpg"), "硅胶铲5件套 厨房耐高温硅胶铲勺套装", "¥18.50"),
                new Msg(true, "你好，这款硅胶铲5件套，我要200套，灰色和浅绿色各100套。每套装一个OPP袋，每箱20套，可以吗？"),
                new Time("2026-09-01 09:20"),
                new Msg(false, "您好亲！18.5元/套，200套起订。"),
                new Msg(false, "灰色和浅绿色都有，每套一个OPP袋，每箱20套，一共10箱。9月20日前发货。"),
                new Msg(true, "好的：18.5元/套，200套，灰色和浅绿色，9月20日前发货。确认吗？"),
                new Msg(false, "可以"))));
        png("o1-chat-sample-confirmed.png", Screens.chat1688(F1, "李丽 (Lisa) · 在线", "14:09", LI_LI, List.of(
                new Time("2026-09-01 14:05"),
                new Msg(true, "李丽，大货和8月28日寄给我们的样品一样吗？"),
                new Pic(false, clean.get("o1-sample.jpg"), 300),
                new Msg(false, "大货按照这个样品做，颜色和包装都一样，确认。"),
                new Msg(true, "好的，明天下单。"),
                new Msg(false, "好的，谢谢亲"))));
        png("o1-order-page.png", Screens.orderPage(new Order("2837461920384756123",
                "硅胶铲5件套 厨房耐高温不粘锅硅胶铲勺套装", "颜色：灰色/浅绿色；包装：OPP袋，每箱20套",
                "18.50", "200", "3,700.00", "2026-09-02 10:30:00", "2026-09-02 10:35:08", F1, "李丽 (Lisa)", "套", 0),
                clean.get("o1-sample.jpg")));
        png("o1-alipay-proof.png", Screens.alipayReceipt("10:36", "¥3,700.00", F1, "jiamei_yw***",
                "1688订单2837461920384756123货款", "2026-09-02 10:35:08", "2026090222001441320587765103"));
        png("o1-notice-sent.png", Screens.chat1688(F1, "李丽 (Lisa) · 离线", "15:24", LI_LI, List.of(
                new Time("2026-10-03 15:20"),
                new Msg(true, "李丽你好，订单2837461920384756123今天到货了。"),
                new Msg(true, "订单是10箱200套，我们只收到9箱180套，少了1箱（20套）。有一箱外箱压坏了。"),
                new Msg(true, "抽检了32套，有3套手柄开裂。"),
                new Pics(true, List.of(clean.get("o1-pallet.jpg"), clean.get("o1-damaged-carton.jpg"),
                        clean.get("o1-defect-closeup.jpg")), 160),
                new Msg(true, "照片见附件。请尽快补发少的20套，开裂的3套请换货或退款。"))));

        // O2 — Yiwu Jiamei, stainless lunch boxes
        png("o2-chat-spec.png", Screens.chat1688(F1, "李丽 (Lisa) · 在线", "09:02", LI_LI, List.of(
                new Time("2026-10-15 08:55"),
                new Msg(true, "李丽你好，304不锈钢饭盒1.2L，要500个，还是12.8元一个吗？"),
                new Msg(false, "您好！是的，12.8元/个，500个没问题。"),
                new Msg(false, "每个一个彩盒，每箱20个，一共25箱。"),
                new Msg(true, "好的，几天发货？"),
                new Msg(false, "有现货，付款后3天内发货。"),
                new Msg(true, "好，我马上下单。"))));
        png("o2-order-page.png", Screens.orderPage(new Order("2840019375561028394",
                "304不锈钢饭盒1.2L 保温便当盒 带盖", "容量：1.2L；材质：304不锈钢；彩盒包装，每箱20个",
                "12.80", "500", "6,400.00", "2026-10-15 09:20:00", "2026-10-15 09:26:41", F1, "李丽 (Lisa)", "个", 1),
                null));
        png("o2-alipay-proof.png", Screens.alipayReceipt("09:27", "¥6,400.00", F1, "jiamei_yw***",
                "1688订单2840019375561028394货款", "2026-10-15 09:26:41", "2026101522001441320591234876"));

        // O3 — Guangzhou Jinxiu, OEM T-shirts, off the platform, in WeChat
        String chen = "陈伟-锦绣服装";
        png("o3-chat-spec.png", Screens.chatWeChat(chen, "14:51", CHEN_WEI, List.of(
                new Time("2026年10月8日 14:32"),
                new Msg(true, "陈总你好，T恤订单确认一下：220克纯棉，尺码S、M、L、XL、XXL，颜色白色、黑色、藏青色，每个颜色400件。"),
                new Msg(false, "好的。尺码怎么配？"),
                new Msg(true, "每个颜色：S 40件，M 80件，L 120件，XL 120件，XXL 40件。"),
                new Msg(false, "没问题。领标用你们的logo吗？"),
                new Msg(true, "对，织唛领标，写 MAI\u00A0HOME，设计稿发你。"),
                new Pic(true, Screens.labelArtwork(), 280),
                new Msg(false, "收到，明天打样拍照给你看。"))));
        png("o3-summary-confirmed.png", Screens.chatWeChat(chen, "10:34", CHEN_WEI, List.of(
                new Time("2026年10月9日 10:15"),
                new Pic(false, clean.get("o3-label-sample.jpg"), 240),
                new Msg(false, "领标样品做好了，你看一下。"),
                new Msg(true, "很好，就按这个做。订单总结如下："),
                new Msg(true, "订单号：JX-2026-031\n产品：220克纯棉T恤，定制领标 MAI\u00A0HOME\n"
                        + "颜色：白色/黑色/藏青色，尺码 S–XXL\n数量：1200件\n单价：¥24.00\n总价：¥28,800.00\n"
                        + "交货期：2026-11-30\n付款：定金30%（¥8,640.00），余款¥20,160.00发货前付清"),
                new Msg(false, "确认，没问题"))));
        BufferedImage deposit = Screens.bankReceipt("09:46", "31.536.000 VND",
                "Ba mươi mốt triệu năm trăm ba mươi sáu nghìn đồng", "8.640,00 CNY", "3.650 VND/CNY",
                "10/10/2026 09:45:21", "JX-2026-031 dat coc 30%", "FT26283918204511");
        png("o3-deposit-proof.png", deposit);
        png("o3-deposit-ack.png", Screens.chatWeChat(chen, "16:22", CHEN_WEI, List.of(
                new Time("2026年10月10日 09:50"),
                new Msg(true, "陈总，定金30%（¥8,640.00）已经银行转账了，越南盾31,536,000。回单发你。"),
                new Pic(true, deposit, 320),
                new Time("2026年10月10日 16:20"),
                new Msg(false, "定金已收到，谢谢"),
                new Msg(false, "我们马上安排生产。"))));
        png("o3-balance-proof.png", Screens.bankReceipt("10:03", "73.987.200 VND",
                "Bảy mươi ba triệu chín trăm tám mươi bảy nghìn hai trăm đồng", "20.160,00 CNY",
                "3.670 VND/CNY", "12/11/2026 10:02:37", "JX-2026-031 thanh toan con lai", "FT26316004729833"));

        // O4 — Guangzhou Jinxiu, fleece hoodies on 1688
        png("o4-order-page.png", Screens.orderPage(new Order("2851234098765432101",
                "加绒卫衣 男女同款 连帽套头卫衣 秋冬加厚", "颜色：黑色/灰色/藏青色；尺码：M–XXL",
                "45.00", "300", "13,500.00", "2026-11-03 14:10:00", "2026-11-03 14:16:29", F2, "陈伟 (Chen Wei)", "件", 2),
                null));
        png("o4-alipay-proof.png", Screens.alipayReceipt("14:17", "¥13,500.00", F2, "jinxiu_gz***",
                "1688订单2851234098765432101货款", "2026-11-03 14:16:29", "2026110322001441320602468135"));

        // O5 — Shenzhen Hengda, OEM gift boxes, deposit by WeChat Pay
        png("o5-wechat-pay-proof.png", Screens.weChatPayReceipt("10:19", "¥3,200.00", F3, "定制磁吸礼盒 2000个 定金50%",
                "2026-11-18 10:18:44", "4200002391202611180733514208", "HD20261118101844"));
    }

    private void png(String name, BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // smallest file
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        written.add(file);
    }
}
