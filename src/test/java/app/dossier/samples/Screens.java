package app.dossier.samples;

import static app.dossier.samples.Draw.argb;
import static app.dossier.samples.Draw.oval;
import static app.dossier.samples.Draw.polygon;
import static app.dossier.samples.Draw.rgb;
import static app.dossier.samples.Draw.round;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The sample screenshots: chats, an order page, payment receipts. Generic look-alikes of the apps an
 * importer uses, with the apps' names as plain text and no logos.
 */
final class Screens {

    static final int PHONE_W = 720;
    static final int PHONE_H = 1280;
    static final int DESK_W = 1280;
    static final int DESK_H = 800;

    static final Color ORANGE = rgb(0xFF6A00);
    static final Color WECHAT_GREEN = rgb(0x07C160);
    static final Color ALIPAY_BLUE = rgb(0x1677FF);
    static final Color BANK_GREEN = rgb(0x0B7A3E);
    static final Color TEXT = rgb(0x191919);
    static final Color GREY = rgb(0x888888);
    static final Color LINE = rgb(0xE5E5E5);

    private Screens() {
    }

    // ================================================================ chats

    /** One line of a chat, top to bottom. */
    sealed interface Item permits Time, Msg, Pic, Pics, Card {
    }

    /** A timestamp centred between messages. */
    record Time(String text) implements Item {
    }

    /** A text bubble; {@code mine} is the buyer's, on the right. */
    record Msg(boolean mine, String text) implements Item {
    }

    /** A picture sent in the chat. */
    record Pic(boolean mine, BufferedImage image, int maxSide) implements Item {
    }

    /** Several pictures sent together, shown as square thumbnails in a row. */
    record Pics(boolean mine, List<BufferedImage> images, int side) implements Item {
    }

    /** A product link card. */
    record Card(boolean mine, BufferedImage image, String title, String price) implements Item {
    }

    /** A coloured square with a letter, standing in for a profile picture. */
    record Avatar(Color color, String letter) {
    }

    record ChatStyle(Color body, Color mineBubble, Color theirBubble, Color timeText, boolean timePill,
            Avatar mine, Avatar theirs) {
    }

    private static final int AVATAR = 70;
    private static final int MARGIN = 22;
    private static final int MAX_TEXT = 450;
    private static final float MSG_FONT = 25f;
    private static final int LINE_H = 37;
    private static final int PAD_H = 20;
    private static final int PAD_V = 14;
    private static final int GAP = 20;
    private static final int TIME_H = 58;

    /** A 1688 chat with a factory: orange header with "1688", white and light-blue bubbles. */
    static BufferedImage chat1688(String title, String subtitle, String clock, Avatar factory, List<Item> items) {
        BufferedImage img = Draw.image(PHONE_W, PHONE_H);
        Graphics2D g = Draw.graphics(img);
        int top = 144;
        int bottom = PHONE_H - 104;
        ChatStyle style = new ChatStyle(rgb(0xF2F2F2), rgb(0xCFE6FF), Color.WHITE, rgb(0x999999), true,
                new Avatar(rgb(0x7E57C2), "M"), factory);
        chatBody(g, items, top, bottom, style);
        // header
        g.setPaint(new GradientPaint(0, 0, rgb(0xFF8A00), PHONE_W, 0, rgb(0xFF5000)));
        g.fillRect(0, 0, PHONE_W, top);
        statusBar(g, PHONE_W, clock, Color.WHITE);
        backChevron(g, 30, 94, Color.WHITE);
        g.setColor(Color.WHITE);
        g.fill(round(60, 74, 86, 40, 8));
        g.setColor(ORANGE);
        g.setFont(Draw.bold(25));
        Draw.textCentered(g, "1688", 103, 103);
        g.setColor(Color.WHITE);
        g.setFont(Draw.bold(28));
        Draw.textCentered(g, title, PHONE_W / 2.0, 94);
        g.setFont(Draw.regular(20));
        g.setColor(argb(0xFFFFFF, 225));
        Draw.textCentered(g, subtitle, PHONE_W / 2.0, 126);
        g.setFont(Draw.regular(22));
        g.setColor(Color.WHITE);
        Draw.textRight(g, "店铺", PHONE_W - 26, 104);
        // input bar
        g.setColor(Color.WHITE);
        g.fillRect(0, bottom, PHONE_W, PHONE_H - bottom);
        hline(g, 0, bottom, PHONE_W, bottom);
        g.setColor(rgb(0xF3F3F3));
        g.fill(round(24, bottom + 20, 520, 62, 31));
        g.setColor(rgb(0xBBBBBB));
        g.setFont(Draw.regular(24));
        Draw.text(g, "请输入消息…", 50, bottom + 60);
        g.setColor(ORANGE);
        g.fill(round(560, bottom + 20, 136, 62, 31));
        g.setColor(Color.WHITE);
        g.setFont(Draw.bold(26));
        Draw.textCentered(g, "发送", 628, bottom + 61);
        g.dispose();
        return img;
    }

    /** A WeChat chat: grey background, green bubbles on the right, white on the left. */
    static BufferedImage chatWeChat(String title, String clock, Avatar contact, List<Item> items) {
        BufferedImage img = Draw.image(PHONE_W, PHONE_H);
        Graphics2D g = Draw.graphics(img);
        int top = 136;
        int bottom = PHONE_H - 112;
        ChatStyle style = new ChatStyle(rgb(0xEDEDED), rgb(0x95EC69), Color.WHITE, rgb(0x9B9B9B), false,
                new Avatar(rgb(0x7E57C2), "M"), contact);
        chatBody(g, items, top, bottom, style);
        g.setColor(rgb(0xEDEDED));
        g.fillRect(0, 0, PHONE_W, top);
        g.setColor(rgb(0xD6D6D6));
        g.setStroke(new BasicStroke(1f));
        g.drawLine(0, top - 1, PHONE_W, top - 1);
        statusBar(g, PHONE_W, clock, TEXT);
        backChevron(g, 32, 90, TEXT);
        g.setColor(TEXT);
        g.setFont(Draw.bold(31));
        Draw.textCentered(g, title, PHONE_W / 2.0, 101);
        for (int i = 0; i < 3; i++) {
            g.fill(oval(PHONE_W - 72 + i * 16, 90, 3.5, 3.5));
        }
        // input bar
        g.setColor(rgb(0xF7F7F7));
        g.fillRect(0, bottom, PHONE_W, PHONE_H - bottom);
        g.setColor(rgb(0xD9D9D9));
        g.setStroke(new BasicStroke(1f));
        g.drawLine(0, bottom, PHONE_W, bottom);
        g.setStroke(new BasicStroke(2.6f));
        g.setColor(TEXT);
        g.draw(oval(48, bottom + 52, 22, 22));
        g.setColor(Color.WHITE);
        g.fill(round(90, bottom + 22, 470, 60, 8));
        g.setColor(TEXT);
        g.draw(oval(604, bottom + 52, 22, 22));
        g.fill(oval(597, bottom + 47, 2.6, 2.6));
        g.fill(oval(611, bottom + 47, 2.6, 2.6));
        g.draw(new java.awt.geom.Arc2D.Double(593, bottom + 42, 22, 20, 200, 140, java.awt.geom.Arc2D.OPEN));
        g.draw(oval(670, bottom + 52, 22, 22));
        g.draw(new Line2D.Double(670, bottom + 41, 670, bottom + 63));
        g.draw(new Line2D.Double(659, bottom + 52, 681, bottom + 52));
        // the voice wave in the first circle
        g.draw(new java.awt.geom.Arc2D.Double(38, bottom + 44, 16, 16, -50, 100, java.awt.geom.Arc2D.OPEN));
        g.draw(new java.awt.geom.Arc2D.Double(32, bottom + 38, 28, 28, -50, 100, java.awt.geom.Arc2D.OPEN));
        g.dispose();
        return img;
    }

    private static void chatBody(Graphics2D g, List<Item> items, int top, int bottom, ChatStyle style) {
        g.setColor(style.body());
        g.fillRect(0, top, PHONE_W, bottom - top);
        g.setFont(Draw.regular(MSG_FONT));
        int total = 0;
        for (Item item : items) {
            total += height(g, item);
        }
        int y = top + 18;
        if (y + total > bottom - 10) {
            y = bottom - 10 - total; // scrolled to the newest message, as a chat opens
        }
        var clip = g.getClip();
        g.setClip(0, top, PHONE_W, bottom - top);
        for (Item item : items) {
            int h = height(g, item);
            draw(g, item, y, style);
            y += h;
        }
        g.setClip(clip);
    }

    private static int height(Graphics2D g, Item item) {
        Font saved = g.getFont();
        g.setFont(Draw.regular(MSG_FONT));
        int h;
        if (item instanceof Time) {
            h = TIME_H;
        } else if (item instanceof Msg m) {
            h = Math.max(AVATAR, Draw.wrap(g, m.text(), MAX_TEXT).size() * LINE_H + 2 * PAD_V) + GAP;
        } else if (item instanceof Pic p) {
            h = Math.max(AVATAR, scaled(p.image(), p.maxSide())[1]) + GAP;
        } else if (item instanceof Pics p) {
            h = Math.max(AVATAR, p.side()) + GAP;
        } else {
            h = 176 + GAP;
        }
        g.setFont(saved);
        return h;
    }

    private static int[] scaled(BufferedImage image, int maxSide) {
        double k = (double) maxSide / Math.max(image.getWidth(), image.getHeight());
        return new int[] {(int) Math.round(image.getWidth() * k), (int) Math.round(image.getHeight() * k)};
    }

    private static void draw(Graphics2D g, Item item, int y, ChatStyle style) {
        if (item instanceof Time t) {
            g.setFont(Draw.regular(21));
            if (style.timePill()) {
                float w = Draw.width(g, t.text()) + 28;
                g.setColor(rgb(0xE2E2E2));
                g.fill(round((PHONE_W - w) / 2.0, y + 6, w, 36, 18));
            }
            g.setColor(style.timeText());
            Draw.textCentered(g, t.text(), PHONE_W / 2.0, y + 32);
        } else if (item instanceof Msg m) {
            avatar(g, m.mine() ? style.mine() : style.theirs(), m.mine(), y);
            g.setFont(Draw.regular(MSG_FONT));
            List<String> lines = Draw.wrap(g, m.text(), MAX_TEXT);
            double textW = 0;
            for (String line : lines) {
                textW = Math.max(textW, Draw.width(g, line));
            }
            double w = Math.ceil(textW) + 2 * PAD_H;
            double h = lines.size() * LINE_H + 2 * PAD_V;
            double x = bubbleX(m.mine(), w);
            Color fill = m.mine() ? style.mineBubble() : style.theirBubble();
            g.setColor(fill);
            g.fill(round(x, y, w, h, 10));
            tail(g, m.mine(), x, w, y, fill);
            g.setColor(TEXT);
            Draw.lines(g, lines, x + PAD_H, y + PAD_V, LINE_H);
        } else if (item instanceof Pic p) {
            avatar(g, p.mine() ? style.mine() : style.theirs(), p.mine(), y);
            int[] wh = scaled(p.image(), p.maxSide());
            double x = bubbleX(p.mine(), wh[0]);
            picture(g, Draw.thumbnail(p.image(), wh[0]), x, y, wh[0], wh[1]);
        } else if (item instanceof Pics p) {
            avatar(g, p.mine() ? style.mine() : style.theirs(), p.mine(), y);
            int n = p.images().size();
            double w = n * p.side() + (n - 1) * 8.0;
            double x = bubbleX(p.mine(), w);
            for (BufferedImage image : p.images()) {
                picture(g, squareThumb(image, p.side()), x, y, p.side(), p.side());
                x += p.side() + 8;
            }
        } else if (item instanceof Card c) {
            avatar(g, c.mine() ? style.mine() : style.theirs(), c.mine(), y);
            double w = 460;
            double x = bubbleX(c.mine(), w);
            g.setColor(Color.WHITE);
            g.fill(round(x, y, w, 176, 10));
            picture(g, squareThumb(c.image(), 136), x + 20, y + 20, 136, 136);
            g.setColor(TEXT);
            g.setFont(Draw.regular(24));
            List<String> lines = Draw.wrap(g, c.title(), w - 196);
            Draw.lines(g, lines.subList(0, Math.min(2, lines.size())), x + 172, y + 18, 34);
            g.setColor(ORANGE);
            g.setFont(Draw.bold(28));
            Draw.text(g, c.price(), x + 172, y + 150);
        }
    }

    private static double bubbleX(boolean mine, double width) {
        return mine ? PHONE_W - MARGIN - AVATAR - 16 - width : MARGIN + AVATAR + 16;
    }

    private static void tail(Graphics2D g, boolean mine, double x, double w, double y, Color fill) {
        g.setColor(fill);
        if (mine) {
            g.fill(polygon(x + w - 1, y + 22, x + w + 11, y + 33, x + w - 1, y + 44));
        } else {
            g.fill(polygon(x + 1, y + 22, x - 11, y + 33, x + 1, y + 44));
        }
    }

    private static void avatar(Graphics2D g, Avatar a, boolean mine, double y) {
        double x = mine ? PHONE_W - MARGIN - AVATAR : MARGIN;
        g.setColor(a.color());
        g.fill(round(x, y, AVATAR, AVATAR, 8));
        g.setColor(Color.WHITE);
        g.setFont(Draw.bold(31));
        Draw.textCentered(g, a.letter(), x + AVATAR / 2.0, y + 46);
    }

    private static void picture(Graphics2D g, BufferedImage image, double x, double y, double w, double h) {
        var clip = g.getClip();
        Shape r = round(x, y, w, h, 8);
        g.clip(r);
        g.drawImage(image, (int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h),
                null);
        g.setClip(clip);
        g.setColor(argb(0x000000, 30));
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
    }

    private static BufferedImage squareThumb(BufferedImage image, int side) {
        int s = Math.min(image.getWidth(), image.getHeight());
        BufferedImage crop = image.getSubimage((image.getWidth() - s) / 2, (image.getHeight() - s) / 2, s, s);
        return Draw.thumbnail(crop, side);
    }

    // ================================================================ phone chrome

    static void statusBar(Graphics2D g, int width, String clock, Color ink) {
        g.setColor(ink);
        g.setFont(Draw.bold(24));
        Draw.text(g, clock, 30, 33);
        double x = width - 170;
        for (int i = 0; i < 4; i++) {
            double h = 7 + i * 4;
            g.fill(new Rectangle2D.Double(x + i * 8, 30 - h, 5, h));
        }
        g.setFont(Draw.bold(17));
        Draw.text(g, "4G", x + 38, 31);
        g.setStroke(new BasicStroke(2f));
        g.draw(round(width - 82, 14, 42, 20, 5));
        g.fill(round(width - 38, 20, 3.5, 8, 1.5));
        g.fill(round(width - 79, 17, 29, 14, 3));
    }

    private static void backChevron(Graphics2D g, double x, double y, Color ink) {
        g.setColor(ink);
        g.setStroke(new BasicStroke(3.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D p = new Path2D.Double();
        p.moveTo(x + 11, y - 15);
        p.lineTo(x - 3, y);
        p.lineTo(x + 11, y + 15);
        g.draw(p);
    }

    private static void hline(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.setColor(LINE);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static void check(Graphics2D g, double cx, double cy, double radius, Color color) {
        g.setColor(color);
        g.fill(oval(cx, cy, radius, radius));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (radius * 0.16), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D p = new Path2D.Double();
        p.moveTo(cx - radius * 0.42, cy + radius * 0.02);
        p.lineTo(cx - radius * 0.1, cy + radius * 0.33);
        p.lineTo(cx + radius * 0.45, cy - radius * 0.3);
        g.draw(p);
    }

    /** A label on the left and its value on the right, the value wrapped if long; returns the next y. */
    private static double row(Graphics2D g, String label, String value, double y, double left, double right,
            float size, Color labelColor, Color valueColor) {
        return row(g, label, value, y, left, right, size, labelColor, valueColor, 0.95);
    }

    private static double row(Graphics2D g, String label, String value, double y, double left, double right,
            float size, Color labelColor, Color valueColor, double gap) {
        g.setFont(Draw.regular(size));
        g.setColor(labelColor);
        Draw.text(g, label, left, y + size * 1.05);
        double maxW = (right - left) * 0.66;
        List<String> lines = Draw.wrap(g, value, maxW);
        g.setColor(valueColor);
        double ly = y;
        for (String line : lines) {
            Draw.textRight(g, line, right, ly + size * 1.05);
            ly += size * 1.42;
        }
        return y + Math.max(1, lines.size()) * size * 1.42 + gap * size;
    }

    // ================================================================ receipts

    /** An Alipay transfer receipt. */
    static BufferedImage alipayReceipt(String clock, String amount, String payee, String account, String note,
            String time, String tradeNo) {
        BufferedImage img = Draw.image(PHONE_W, PHONE_H);
        Graphics2D g = Draw.graphics(img);
        g.setColor(rgb(0xF5F5F5));
        g.fillRect(0, 0, PHONE_W, PHONE_H);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PHONE_W, 136);
        statusBar(g, PHONE_W, clock, TEXT);
        backChevron(g, 32, 92, TEXT);
        g.setColor(TEXT);
        g.setFont(Draw.bold(31));
        Draw.textCentered(g, "账单详情", PHONE_W / 2.0, 103);
        g.setColor(ALIPAY_BLUE);
        g.setFont(Draw.bold(24));
        Draw.textRight(g, "支付宝", PHONE_W - 28, 102);

        g.setColor(Color.WHITE);
        g.fillRect(0, 152, PHONE_W, 1110);
        check(g, PHONE_W / 2.0, 250, 46, ALIPAY_BLUE);
        g.setColor(TEXT);
        g.setFont(Draw.regular(28));
        Draw.textCentered(g, payee, PHONE_W / 2.0, 348);
        g.setFont(Draw.bold(68));
        Draw.textCentered(g, amount, PHONE_W / 2.0, 440);
        g.setColor(ALIPAY_BLUE);
        g.setFont(Draw.bold(30));
        Draw.textCentered(g, "转账成功", PHONE_W / 2.0, 498);
        hline(g, 40, 550, PHONE_W - 40, 550);
        double y = 580;
        y = row(g, "付款方式", "账户余额", y, 40, PHONE_W - 40, 25, GREY, TEXT);
        y = row(g, "收款方", payee, y, 40, PHONE_W - 40, 25, GREY, TEXT);
        y = row(g, "收款账户", account, y, 40, PHONE_W - 40, 25, GREY, TEXT);
        y = row(g, "转账说明", note, y, 40, PHONE_W - 40, 25, GREY, TEXT);
        y = row(g, "创建时间", time, y, 40, PHONE_W - 40, 25, GREY, TEXT);
        y = row(g, "订单号", tradeNo, y, 40, PHONE_W - 40, 25, GREY, TEXT);
        hline(g, 40, (int) y, PHONE_W - 40, (int) y);
        y += 30;
        y = row(g, "账单分类", "转账红包  ›", y, 40, PHONE_W - 40, 25, GREY, TEXT);
        y = row(g, "标签和备注", "添加  ›", y, 40, PHONE_W - 40, 25, GREY, TEXT);
        g.setColor(ALIPAY_BLUE);
        g.setFont(Draw.regular(25));
        Draw.textCentered(g, "对此订单有疑问", PHONE_W / 2.0, 1200);
        g.dispose();
        return img;
    }

    /** A WeChat Pay payment receipt. */
    static BufferedImage weChatPayReceipt(String clock, String amount, String payee, String goods, String time,
            String tradeNo, String merchantNo) {
        BufferedImage img = Draw.image(PHONE_W, PHONE_H);
        Graphics2D g = Draw.graphics(img);
        g.setColor(rgb(0xEDEDED));
        g.fillRect(0, 0, PHONE_W, PHONE_H);
        statusBar(g, PHONE_W, clock, TEXT);
        backChevron(g, 32, 92, TEXT);
        g.setColor(TEXT);
        g.setFont(Draw.bold(31));
        Draw.textCentered(g, "账单详情", PHONE_W / 2.0, 103);

        g.setColor(Color.WHITE);
        g.fill(round(24, 156, PHONE_W - 48, 1060, 14));
        g.setColor(WECHAT_GREEN);
        g.setFont(Draw.bold(26));
        Draw.textCentered(g, "微信支付", PHONE_W / 2.0, 216);
        g.setColor(TEXT);
        g.setFont(Draw.regular(28));
        Draw.textCentered(g, payee, PHONE_W / 2.0, 300);
        g.setFont(Draw.bold(70));
        Draw.textCentered(g, amount, PHONE_W / 2.0, 400);
        check(g, PHONE_W / 2.0 - 78, 462, 17, WECHAT_GREEN);
        g.setColor(WECHAT_GREEN);
        g.setFont(Draw.regular(27));
        Draw.text(g, "支付成功", PHONE_W / 2.0 - 50, 472);
        hline(g, 60, 520, PHONE_W - 60, 520);
        double y = 550;
        y = row(g, "当前状态", "支付成功", y, 60, PHONE_W - 60, 25, GREY, TEXT);
        y = row(g, "支付时间", time, y, 60, PHONE_W - 60, 25, GREY, TEXT);
        y = row(g, "商品", goods, y, 60, PHONE_W - 60, 25, GREY, TEXT);
        y = row(g, "收款方", payee, y, 60, PHONE_W - 60, 25, GREY, TEXT);
        y = row(g, "支付方式", "零钱", y, 60, PHONE_W - 60, 25, GREY, TEXT);
        y = row(g, "交易单号", tradeNo, y, 60, PHONE_W - 60, 25, GREY, TEXT);
        y = row(g, "商户单号", merchantNo, y, 60, PHONE_W - 60, 25, GREY, TEXT);
        hline(g, 60, (int) y, PHONE_W - 60, (int) y);
        g.setColor(rgb(0x576B95));
        g.setFont(Draw.regular(25));
        Draw.text(g, "对订单有疑惑", 60, y + 60);
        Draw.text(g, "发起群收款", 60, y + 120);
        g.dispose();
        return img;
    }

    /** A Vietnamese bank's transfer result, in Vietnamese. */
    static BufferedImage bankReceipt(String clock, String amountVnd, String inWords, String foreign, String rate,
            String time, String note, String reference) {
        BufferedImage img = Draw.image(PHONE_W, PHONE_H);
        Graphics2D g = Draw.graphics(img);
        g.setColor(rgb(0xF1F4F2));
        g.fillRect(0, 0, PHONE_W, PHONE_H);
        g.setPaint(new GradientPaint(0, 0, rgb(0x0E8A47), 0, 250, BANK_GREEN));
        g.fillRect(0, 0, PHONE_W, 250);
        statusBar(g, PHONE_W, clock, Color.WHITE);
        backChevron(g, 32, 92, Color.WHITE);
        g.setColor(Color.WHITE);
        g.setFont(Draw.bold(30));
        Draw.textCentered(g, "Kết quả giao dịch", PHONE_W / 2.0, 103);
        g.setFont(Draw.bold(38));
        Draw.textCentered(g, "Vietcombank", PHONE_W / 2.0, 176);
        g.setFont(Draw.regular(20));
        g.setColor(argb(0xFFFFFF, 210));
        Draw.textCentered(g, "Chuyển tiền quốc tế", PHONE_W / 2.0, 212);

        g.setColor(Color.WHITE);
        g.fill(round(24, 236, PHONE_W - 48, 890, 16));
        check(g, PHONE_W / 2.0, 300, 34, BANK_GREEN);
        g.setColor(BANK_GREEN);
        g.setFont(Draw.bold(32));
        Draw.textCentered(g, "Chuyển tiền thành công", PHONE_W / 2.0, 378);
        g.setColor(GREY);
        g.setFont(Draw.regular(22));
        Draw.textCentered(g, "Số tiền", PHONE_W / 2.0, 418);
        g.setColor(TEXT);
        g.setFont(Draw.bold(50));
        Draw.textCentered(g, amountVnd, PHONE_W / 2.0, 474);
        g.setColor(GREY);
        g.setFont(Draw.regular(20).deriveFont(Font.ITALIC));
        List<String> words = Draw.wrap(g, inWords, 600);
        double wy = 508;
        for (String line : words) {
            Draw.textCentered(g, line, PHONE_W / 2.0, wy);
            wy += 28;
        }
        hline(g, 56, wy - 6, PHONE_W - 56, wy - 6);
        double y = wy + 12;
        double l = 56;
        double r = PHONE_W - 56;
        Color label = rgb(0x6B6B6B);
        float fs = 22;
        double gap = 0.62;
        y = row(g, "Thời gian", time, y, l, r, fs, label, TEXT, gap);
        y = row(g, "Tài khoản nguồn", "0021 0004 5871 ***", y, l, r, fs, label, TEXT, gap);
        y = row(g, "Người chuyển", "CONG TY TNHH MAI HOME", y, l, r, fs, label, TEXT, gap);
        y = row(g, "Người nhận", "GUANGZHOU JINXIU GARMENTS CO., LTD", y, l, r, fs, label, TEXT, gap);
        y = row(g, "Tài khoản nhận", "6217 8570 0001 2345 678", y, l, r, fs, label, TEXT, gap);
        y = row(g, "Ngân hàng nhận", "BANK OF CHINA, GUANGZHOU BRANCH", y, l, r, fs, label, TEXT, gap);
        y = row(g, "Số tiền ngoại tệ", foreign, y, l, r, fs, label, TEXT, gap);
        y = row(g, "Tỷ giá", rate, y, l, r, fs, label, TEXT, gap);
        y = row(g, "Nội dung", note, y, l, r, fs, label, TEXT, gap);
        y = row(g, "Mã giao dịch", reference, y, l, r, fs, label, TEXT, gap);
        if (y > 1120) {
            throw new IllegalStateException("bank receipt rows overflow the card: " + y);
        }

        g.setColor(Color.WHITE);
        g.fill(round(24, 1156, 320, 76, 38));
        g.setColor(BANK_GREEN);
        g.setStroke(new BasicStroke(2f));
        g.draw(round(24, 1156, 320, 76, 38));
        g.setFont(Draw.bold(26));
        Draw.textCentered(g, "Chia sẻ", 184, 1204);
        g.fill(round(376, 1156, 320, 76, 38));
        g.setColor(Color.WHITE);
        Draw.textCentered(g, "Giao dịch mới", 536, 1204);
        g.dispose();
        return img;
    }

    // ================================================================ 1688 order page

    /** What the 1688 order page shows of one order. */
    record Order(String number, String product, String spec, String unitPrice, String quantity, String total,
            String ordered, String paid, String seller, String contact, String unit, int picture) {
    }

    /** The 1688 order detail page in a desktop browser. */
    static BufferedImage orderPage(Order o, BufferedImage productPhoto) {
        BufferedImage img = Draw.image(DESK_W, DESK_H);
        Graphics2D g = Draw.graphics(img);
        g.setColor(rgb(0xF4F4F4));
        g.fillRect(0, 0, DESK_W, DESK_H);
        // browser chrome
        g.setColor(rgb(0xDEE1E6));
        g.fillRect(0, 0, DESK_W, 74);
        g.setColor(Color.WHITE);
        g.fill(round(12, 6, 300, 30, 8));
        g.fillRect(12, 22, 300, 16);
        g.setColor(TEXT);
        g.setFont(Draw.regular(15));
        Draw.text(g, "订单详情 - 1688", 28, 28);
        g.setColor(Color.WHITE);
        g.fillRect(0, 38, DESK_W, 36);
        g.setColor(rgb(0xF1F3F4));
        g.fill(round(90, 43, 1100, 26, 13));
        g.setColor(rgb(0x5F6368));
        Draw.text(g, "trade.1688.com/order/buyer_order_detail.htm?orderId=" + o.number(), 110, 61);
        // orange header
        g.setPaint(new GradientPaint(0, 0, rgb(0xFF7A00), DESK_W, 0, rgb(0xFF5000)));
        g.fillRect(0, 74, DESK_W, 64);
        g.setColor(Color.WHITE);
        g.setFont(Draw.bold(36));
        Draw.text(g, "1688", 40, 120);
        g.setFont(Draw.regular(22));
        Draw.text(g, "|  采购批发  ·  订单详情", 140, 116);
        g.setFont(Draw.regular(16));
        Draw.textRight(g, "Mai Home采购  |  我的订单  |  消息  |  帮助", DESK_W - 40, 114);

        // progress
        g.setColor(Color.WHITE);
        g.fillRect(40, 152, DESK_W - 80, 108);
        String[] steps = {"拍下商品", "付款成功", "卖家发货", "确认收货"};
        String[] times = {o.ordered(), o.paid(), "", ""};
        for (int i = 0; i < 4; i++) {
            double cx = 200 + i * 290;
            boolean done = i < 2;
            if (i < 3) {
                g.setColor(i < 1 ? ORANGE : rgb(0xDDDDDD));
                g.fill(new Rectangle2D.Double(cx, 184, 290, 4));
            }
            g.setColor(done ? ORANGE : rgb(0xCCCCCC));
            g.fill(oval(cx, 186, 14, 14));
            g.setColor(done ? ORANGE : GREY);
            g.setFont(done ? Draw.bold(17) : Draw.regular(17));
            Draw.textCentered(g, steps[i], cx, 226);
            g.setColor(GREY);
            g.setFont(Draw.regular(14));
            Draw.textCentered(g, times[i], cx, 248);
        }

        // status and order facts
        g.setColor(Color.WHITE);
        g.fillRect(40, 272, DESK_W - 80, 186);
        g.setColor(TEXT);
        g.setFont(Draw.bold(22));
        Draw.text(g, "当前订单状态：买家已付款，等待卖家发货", 64, 310);
        hline(g, 64, 326, DESK_W - 64, 326);
        String[][] facts = {
            {"订单号", o.number()}, {"卖家", o.seller()},
            {"下单时间", o.ordered()}, {"联系人", o.contact()},
            {"付款时间", o.paid()}, {"支付方式", "支付宝"},
            {"收货信息", "Mai Home（阮氏梅） 广西东兴市 集运仓 → 越南河内"}, {"", ""},
        };
        for (int i = 0; i < facts.length; i++) {
            double x = i % 2 == 0 ? 64 : 680;
            double y = 360 + (i / 2) * 27;
            if (facts[i][0].isEmpty()) {
                continue;
            }
            g.setFont(Draw.regular(16));
            g.setColor(GREY);
            Draw.text(g, facts[i][0] + "：", x, y);
            g.setColor(TEXT);
            if (i == 0) {
                g.setFont(Draw.bold(16));
            }
            Draw.text(g, facts[i][1], x + 86, y);
        }

        // the goods
        g.setColor(Color.WHITE);
        g.fillRect(40, 470, DESK_W - 80, 310);
        g.setColor(rgb(0xF7F7F7));
        g.fillRect(40, 470, DESK_W - 80, 42);
        g.setColor(rgb(0x555555));
        g.setFont(Draw.regular(16));
        double[] cols = {64, 560, 820, 960, 1090};
        String[] heads = {"商品", "规格", "单价（元）", "数量", "小计（元）"};
        for (int i = 0; i < heads.length; i++) {
            Draw.text(g, heads[i], cols[i], 497);
        }
        if (productPhoto != null) {
            picture(g, squareThumb(productPhoto, 96), 64, 530, 96, 96);
        } else {
            productIcon(g, o.picture(), 64, 530);
        }
        g.setColor(TEXT);
        g.setFont(Draw.regular(18));
        Draw.lines(g, Draw.wrap(g, o.product(), 360), 176, 532, 28);
        g.setColor(GREY);
        g.setFont(Draw.regular(16));
        Draw.lines(g, Draw.wrap(g, o.spec(), 230), cols[1], 532, 26);
        g.setColor(TEXT);
        g.setFont(Draw.regular(18));
        Draw.text(g, o.unitPrice(), cols[2], 556);
        Draw.text(g, o.quantity() + " " + o.unit(), cols[3], 556);
        g.setFont(Draw.bold(18));
        Draw.text(g, o.total(), cols[4], 556);
        hline(g, 64, 650, DESK_W - 64, 650);
        double rx = DESK_W - 64;
        g.setFont(Draw.regular(17));
        g.setColor(rgb(0x555555));
        Draw.textRight(g, "商品总价：¥" + o.total(), rx, 684);
        Draw.textRight(g, "运费：¥0.00", rx, 712);
        String paidLabel = "实付款：";
        g.setFont(Draw.bold(30));
        float amountW = Draw.width(g, "¥" + o.total());
        g.setColor(ORANGE);
        Draw.textRight(g, "¥" + o.total(), rx, 760);
        g.setColor(TEXT);
        g.setFont(Draw.regular(20));
        Draw.textRight(g, paidLabel, rx - amountW - 6, 758);
        g.dispose();
        return img;
    }

    /** Small drawings of the goods for the order rows: 1 a lunch box, 2 a hoodie. */
    private static void productIcon(Graphics2D g, int kind, double x, double y) {
        g.setColor(rgb(0xF2F2F2));
        g.fill(new Rectangle2D.Double(x, y, 96, 96));
        if (kind == 1) {
            g.setPaint(new GradientPaint((float) x, (float) y, rgb(0xE8EBEE), (float) x + 96, (float) y + 96,
                    rgb(0x9AA2AA)));
            g.fill(round(x + 14, y + 34, 68, 46, 10));
            g.setPaint(new GradientPaint((float) x, (float) y, rgb(0xF5F7F9), (float) x + 96, (float) y + 40,
                    rgb(0xB3BAC1)));
            g.fill(round(x + 10, y + 24, 76, 16, 6));
            g.setColor(rgb(0x3E8E6E));
            g.fill(round(x + 40, y + 18, 16, 8, 3));
        } else {
            g.setColor(rgb(0x4A5568));
            g.fill(polygon(x + 30, y + 20, x + 66, y + 20, x + 86, y + 44, x + 76, y + 52, x + 70, y + 46,
                    x + 70, y + 86, x + 26, y + 86, x + 26, y + 46, x + 20, y + 52, x + 10, y + 44));
            g.setColor(rgb(0x2D3748));
            g.fill(oval(x + 48, y + 24, 12, 9));
            g.setColor(rgb(0xCBD5E0));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(x + 44, y + 32, x + 42, y + 50));
            g.draw(new Line2D.Double(x + 52, y + 32, x + 54, y + 50));
        }
    }

    // ================================================================ artwork

    /** The buyer's artwork for the woven neck label, as sent in the WeChat chat. */
    static BufferedImage labelArtwork() {
        BufferedImage img = Draw.image(560, 320);
        Graphics2D g = Draw.graphics(img);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 560, 320);
        g.setColor(rgb(0x1C2A4A));
        g.fill(new Rectangle2D.Double(130, 80, 300, 120));
        g.setColor(rgb(0xECE8DC));
        g.setFont(Draw.bold(48).deriveFont(java.util.Map.of(java.awt.font.TextAttribute.TRACKING, 0.12)));
        Draw.textCentered(g, "MAI HOME", 280, 150);
        g.setFont(Draw.regular(18).deriveFont(java.util.Map.of(java.awt.font.TextAttribute.TRACKING, 0.3)));
        Draw.textCentered(g, "HÀ NỘI", 280, 182);
        g.setColor(rgb(0xD0021B));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(130, 56, 430, 56));
        g.draw(new Line2D.Double(130, 50, 130, 62));
        g.draw(new Line2D.Double(430, 50, 430, 62));
        g.draw(new Line2D.Double(104, 80, 104, 200));
        g.draw(new Line2D.Double(98, 80, 110, 80));
        g.draw(new Line2D.Double(98, 200, 110, 200));
        g.setFont(Draw.regular(18));
        Draw.textCentered(g, "50 mm", 280, 46);
        Draw.textRight(g, "20 mm", 94, 146);
        g.setColor(TEXT);
        g.setFont(Draw.regular(20));
        Draw.textCentered(g, "织唛领标：藏青底，米白字", 280, 250);
        g.setColor(GREY);
        g.setFont(Draw.regular(17));
        Draw.textCentered(g, "Mai Home · nhãn dệt cổ áo", 280, 284);
        g.dispose();
        return img;
    }
}
