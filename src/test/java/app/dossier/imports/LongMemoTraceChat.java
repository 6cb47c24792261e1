package app.dossier.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * A MemoTrace (≤ 2.x) CSV export of a long chat, written as the exporter writes it (UTF-8 with a byte
 * order mark, CRLF, every cell quoted, line breaks inside cells): a Vietnamese importer and a factory
 * in Yiwu over years, in Chinese and Vietnamese, with pictures, files, links, quoted replies and
 * transfers carrying WeChat's XML, about 2 KB a message as real exports of busy chats are. Written
 * as it is made, so a chat of any length costs no memory. The last message is {@link #LAST_WORDS},
 * for a search to find.
 */
public final class LongMemoTraceChat {
    /** Words found only in the chat's last message. */
    public static final String LAST_WORDS = "Xác nhận lô cuối cùng 尾款已付清 mã ZX-7781";
    public static final String FIRST_TIME = "2021-03-01 08:00:00";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String[] CHINESE = {
        "老板您好，这批货什么时候可以发？", "样品已经寄出了，顺丰单号稍后发给您。", "颜色按照您确认的潘通色号做，包装一样。",
        "大货按照这个样品做，颜色和包装都一样，确认。", "这个价格是含税的，不含运费。", "我们工厂春节放假到正月十五。",
        "纸箱尺寸是60*40*35，每箱48个。", "质检报告明天给您，有问题随时联系。", "好的，收到，谢谢！",
        "定金收到了，我们马上安排生产。\n预计二十天出货。", "这次的瑕疵我们很抱歉，下批货一定注意。"};
    private static final String[] VIETNAMESE = {
        "Chào anh, lô hàng này bao giờ giao được ạ?", "Em đã nhận được mẫu, màu hơi đậm hơn so với ảnh.",
        "Anh gửi giúp em báo giá mới nhất nhé.", "Hàng về kho Hà Nội bị móp 12 thùng, em gửi ảnh anh xem.",
        "Em đồng ý đặt 2.000 cái, thanh toán 30% đặt cọc.", "Cảm ơn anh, em sẽ chuyển khoản chiều nay.",
        "Đóng gói giống lô trước nhé anh, mỗi thùng 48 cái.", "Nhờ anh kiểm tra lại số lượng trước khi xuất hàng.",
        "Dạ vâng, em hiểu rồi.\nAnh cho em xin mã vận đơn."};

    private LongMemoTraceChat() {
    }

    /** Writes a chat of {@code messages} messages to {@code file}; returns the file's size in bytes. */
    public static long write(Path file, int messages) throws IOException {
        Random random = new Random(19);
        LocalDateTime at = LocalDateTime.parse(FIRST_TIME, TIME);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (OutputStream out = Files.newOutputStream(file);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("\uFEFFlocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,"
                    + "Sender\r\n");
            for (int i = 1; i <= messages; i++) {
                at = at.plusSeconds(30 + random.nextInt(600));
                boolean fromMe = random.nextInt(5) < 2;
                int pick = random.nextInt(100);
                int type;
                int subType = 0;
                String content;
                if (i == messages) {
                    type = 1;
                    content = LAST_WORDS;
                } else if (pick < 40) {
                    type = 1;
                    content = fromMe ? VIETNAMESE[random.nextInt(VIETNAMESE.length)]
                            : CHINESE[random.nextInt(CHINESE.length)];
                } else if (pick < 45) {
                    type = 49;
                    subType = 19;
                    content = forwarded(random);
                } else if (pick < 55) {
                    type = 49;
                    subType = 5;
                    content = link(random);
                } else if (pick < 72) {
                    type = 3;
                    content = image(random);
                } else if (pick < 84) {
                    type = 49;
                    subType = 57;
                    content = reply(random, fromMe);
                } else if (pick < 90) {
                    type = 49;
                    subType = 2000;
                    content = transfer(random, fromMe);
                } else if (pick < 95) {
                    type = 49;
                    subType = 6;
                    content = file(random);
                } else if (pick < 98) {
                    type = 34;
                    content = "<msg><voicemsg endflag=\"1\" length=\"" + (2000 + random.nextInt(40000))
                            + "\" voicelength=\"" + (1000 + random.nextInt(50000)) + "\" /></msg>";
                } else {
                    type = 10000;
                    content = fromMe ? "你撤回了一条消息" : "\"李丽\" 撤回了一条消息";
                }
                long epoch = at.atZone(zone).toEpochSecond();
                w.write(i + ",4," + type + "," + subType + "," + (fromMe ? 1 : 0) + "," + epoch + ",2,"
                        + quoted(content) + "," + at.format(TIME) + ",李丽,佳美日用品 Lisa,wxid_lili" + "\r\n");
            }
        }
        return Files.size(file);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static String hex(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }

    private static String image(Random random) {
        return "<?xml version=\"1.0\"?>\n<msg>\n\t<img aeskey=\"" + hex(random, 32) + "\" encryver=\"1\" cdnthumbaeskey=\""
                + hex(random, 32) + "\" cdnthumburl=\"3057020100044b30490201000204" + hex(random, 420)
                + "\" cdnthumblength=\"" + (3000 + random.nextInt(9000)) + "\" cdnthumbheight=\"120\" cdnthumbwidth=\"90\""
                + " cdnmidheight=\"0\" cdnmidwidth=\"0\" cdnhdheight=\"0\" cdnhdwidth=\"0\" cdnmidimgurl=\"3057020100044b304902"
                + hex(random, 420) + "\" cdnbigimgurl=\"3057020100044b304902" + hex(random, 420) + "\" length=\"" + (80000 + random.nextInt(900000)) + "\" md5=\"" + hex(random, 32)
                + "\" hevc_mid_size=\"" + random.nextInt(90000) + "\" originsourcemd5=\"" + hex(random, 32) + "\" />\n"
                + "\t<platform_signature></platform_signature>\n\t<imgdatahash></imgdatahash>\n</msg>\n";
    }

    private static String appmsg(Random random, String title, int type, String inner) {
        return "<?xml version=\"1.0\"?>\n<msg>\n\t<appmsg appid=\"\" sdkver=\"0\">\n\t\t<title>" + title + "</title>\n"
                + "\t\t<des />\n\t\t<action>view</action>\n\t\t<type>" + type + "</type>\n\t\t<showtype>0</showtype>\n"
                + "\t\t<content />\n\t\t<url />\n\t\t<dataurl />\n\t\t<lowurl />\n\t\t<lowdataurl />\n\t\t<recorditem />\n"
                + "\t\t<thumburl />\n\t\t<messageaction />\n\t\t<extinfo />\n\t\t<sourceusername />\n"
                + "\t\t<sourcedisplayname />\n\t\t<commenturl />\n" + inner
                + "\t\t<appattach>\n\t\t\t<totallen>0</totallen>\n\t\t\t<attachid />\n\t\t\t<emoticonmd5></emoticonmd5>\n"
                + "\t\t\t<fileext />\n\t\t\t<aeskey>" + hex(random, 32) + "</aeskey>\n\t\t</appattach>\n"
                + "\t\t<weappinfo>\n\t\t\t<pagepath></pagepath>\n\t\t\t<username />\n\t\t\t<appid />\n"
                + "\t\t\t<appservicetype>0</appservicetype>\n\t\t</weappinfo>\n\t\t<websearch />\n\t</appmsg>\n"
                + "\t<fromusername>wxid_" + hex(random, 14) + "</fromusername>\n\t<scene>0</scene>\n"
                + "\t<appinfo>\n\t\t<version>1</version>\n\t\t<appname></appname>\n\t</appinfo>\n\t<commenturl></commenturl>\n"
                + "</msg>\n";
    }

    private static String reply(Random random, boolean fromMe) {
        String words = fromMe ? VIETNAMESE[random.nextInt(VIETNAMESE.length)] : CHINESE[random.nextInt(CHINESE.length)];
        String quoted = fromMe ? CHINESE[random.nextInt(CHINESE.length)] : VIETNAMESE[random.nextInt(VIETNAMESE.length)];
        String inner = "\t\t<refermsg>\n\t\t\t<type>1</type>\n\t\t\t<svrid>" + (7_000_000_000_000_000_000L
                + (random.nextLong() & 0xFFFFFFFFFFFFL)) + "</svrid>\n\t\t\t<fromusr>wxid_" + hex(random, 14)
                + "</fromusr>\n\t\t\t<chatusr>wxid_" + hex(random, 14) + "</chatusr>\n\t\t\t<displayname>"
                + (fromMe ? "李丽" : "Mai") + "</displayname>\n\t\t\t<msgsource>&lt;msgsource&gt;&lt;sec_msg_node&gt;"
                + "&lt;uuid&gt;" + hex(random, 32) + "_&lt;/uuid&gt;&lt;/sec_msg_node&gt;&lt;/msgsource&gt;</msgsource>\n"
                + "\t\t\t<content>" + (switch (random.nextInt(3)) {
                    case 0 -> quoted;
                    case 1 -> escaped(image(random));
                    default -> escaped(link(random));
                }) + "</content>\n\t\t\t<strid />\n\t\t\t<createtime>"
                + (1_614_556_800L + random.nextInt(90_000_000)) + "</createtime>\n\t\t</refermsg>\n";
        return appmsg(random, words, 57, inner);
    }

    private static String escaped(String xml) {
        return xml.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Messages forwarded together (合并转发的聊天记录): each one's XML, escaped, inside the record. */
    private static String forwarded(Random random) {
        StringBuilder items = new StringBuilder("<recordinfo><title>群聊的聊天记录</title><desc>李丽: 样品已经寄出了</desc>"
                + "<datalist count=\"24\">");
        for (int i = 0; i < 24; i++) {
            boolean vietnamese = random.nextBoolean();
            items.append("<dataitem datatype=\"1\" dataid=\"").append(hex(random, 32)).append("\"><datadesc>")
                    .append(vietnamese ? VIETNAMESE[random.nextInt(VIETNAMESE.length)] : CHINESE[random.nextInt(CHINESE.length)])
                    .append("</datadesc><sourcename>").append(vietnamese ? "Nguyễn Thị Mai" : "李丽")
                    .append("</sourcename><sourcetime>2024-0").append(1 + random.nextInt(9)).append("-1")
                    .append(random.nextInt(10)).append(" 1").append(random.nextInt(10)).append(":3")
                    .append(random.nextInt(10)).append("</sourcetime><sourceheadurl>https://wx.qlogo.cn/mmhead/ver_1/")
                    .append(hex(random, 96)).append("/132</sourceheadurl><srcMsgCreateTime>")
                    .append(1_700_000_000L + random.nextInt(90_000_000)).append("</srcMsgCreateTime><fromnewmsgid>")
                    .append(7_000_000_000_000_000_000L + (random.nextLong() & 0xFFFFFFFFFFFFL))
                    .append("</fromnewmsgid><dataitemsource><hashusername>").append(hex(random, 64))
                    .append("</hashusername></dataitemsource></dataitem>");
        }
        items.append("</datalist><favusername>wxid_").append(hex(random, 14)).append("</favusername></recordinfo>");
        return appmsg(random, "群聊的聊天记录", 19, "\t\t<recorditem>" + escaped(items.toString()) + "</recorditem>\n");
    }

    /** A product page shared from 1688, with its long link and picture. */
    private static String link(Random random) {
        String offer = String.valueOf(600_000_000_000L + (random.nextLong() & 0xFFFFFFFFFL));
        String url = "https://detail.1688.com/offer/" + offer + ".html?spm=a26352.13672862.offerlist.1."
                + hex(random, 24) + "&amp;tracelog=p4p&amp;clickid=" + hex(random, 32) + "&amp;sessionid=" + hex(random, 32)
                + "&amp;_t=" + (1_614_556_800_000L + random.nextInt(900_000_000)) + "&amp;share_token=" + hex(random, 96);
        String inner = "\t\t<des>硅胶铲5件套 厨房用品 耐高温 不粘锅专用 工厂直销 支持定制LOGO 起批量100套</des>\n\t\t<url>" + url
                + "</url>\n\t\t<thumburl>https://cbu01.alicdn.com/img/ibank/O1CN01" + hex(random, 40)
                + "_!!2216" + random.nextInt(1_000_000) + "-0-cib.jpg</thumburl>\n\t\t<sourceusername>gh_"
                + hex(random, 12) + "</sourceusername>\n\t\t<sourcedisplayname>阿里巴巴1688</sourcedisplayname>\n"
                + "\t\t<mmreadershare>\n\t\t\t<itemshowtype>0</itemshowtype>\n\t\t\t<nativepage>0</nativepage>\n"
                + "\t\t\t<pubtime>0</pubtime>\n\t\t\t<duration>0</duration>\n\t\t\t<width>0</width>\n"
                + "\t\t\t<height>0</height>\n\t\t\t<vid />\n\t\t\t<funcflag>0</funcflag>\n"
                + "\t\t\t<ispaysubscribe>0</ispaysubscribe>\n\t\t</mmreadershare>\n";
        return appmsg(random, "【1688】硅胶铲5件套 耐高温 " + offer, 5, inner);
    }

    private static String transfer(Random random, boolean fromMe) {
        String amount = String.format(Locale.ROOT, "%d.%02d", 100 + random.nextInt(50_000), random.nextInt(100));
        String inner = "\t\t<wcpayinfo>\n\t\t\t<paysubtype>" + (fromMe ? 1 : 3) + "</paysubtype>\n\t\t\t<feedesc>￥"
                + amount + "</feedesc>\n\t\t\t<transcationid>" + hex(random, 56) + "</transcationid>\n"
                + "\t\t\t<transferid>" + hex(random, 40) + "</transferid>\n\t\t\t<invalidtime>"
                + (1_700_000_000L + random.nextInt(90_000_000)) + "</invalidtime>\n\t\t\t<pay_memo>货款 tiền hàng</pay_memo>\n"
                + "\t\t</wcpayinfo>\n";
        return appmsg(random, "微信转账", 2000, inner);
    }

    private static String file(Random random) {
        String[] names = {"报价单2026.xlsx", "Hợp đồng mua bán.pdf", "装箱单 packing list.xlsx", "质检报告.pdf"};
        return appmsg(random, names[random.nextInt(names.length)], 6, "\t\t<md5>" + hex(random, 32) + "</md5>\n");
    }
}
