package app.dossier.samples;

import static app.dossier.samples.Draw.argb;
import static app.dossier.samples.Draw.fillHorizontal;
import static app.dossier.samples.Draw.fillVertical;
import static app.dossier.samples.Draw.oval;
import static app.dossier.samples.Draw.polygon;
import static app.dossier.samples.Draw.rgb;
import static app.dossier.samples.Draw.round;
import static app.dossier.samples.Draw.shade;
import static app.dossier.samples.Draw.shadow;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * The sample photos, drawn with shapes and gradients. Each returns the clean drawing; {@link SampleImages}
 * adds the camera's softness, vignette and noise.
 */
final class Photos {

    static final int W = 1280;
    static final int H = 960;

    private static final Color KRAFT = rgb(0xB98A55);
    private static final Color SILICONE_GREY = rgb(0x868B90);
    private static final Color SILICONE_SAGE = rgb(0x9DB29A);
    private static final Color BALLPOINT = rgb(0x1F3A8C);

    private Photos() {
    }

    // ================================================================ scenes

    /** O1: the grey five-piece sample set on a wooden table, with a paper tag. */
    static BufferedImage sampleOnTable(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        woodTable(g, new Rectangle2D.Double(0, 0, W, H), rgb(0xA7764A), r);
        // light from the upper left window
        g.setPaint(new RadialGradientPaint(new Point2D.Float(250, 80), 1100,
                new float[] {0f, 1f}, new Color[] {argb(0xFFF4E0, 70), argb(0x000000, 40)}));
        g.fillRect(0, 0, W, H);

        double[] xs = {250, 430, 610, 790, 970};
        double[] angles = {-4, 2, -1, 3, -2};
        int[] kinds = {0, 1, 2, 3, 4};
        for (int i = 0; i < 5; i++) {
            AffineTransform t = new AffineTransform();
            t.translate(xs[i] + r.nextGaussian() * 4, 380 + r.nextGaussian() * 6);
            t.rotate(Math.toRadians(angles[i]));
            utensil(g, t, kinds[i], SILICONE_GREY, 1.0);
        }
        // sample tag on a string
        AffineTransform saved = g.getTransform();
        g.translate(1090, 760);
        g.rotate(Math.toRadians(-9));
        Shape tag = polygon(0, 18, 18, 0, 150, 0, 150, 90, 18, 90, 0, 72);
        shadow(g, tag, 5, 7, 4, 70);
        g.setColor(rgb(0xF6F1E4));
        g.fill(tag);
        g.setColor(rgb(0x8A7E66));
        g.fill(oval(22, 45, 6, 6));
        Draw.handwriting(g, "样品", 42, 44, 30, rgb(0xB3261E), r);
        Draw.handwriting(g, "灰色", 44, 80, 26, rgb(0x2A2A2A), r);
        g.setTransform(saved);
        g.setColor(argb(0xF0E8D8, 200));
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(1110, 805, 1060, 860, 1010, 800));
        g.dispose();
        return img;
    }

    /** O1: nine cartons on a pallet, a paper "9/10" taped on the front. */
    static BufferedImage cartonsOnPallet(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        warehouse(g, 430, r);
        floorShadow(g, 230, 760, 920, 110);
        pallet(g, 250, 750, 760, 70, 115, 70);
        double cw = 240;
        double ch = 165;
        int no = 1;
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                double x = 262 + col * cw + r.nextGaussian() * 3;
                double y = 750 - (row + 1) * ch + r.nextGaussian() * 2;
                carton(g, x, y, cw - 2, ch - 1, 108, 68, KRAFT, r,
                        new String[] {"MAI HOME", "硅胶铲5件套", "20套/箱", "C/NO. " + no + "/10"});
                no++;
            }
        }
        // the receiver's paper note on the middle carton
        AffineTransform saved = g.getTransform();
        g.translate(560, 455);
        g.rotate(Math.toRadians(-3));
        Shape paper = new Rectangle2D.Double(-95, -60, 190, 120);
        shadow(g, paper, 3, 4, 3, 60);
        fillVertical(g, paper, rgb(0xFBFBF7), rgb(0xE9E8E2));
        Draw.handwriting(g, "9/10", -78, 30, 72, rgb(0x111111), r);
        tape(g, -110, -70, 50, 22, -30);
        tape(g, 62, -72, 50, 22, 28);
        g.setTransform(saved);
        g.dispose();
        return img;
    }

    /** O1: the crushed, torn carton, seen from above on the warehouse floor. */
    static BufferedImage damagedCarton(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        concrete(g, new Rectangle2D.Double(0, 0, W, H), rgb(0x9A9893), r);
        floorShadow(g, 260, 700, 900, 140);

        Color front = rgb(0xB78650);
        Color top = shade(front, 1.12);
        Color side = shade(front, 0.76);
        // corners: front face A(top left, crushed) B C D, back corners A' B' C'
        double bx = 860;
        double by = 360;
        double cx = 860;
        double cy = 770;
        double dx = 300;
        double dy = 770;
        double ox = 230;
        double oy = 150;
        Shape sideFace = polygon(bx, by, bx + ox, by - oy, cx + ox, cy - oy, cx, cy);
        fillVertical(g, sideFace, side, shade(side, 0.85));
        // the top-left-front corner is pushed in: P1 on the left edge, P2 on the front top edge, P3 on the
        // top's left edge, Q the deepest point of the dent, K a kink in the crumpled outline
        double p1x = 304;
        double p1y = 480;
        double p2x = 450;
        double p2y = 362;
        double p3x = 396;
        double p3y = 298;
        double qx = 380;
        double qy = 405;
        double kx = 332;
        double ky = 382;
        Shape topFace = polygon(p3x, p3y, 300 + ox, by - oy, bx + ox, by - oy, bx, by, p2x, p2y, qx, qy);
        fillHorizontal(g, topFace, shade(top, 0.96), top);
        Shape frontFace = polygon(qx, qy, p2x, p2y, bx, by, cx, cy, dx, dy, 294, 620, p1x, p1y);
        fillVertical(g, frontFace, front, shade(front, 0.9));
        corrugation(g, frontFace, r, 0.05);
        double[][] facets = {
            {p3x, p3y, qx, qy, kx, ky}, {kx, ky, qx, qy, p1x, p1y},
            {p3x, p3y, p2x, p2y, qx, qy}, {qx, qy, p2x, p2y, 420, 440},
            {p1x, p1y, qx, qy, 420, 440}, {p1x, p1y, 420, 440, 318, 540},
        };
        double[] tones = {0.66, 0.8, 1.02, 0.86, 0.72, 0.9};
        for (int i = 0; i < facets.length; i++) {
            g.setColor(shade(front, tones[i]));
            g.fill(polygon(facets[i]));
        }
        g.setColor(argb(0x3A2A18, 150));
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(p1x, p1y, 350, 430, qx, qy));
        g.draw(new QuadCurve2D.Double(qx, qy, 400, 425, 420, 440));
        g.draw(new QuadCurve2D.Double(p1x, p1y, 360, 470, 420, 440));
        g.setColor(argb(0xF2D9B0, 130));
        g.draw(new QuadCurve2D.Double(p3x, p3y, 385, 350, qx, qy));
        g.draw(new QuadCurve2D.Double(qx, qy, 420, 380, p2x, p2y));

        // edges
        g.setColor(argb(0x5A3F22, 160));
        g.setStroke(new BasicStroke(2f));
        g.draw(polygon(bx, by, cx, cy));
        g.draw(polygon(bx, by, bx + ox, by - oy));

        // packing tape along the top, one end peeled up
        Shape tapeTop = polygon(600, 382, 690, 380, 690 + ox * 0.98, by - oy + 1, 600 + ox * 0.98, by - oy + 3);
        g.setColor(argb(0xC9A46A, 150));
        g.fill(tapeTop);
        Shape peeled = polygon(600, 382, 690, 380, 700, 432, 622, 446);
        g.setPaint(new GradientPaint(600, 382, argb(0xF0D9A8, 220), 660, 446, argb(0xC9A46A, 200)));
        g.fill(peeled);
        g.setColor(argb(0x6D5434, 120));
        g.draw(peeled);

        // the tear: a jagged hole in the front face, bags inside, a flap hanging out
        Path2D hole = jagged(560, 560, 150, 95, 26, r);
        g.setColor(rgb(0x241A12));
        g.fill(hole);
        g.setClip(hole);
        for (int i = 0; i < 4; i++) {
            double bxp = 440 + i * 78 + r.nextGaussian() * 6;
            Shape bag = round(bxp, 470 + r.nextGaussian() * 10, 90, 190, 14);
            g.setColor(argb(0xDADDE0, 120));
            g.fill(bag);
            g.setColor(i % 2 == 0 ? shade(SILICONE_GREY, 0.8) : shade(SILICONE_SAGE, 0.8));
            g.fill(round(bxp + 30, 500, 28, 150, 12));
            g.setColor(argb(0xFFFFFF, 90));
            g.fill(round(bxp + 8, 480, 10, 160, 5));
        }
        g.setClip(null);
        g.setColor(rgb(0xE6C99A));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(hole);
        Path2D flap = new Path2D.Double();
        flap.moveTo(470, 618);
        flap.lineTo(628, 636);
        flap.lineTo(640, 690);
        flap.lineTo(622, 712);
        flap.lineTo(630, 738);
        flap.lineTo(600, 752);
        flap.lineTo(560, 744);
        flap.lineTo(528, 760);
        flap.lineTo(500, 736);
        flap.lineTo(478, 742);
        flap.lineTo(462, 700);
        flap.closePath();
        shadow(g, flap, 8, 12, 4, 110);
        fillVertical(g, flap, rgb(0xE2C697), rgb(0xC9A771));
        g.setColor(argb(0x9B7443, 110));
        g.setStroke(new BasicStroke(1.2f));
        for (double fxl = 478; fxl < 636; fxl += 7) {
            g.draw(new java.awt.geom.Line2D.Double(fxl, 628, fxl + 2, 748));
        }
        g.setColor(rgb(0xF1E0BE));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(flap);

        // shipping mark on the side
        AffineTransform saved = g.getTransform();
        g.transform(new AffineTransform(ox / 200.0, -oy / 200.0, 0, 1, bx, by));
        g.setColor(rgb(0x1C1C1C));
        g.setFont(Draw.bold(28));
        Draw.text(g, "MAI HOME", 28, 110);
        g.setFont(Draw.regular(22));
        Draw.text(g, "HÀ NỘI", 28, 145);
        Draw.text(g, "C/NO. 7/10", 28, 180);
        g.setTransform(saved);
        g.dispose();
        return img;
    }

    /**
     * O1: close-up of a grey spatula whose handle is cracked, on a cutting mat, drawn upright (portrait);
     * {@link SampleImages} stores it turned, as a phone held upright does.
     */
    static BufferedImage defectCloseUp(Random r) {
        int w = H;
        int h = W;
        BufferedImage img = Draw.image(w, h);
        Graphics2D g = Draw.graphics(img);
        cuttingMat(g, w, h);

        AffineTransform saved = g.getTransform();
        g.translate(470, 700);
        g.rotate(Math.toRadians(9));
        g.scale(2.2, 2.2);
        // handle from y=-260 (head) to y=260 (end); head above, partly out of frame
        Area head = new Area(round(-70, -470, 140, 200, 30));
        Area neck = new Area(polygon(-40, -280, 40, -280, 24, -240, -24, -240));
        Area handle = new Area(round(-24, -250, 48, 420, 20));
        handle.subtract(new Area(oval(0, 130, 8, 14)));
        Area all = new Area(head);
        all.add(neck);
        all.add(handle);
        shadow(g, all, 6, 8, 5, 90);
        g.setPaint(new LinearGradientPaint(-70, 0, 70, 0, new float[] {0f, 0.45f, 0.55f, 1f},
                new Color[] {shade(SILICONE_GREY, 0.7), shade(SILICONE_GREY, 1.2),
                        shade(SILICONE_GREY, 1.15), shade(SILICONE_GREY, 0.65)}));
        g.fill(all);
        g.setColor(argb(0xFFFFFF, 70));
        g.fill(round(-12, -230, 7, 330, 3));
        // the crack: a jagged dark split across most of the handle, open at the left edge
        Path2D crack = new Path2D.Double();
        crack.moveTo(-25, -62);
        double x = -25;
        double y = -62;
        while (x < 17) {
            x += 3 + r.nextDouble() * 4;
            y += r.nextGaussian() * 2.2 + 0.6;
            crack.lineTo(x, y);
        }
        double endX = x;
        double endY = y;
        while (x > -25) {
            x -= 3 + r.nextDouble() * 4;
            double open = Math.max(0.6, (-x + 16) / 41.0 * 7.5);
            crack.lineTo(x, endY + (x - endX) * -0.02 + open + r.nextGaussian() * 0.5);
        }
        crack.closePath();
        g.setColor(rgb(0x2B2D30));
        g.fill(crack);
        g.setColor(argb(0xD9DCDF, 180));
        g.setStroke(new BasicStroke(0.7f));
        g.draw(crack);
        // whitened stress lines around the crack
        g.setColor(argb(0xC8CCD0, 130));
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 7; i++) {
            double sx = -22 + r.nextDouble() * 30;
            double sy = -60 + r.nextGaussian() * 2;
            g.draw(new QuadCurve2D.Double(sx, sy, sx + r.nextGaussian() * 4, sy - 6,
                    sx + r.nextGaussian() * 6, sy - 10 - r.nextDouble() * 6));
        }
        g.setTransform(saved);

        // a sticky note with an arrow to the crack
        g.translate(620, 300);
        g.rotate(Math.toRadians(4));
        Shape note = new Rectangle2D.Double(0, 0, 260, 220);
        shadow(g, note, 6, 8, 4, 80);
        fillVertical(g, note, rgb(0xFFE873), rgb(0xF3D64E));
        Draw.handwriting(g, "Nứt cán", 26, 90, 54, rgb(0xC0271F), r);
        Draw.handwriting(g, "bộ #17", 30, 170, 42, rgb(0x222222), r);
        g.setTransform(saved);
        g.setColor(rgb(0xC0271F));
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(660, 530, 610, 580, 540, 588));
        g.fill(polygon(514, 590, 546, 570, 550, 608));
        g.dispose();
        return img;
    }

    /** O1: the receiver's count sheet on a clipboard, written by hand in Vietnamese. */
    static BufferedImage countSheet(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        woodTable(g, new Rectangle2D.Double(0, 0, W, H), rgb(0x8A5E3C), r);

        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-2.5), 640, 500);
        Shape board = round(250, 30, 780, 980, 26);
        shadow(g, board, 10, 14, 6, 120);
        fillVertical(g, board, rgb(0x7A4E2C), rgb(0x65401F));
        Shape paper = new Rectangle2D.Double(290, 95, 700, 900);
        shadow(g, paper, 2, 3, 2, 50);
        fillVertical(g, paper, rgb(0xFBFAF5), rgb(0xEDEBE3));
        g.setColor(rgb(0xA9C4E0));
        g.setStroke(new BasicStroke(1.6f));
        for (double y = 300; y < 990; y += 74) {
            g.draw(new java.awt.geom.Line2D.Double(300, y, 980, y));
        }
        g.setColor(rgb(0xE39A9A));
        g.draw(new java.awt.geom.Line2D.Double(360, 95, 360, 995));
        // printed header
        g.setColor(rgb(0x222222));
        g.setFont(Draw.bold(36));
        Draw.text(g, "PHIẾU KIỂM HÀNG", 385, 190);
        g.setFont(Draw.regular(20));
        g.setColor(rgb(0x555555));
        Draw.text(g, "Mai Home — Kho Hà Nội", 387, 228);
        Draw.handwriting(g, "03/10/2026", 790, 228, 30, BALLPOINT, r);
        String[] lines = {
            "Đơn 2837461920384756123",
            "Số thùng nhận: 9 / 10",
            "Số bộ nhận: 180 / 200",
            "Kiểm mẫu: 32 bộ — lỗi: 3",
            "Người kiểm: Trần Văn Hùng",
        };
        double y = 290;
        for (String line : lines) {
            Draw.handwriting(g, line, 378 + r.nextGaussian() * 3, y - 6 + r.nextGaussian() * 1.5, 38,
                    BALLPOINT, r);
            y += 74;
        }
        // a signature
        g.setColor(argb(0x1F3A8C, 220));
        g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D sig = new Path2D.Double();
        sig.moveTo(700, 700);
        sig.curveTo(720, 640, 745, 650, 735, 700);
        sig.curveTo(728, 735, 770, 640, 790, 680);
        sig.curveTo(805, 710, 830, 660, 860, 676);
        sig.curveTo(880, 686, 900, 690, 930, 672);
        g.draw(sig);
        // metal clip
        Shape clip = round(510, 40, 260, 80, 14);
        shadow(g, clip, 4, 6, 4, 110);
        g.setPaint(new LinearGradientPaint(0, 40, 0, 120, new float[] {0f, 0.4f, 1f},
                new Color[] {rgb(0xE8EAEC), rgb(0xB5B9BE), rgb(0x7E8388)}));
        g.fill(clip);
        g.setColor(rgb(0x5F6368));
        g.fill(round(600, 62, 80, 22, 11));
        g.setTransform(saved);

        // a pen on the desk
        g.translate(1110, 520);
        g.rotate(Math.toRadians(68));
        Shape body = round(-190, -14, 380, 28, 12);
        shadow(g, body, 8, 10, 4, 100);
        fillVertical(g, body, rgb(0x3D63C9), rgb(0x1E3A8A));
        g.setColor(rgb(0xD8DADC));
        g.fill(polygon(190, -10, 236, 0, 190, 10));
        g.setColor(rgb(0xC9CCCF));
        g.fill(round(-150, -18, 90, 8, 3));
        g.dispose();
        return img;
    }

    /** O2: twenty-five cartons of lunch boxes stacked neatly on a pallet. */
    static BufferedImage lunchBoxCartons(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        warehouse(g, 380, r);
        floorShadow(g, 220, 850, 930, 100);
        pallet(g, 250, 850, 780, 60, 80, 48);
        double cw = 154;
        double ch = 108;
        Color kraft = rgb(0xC69A64);
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                double x = 262 + col * cw + r.nextGaussian() * 1.5;
                double y = 850 - (row + 1) * ch + r.nextGaussian() * 1;
                carton(g, x, y, cw - 2, ch - 1, 76, 46, kraft, r,
                        new String[] {"304不锈钢饭盒", "1.2L  20个/箱"});
            }
        }
        g.dispose();
        return img;
    }

    /** O3: the woven "MAI HOME" neck label inside a folded white T-shirt. */
    static BufferedImage neckLabel(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        fillVertical(g, new Rectangle2D.Double(0, 0, W, H), rgb(0xB9BCC0), rgb(0x9FA3A8));
        linen(g, r);

        // folded shirt: sloped shoulders, sides folded under
        Path2D shirt = new Path2D.Double();
        shirt.moveTo(120, 1000);
        shirt.lineTo(130, 300);
        shirt.curveTo(140, 220, 220, 190, 420, 120);
        shirt.lineTo(860, 120);
        shirt.curveTo(1060, 190, 1140, 220, 1150, 300);
        shirt.lineTo(1160, 1000);
        shirt.closePath();
        shadow(g, shirt, 6, 10, 6, 110);
        fillVertical(g, shirt, rgb(0xF7F7F5), rgb(0xE3E3E0));
        // the sides and sleeves folded back: two long creases, and a soft ripple across the chest
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(argb(0xA9A9A4, 60));
        g.draw(new java.awt.geom.Line2D.Double(300, 330, 292, 1000));
        g.draw(new java.awt.geom.Line2D.Double(980, 330, 990, 1000));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(argb(0xFFFFFF, 160));
        g.draw(new java.awt.geom.Line2D.Double(310, 330, 302, 1000));
        g.draw(new java.awt.geom.Line2D.Double(970, 330, 980, 1000));
        g.setStroke(new BasicStroke(22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(argb(0xB8B8B4, 18));
        g.draw(new QuadCurve2D.Double(360, 700, 640, 650, 920, 720));
        g.draw(new QuadCurve2D.Double(380, 860, 600, 830, 900, 880));

        // neckline: the back of the shirt seen inside the collar
        Shape inner = oval(640, 285, 200, 150);
        Shape outer = oval(640, 280, 236, 178);
        Area ring = new Area(outer);
        ring.subtract(new Area(inner));
        g.setPaint(new GradientPaint(0, 140, rgb(0xA9A9A5), 0, 430, rgb(0xE6E6E2)));
        g.fill(inner);
        g.setPaint(new GradientPaint(0, 110, rgb(0xE9E9E6), 0, 460, rgb(0xFAFAF8)));
        g.fill(ring);
        g.setClip(ring);
        g.setColor(argb(0x9A9A96, 45));
        g.setStroke(new BasicStroke(1.4f));
        for (int i = 0; i < 110; i++) {
            double a = Math.PI * 2 * i / 110;
            g.draw(new java.awt.geom.Line2D.Double(640 + Math.cos(a) * 195, 285 + Math.sin(a) * 146,
                    640 + Math.cos(a) * 240, 280 + Math.sin(a) * 182));
        }
        g.setClip(null);
        g.setColor(argb(0x8C8C88, 110));
        g.setStroke(new BasicStroke(2f));
        g.draw(inner);
        // back neck tape stitching
        g.setColor(argb(0x9C9C98, 140));
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 5f}, 0f));
        g.draw(new QuadCurve2D.Double(470, 190, 640, 120, 810, 190));

        // the woven label
        Shape label = round(535, 160, 210, 74, 3);
        shadow(g, label, 2, 4, 3, 90);
        g.setColor(rgb(0x1C2A4A));
        g.fill(label);
        g.setClip(label);
        g.setColor(argb(0x2E3E63, 160));
        g.setStroke(new BasicStroke(1f));
        for (double y = 160; y < 236; y += 3) {
            g.draw(new java.awt.geom.Line2D.Double(535, y, 745, y));
        }
        g.setClip(null);
        g.setColor(rgb(0xECE8DC));
        g.setFont(Draw.bold(34).deriveFont(java.util.Map.of(java.awt.font.TextAttribute.TRACKING, 0.12)));
        Draw.textCentered(g, "MAI HOME", 640, 208);
        g.setFont(Draw.regular(13).deriveFont(java.util.Map.of(java.awt.font.TextAttribute.TRACKING, 0.3)));
        Draw.textCentered(g, "HÀ NỘI", 640, 226);
        g.setColor(argb(0xC8C3B5, 160));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {3f, 3f}, 0f));
        g.draw(new java.awt.geom.Line2D.Double(540, 164, 740, 164));
        // size label below
        Shape size = round(612, 242, 56, 40, 2);
        g.setColor(rgb(0xF3F1EA));
        g.fill(size);
        g.setColor(rgb(0x333333));
        g.setFont(Draw.bold(22));
        Draw.textCentered(g, "M", 640, 270);
        g.dispose();
        return img;
    }

    /** O4: fifteen cartons of hoodies just inside the open warehouse door. */
    static BufferedImage cartonsAtDoor(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        // ribbed metal wall
        fillVertical(g, new Rectangle2D.Double(0, 0, W, 640), rgb(0xA9B3BA), rgb(0x8D979E));
        g.setStroke(new BasicStroke(3f));
        for (int x = 0; x < W; x += 32) {
            g.setColor(argb(0x6F7980, 120));
            g.drawLine(x, 0, x, 640);
            g.setColor(argb(0xD5DCE0, 90));
            g.drawLine(x + 4, 0, x + 4, 640);
        }
        // the door opening: afternoon light outside
        Shape opening = new Rectangle2D.Double(470, 70, 640, 570);
        fillVertical(g, opening, rgb(0xE9EEF2), rgb(0xFFF6E4));
        fillVertical(g, new Rectangle2D.Double(470, 420, 640, 220), rgb(0xB7B2A8), rgb(0xCFC8BA));
        g.setColor(rgb(0x6B7A5A));
        g.fill(polygon(470, 420, 640, 380, 820, 410, 1000, 370, 1110, 400, 1110, 420));
        // rolled-up door and frame
        fillVertical(g, new Rectangle2D.Double(455, 40, 670, 70), rgb(0xC5CBCF), rgb(0x7F878C));
        g.setColor(rgb(0xE6C229));
        g.fill(new Rectangle2D.Double(455, 70, 15, 570));
        g.fill(new Rectangle2D.Double(1110, 70, 15, 570));
        g.setColor(argb(0x000000, 90));
        for (int y = 80; y < 640; y += 24) {
            g.fill(new Rectangle2D.Double(455, y, 15, 12));
            g.fill(new Rectangle2D.Double(1110, y, 15, 12));
        }
        concrete(g, new Rectangle2D.Double(0, 640, W, H - 640), rgb(0x8F8E8A), r);
        // light spilling in through the door
        g.setColor(argb(0xFFF3D8, 70));
        g.fill(polygon(470, 640, 1110, 640, 1280, 960, 380, 960));
        g.setColor(rgb(0xE2B616));
        g.fill(polygon(0, 700, 1280, 690, 1280, 706, 0, 716));

        floorShadow(g, 70, 900, 820, 90);
        double cw = 150;
        double ch = 118;
        Color kraft = rgb(0xB38250);
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 5; col++) {
                double x = 80 + col * cw + r.nextGaussian() * 3;
                double y = 900 - (row + 1) * ch + r.nextGaussian() * 2;
                carton(g, x, y, cw - 2, ch - 1, 70, 44, kraft, r, new String[] {"加绒卫衣", "20件/箱"});
            }
        }
        g.dispose();
        return img;
    }

    /** O5: the dark green sample gift box with its gold logo area. */
    static BufferedImage giftBox(Random r) {
        BufferedImage img = Draw.image(W, H);
        Graphics2D g = Draw.graphics(img);
        fillVertical(g, new Rectangle2D.Double(0, 0, W, H), rgb(0xE7E1D6), rgb(0xCFC6B8));
        linen(g, r);
        Color green = rgb(0x1F4A3A);
        // box corners: front face F (x 300..900, y 560..760), depth towards upper right
        double fx = 300;
        double fy = 560;
        double fw = 600;
        double fh = 190;
        double ox = 200;
        double oy = 250;
        Shape all = polygon(fx, fy, fx + ox, fy - oy, fx + fw + ox, fy - oy, fx + fw + ox, fy + fh - oy,
                fx + fw, fy + fh, fx, fy + fh);
        shadow(g, all, 14, 18, 7, 150);
        Shape side = polygon(fx + fw, fy, fx + fw + ox, fy - oy, fx + fw + ox, fy + fh - oy, fx + fw, fy + fh);
        fillVertical(g, side, shade(green, 0.7), shade(green, 0.55));
        Shape front = new Rectangle2D.Double(fx, fy, fw, fh);
        fillHorizontal(g, front, shade(green, 0.95), shade(green, 0.8));
        Shape top = polygon(fx, fy, fx + ox, fy - oy, fx + fw + ox, fy - oy, fx + fw, fy);
        g.setPaint(new GradientPaint((float) fx, (float) (fy - oy), shade(green, 1.25), (float) (fx + fw),
                (float) fy, shade(green, 1.0)));
        g.fill(top);
        // the magnetic flap: the lid folds over the front
        g.setColor(shade(green, 0.6));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new java.awt.geom.Line2D.Double(fx + 2, fy + 78, fx + fw - 2, fy + 78));
        g.draw(new java.awt.geom.Line2D.Double(fx + fw + 2, fy + 76, fx + fw + ox - 2, fy + 78 - oy));
        g.setColor(argb(0xFFFFFF, 40));
        g.setStroke(new BasicStroke(3f));
        g.draw(new java.awt.geom.Line2D.Double(fx, fy + 1, fx + fw, fy + 1));
        g.draw(new java.awt.geom.Line2D.Double(fx, fy, fx + ox, fy - oy));

        // the gold logo area on the lid, drawn in the lid's plane
        AffineTransform saved = g.getTransform();
        g.transform(new AffineTransform(fw / 600.0, 0, ox / 600.0, -oy / 600.0, fx, fy));
        // in lid units: x 0..600 across, y 0..600 from front edge to back edge (pointing up)
        g.scale(1, -1);
        Shape plate = new Rectangle2D.Double(170, -420, 260, 240);
        g.setPaint(new LinearGradientPaint(170, -420, 430, -180, new float[] {0f, 0.45f, 0.55f, 1f},
                new Color[] {rgb(0xB68C3A), rgb(0xF1DB93), rgb(0xE3C56E), rgb(0x9E772B)}));
        g.fill(plate);
        g.setColor(shade(green, 1.1));
        g.fill(new Rectangle2D.Double(182, -408, 236, 216));
        g.setPaint(new LinearGradientPaint(170, -400, 430, -200, new float[] {0f, 0.5f, 1f},
                new Color[] {rgb(0xC9A24A), rgb(0xF4E2A2), rgb(0xB38A36)}));
        g.setFont(Draw.bold(46));
        Draw.textCentered(g, "MAI", 300, -300);
        Draw.textCentered(g, "HOME", 300, -244);
        g.fill(new Rectangle2D.Double(230, -285, 140, 3));
        g.setTransform(saved);
        g.dispose();
        return img;
    }

    // ================================================================ props

    /** One silicone kitchen utensil, head up, drawn through {@code t}. Kind 0..4: turner, spoon,
     * slotted turner, scraper, brush. */
    static void utensil(Graphics2D g, AffineTransform t, int kind, Color color, double scale) {
        AffineTransform saved = g.getTransform();
        g.transform(t);
        g.scale(scale, scale);
        Area head = switch (kind) {
            case 0 -> new Area(polygon(-62, -250, 62, -250, 58, -40, 22, 0, -22, 0, -58, -40));
            case 1 -> new Area(oval(0, -112, 58, 102));
            case 2 -> {
                Area a = new Area(polygon(-66, -240, 66, -240, 60, -40, 22, 0, -22, 0, -60, -40));
                for (int i = 0; i < 4; i++) {
                    a.subtract(new Area(round(-40 + i * 22, -210, 10, 140, 5)));
                }
                yield a;
            }
            case 3 -> new Area(round(-48, -235, 96, 225, 22));
            default -> new Area(round(-32, -90, 64, 80, 10));
        };
        Area neck = new Area(polygon(-22, -14, 22, -14, 18, 40, -18, 40));
        Area handle = new Area(round(-19, 30, 38, 420, 17));
        handle.subtract(new Area(oval(0, 420, 7, 12)));
        Area all = new Area(head);
        all.add(neck);
        all.add(handle);
        shadow(g, all, 7, 9, 5, 100);
        g.setPaint(new LinearGradientPaint(-66, 0, 66, 0, new float[] {0f, 0.42f, 0.58f, 1f},
                new Color[] {shade(color, 0.72), shade(color, 1.14), shade(color, 1.1), shade(color, 0.68)}));
        g.fill(all);
        if (kind == 4) {
            g.setColor(shade(color, 0.8));
            g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 7; i++) {
                double x = -27 + i * 9;
                g.draw(new java.awt.geom.Line2D.Double(x, -92, x * 1.15, -210));
            }
        }
        // a highlight along the handle and a moulded line where head meets neck
        g.setColor(argb(0xFFFFFF, 60));
        g.fill(round(-9, 50, 6, 340, 3));
        g.setColor(shade(color, 0.6));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new java.awt.geom.Line2D.Double(-20, 30, 20, 30));
        g.setTransform(saved);
    }

    /** A corrugated carton: front face at (x, y, w, h), depth drawn up and to the right. */
    static void carton(Graphics2D g, double x, double y, double w, double h, double dx, double dy, Color base,
            Random r, String[] mark) {
        Color c = shade(base, 0.95 + r.nextDouble() * 0.1);
        Shape front = new Rectangle2D.Double(x, y, w, h);
        Shape top = polygon(x, y, x + w, y, x + w + dx, y - dy, x + dx, y - dy);
        Shape side = polygon(x + w, y, x + w + dx, y - dy, x + w + dx, y + h - dy, x + w, y + h);
        fillVertical(g, side, shade(c, 0.74), shade(c, 0.64));
        fillVertical(g, top, shade(c, 1.16), shade(c, 1.08));
        fillVertical(g, front, c, shade(c, 0.88));
        // packing tape along the seam of the top flaps, running down the front
        double tw = w * 0.12;
        double tx = x + w / 2 - tw / 2;
        g.setColor(argb(0xD8B27A, 150));
        g.fill(polygon(tx, y, tx + tw, y, tx + tw + dx, y - dy, tx + dx, y - dy));
        g.setColor(argb(0xD2A86E, 130));
        g.fill(new Rectangle2D.Double(tx, y, tw, h * 0.2));
        g.setColor(argb(0xFFFFFF, 45));
        g.fill(new Rectangle2D.Double(tx + tw * 0.2, y, tw * 0.15, h * 0.2));
        g.setColor(argb(0x6B4A28, 90));
        g.setStroke(new BasicStroke(1.2f));
        double mid = (y + y - dy) / 2;
        g.draw(new java.awt.geom.Line2D.Double(x + dx / 2, mid, x + w + dx / 2, mid));
        // shipping mark
        if (mark != null) {
            double lw = w * 0.36;
            double lh = h * 0.42;
            double lx = x + w * 0.58;
            double ly = y + h * 0.36;
            g.setColor(rgb(0xF4F2EC));
            g.fill(new Rectangle2D.Double(lx, ly, lw, lh));
            g.setColor(rgb(0x2A2A2A));
            float size = (float) Math.max(7, lh / (mark.length + 1.2));
            g.setFont(Draw.regular(size));
            for (int i = 0; i < mark.length; i++) {
                Draw.textFit(g, mark[i], lx + lw * 0.07, ly + size * (i + 1.15), lw * 0.88);
            }
        }
        // edges
        g.setColor(argb(0x4A3219, 110));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(front);
        g.draw(top);
        g.draw(side);
    }

    static void pallet(Graphics2D g, double x, double bottom, double w, double h, double dx, double dy) {
        Color wood = rgb(0xC8A878);
        double top = bottom + 0.0;
        Shape deck = polygon(x, top, x + w, top, x + w + dx, top - dy, x + dx, top - dy);
        g.setColor(shade(wood, 1.05));
        g.fill(deck);
        Shape side = polygon(x + w, top, x + w + dx, top - dy, x + w + dx, top - dy + h, x + w, top + h);
        g.setColor(shade(wood, 0.55));
        g.fill(side);
        g.setColor(rgb(0x2A2622));
        g.fill(new Rectangle2D.Double(x, top, w, h));
        Color board = shade(wood, 0.92);
        g.setColor(board);
        g.fill(new Rectangle2D.Double(x, top, w, h * 0.28));
        g.fill(new Rectangle2D.Double(x, top + h * 0.78, w, h * 0.22));
        double bw = w * 0.12;
        for (int i = 0; i < 3; i++) {
            double bx = x + (w - bw) * i / 2.0;
            g.setColor(shade(wood, 0.8));
            g.fill(new Rectangle2D.Double(bx, top + h * 0.28, bw, h * 0.5));
        }
        g.setColor(argb(0x5A4226, 120));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Rectangle2D.Double(x, top, w, h));
    }

    private static void tape(Graphics2D g, double x, double y, double w, double h, double angle) {
        AffineTransform saved = g.getTransform();
        g.translate(x + w / 2, y + h / 2);
        g.rotate(Math.toRadians(angle));
        g.setColor(argb(0xF1EFE6, 170));
        g.fill(new Rectangle2D.Double(-w / 2, -h / 2, w, h));
        g.setTransform(saved);
    }

    // ================================================================ surfaces

    static void woodTable(Graphics2D g, Rectangle2D area, Color base, Random r) {
        fillVertical(g, area, shade(base, 1.08), shade(base, 0.85));
        g.setStroke(new BasicStroke(1.4f));
        for (int i = 0; i < 140; i++) {
            double y = area.getY() + r.nextDouble() * area.getHeight();
            Color c = r.nextBoolean() ? shade(base, 0.7) : shade(base, 1.2);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 25 + r.nextInt(45)));
            Path2D grain = new Path2D.Double();
            grain.moveTo(area.getX(), y);
            for (double x = area.getX(); x <= area.getMaxX() + 80; x += 80) {
                grain.lineTo(x, y + Math.sin(x / 170.0 + i) * 6 + r.nextGaussian() * 1.2);
            }
            g.draw(grain);
        }
        // plank joints
        g.setColor(argb(0x2E1D10, 110));
        g.setStroke(new BasicStroke(3f));
        for (double y = area.getY() + 230; y < area.getMaxY(); y += 310) {
            g.draw(new java.awt.geom.Line2D.Double(area.getX(), y, area.getMaxX(), y + 6));
        }
    }

    static void concrete(Graphics2D g, Rectangle2D area, Color base, Random r) {
        fillVertical(g, area, shade(base, 0.92), shade(base, 1.05));
        for (int i = 0; i < 90; i++) {
            double x = area.getX() + r.nextDouble() * area.getWidth();
            double y = area.getY() + r.nextDouble() * area.getHeight();
            double s = 20 + r.nextDouble() * 120;
            Color c = r.nextBoolean() ? shade(base, 0.8) : shade(base, 1.15);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 18 + r.nextInt(25)));
            g.fill(oval(x, y, s, s * (0.3 + r.nextDouble() * 0.4)));
        }
    }

    /** Back wall, concrete floor, a painted line: the inside of the Hà Nội warehouse. */
    static void warehouse(Graphics2D g, double floorY, Random r) {
        fillVertical(g, new Rectangle2D.Double(0, 0, W, floorY), rgb(0xD9D5CB), rgb(0xC2BDB1));
        g.setColor(argb(0x8F8A7E, 80));
        g.setStroke(new BasicStroke(2f));
        for (double x = 60; x < W; x += 210) {
            g.draw(new java.awt.geom.Line2D.Double(x, 0, x, floorY));
        }
        g.setColor(rgb(0x3F6E8F));
        g.fill(new Rectangle2D.Double(1080, 0, 70, floorY));
        g.setColor(argb(0x000000, 40));
        g.fill(new Rectangle2D.Double(1140, 0, 10, floorY));
        g.setColor(rgb(0x6F6A60));
        g.fill(new Rectangle2D.Double(0, floorY - 12, W, 12));
        concrete(g, new Rectangle2D.Double(0, floorY, W, H - floorY), rgb(0x9C9A94), r);
        g.setColor(rgb(0xE0B51C));
        g.fill(polygon(0, floorY + 90, W, floorY + 60, W, floorY + 74, 0, floorY + 106));
    }

    private static void floorShadow(Graphics2D g, double x, double y, double w, double h) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x + w / 2, y), (float) (w / 2),
                new Point2D.Double(x + w / 2, y), new float[] {0f, 1f},
                new Color[] {argb(0x000000, 110), argb(0x000000, 0)},
                java.awt.MultipleGradientPaint.CycleMethod.NO_CYCLE,
                java.awt.MultipleGradientPaint.ColorSpaceType.SRGB,
                new AffineTransform(1, 0, 0, h / w, 0, y - y * h / w)));
        g.fill(new Rectangle2D.Double(x, y - h, w, h * 2));
    }

    private static void cuttingMat(Graphics2D g, int w, int h) {
        g.setColor(rgb(0x2F6B4F));
        g.fillRect(0, 0, w, h);
        g.setPaint(new RadialGradientPaint(new Point2D.Float(w * 0.4f, h * 0.35f), h * 0.8f,
                new float[] {0f, 1f}, new Color[] {argb(0xFFFFFF, 30), argb(0x000000, 50)}));
        g.fillRect(0, 0, w, h);
        g.setColor(argb(0xCFE8D8, 70));
        g.setStroke(new BasicStroke(1.2f));
        for (int x = 40; x < w; x += 40) {
            g.drawLine(x, 0, x, h);
        }
        for (int y = 40; y < h; y += 40) {
            g.drawLine(0, y, w, y);
        }
        g.setColor(argb(0xE4F3E9, 150));
        g.setStroke(new BasicStroke(2.2f));
        for (int x = 200; x < w; x += 200) {
            g.drawLine(x, 0, x, h);
        }
        for (int y = 200; y < h; y += 200) {
            g.drawLine(0, y, w, y);
        }
        g.setColor(argb(0xE4F3E9, 200));
        g.setFont(Draw.regular(20));
        for (int i = 1; i * 40 < w; i++) {
            Draw.textCentered(g, String.valueOf(i), i * 40, 28);
        }
        for (int i = 1; i * 40 < h; i++) {
            Draw.text(g, String.valueOf(i), 6, i * 40 + 7);
        }
    }

    private static void linen(Graphics2D g, Random r) {
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < 400; i++) {
            double y = r.nextDouble() * H;
            g.setColor(r.nextBoolean() ? argb(0xFFFFFF, 16) : argb(0x000000, 14));
            g.draw(new java.awt.geom.Line2D.Double(0, y, W, y + r.nextGaussian() * 3));
        }
        for (int i = 0; i < 300; i++) {
            double x = r.nextDouble() * W;
            g.setColor(r.nextBoolean() ? argb(0xFFFFFF, 12) : argb(0x000000, 10));
            g.draw(new java.awt.geom.Line2D.Double(x, 0, x + r.nextGaussian() * 3, H));
        }
    }

    private static void corrugation(Graphics2D g, Shape face, Random r, double strength) {
        var clip = g.getClip();
        g.setClip(face);
        var b = face.getBounds2D();
        g.setStroke(new BasicStroke(1f));
        for (double x = b.getX(); x < b.getMaxX(); x += 7) {
            g.setColor(argb(0x000000, (int) (255 * strength * (0.5 + r.nextDouble()))));
            g.draw(new java.awt.geom.Line2D.Double(x, b.getY(), x, b.getMaxY()));
        }
        g.setClip(clip);
    }

    private static Path2D jagged(double cx, double cy, double rx, double ry, int points, Random r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < points; i++) {
            double a = Math.PI * 2 * i / points;
            double k = 0.75 + r.nextDouble() * 0.35;
            double px = cx + Math.cos(a) * rx * k;
            double py = cy + Math.sin(a) * ry * k;
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        return p;
    }
}
