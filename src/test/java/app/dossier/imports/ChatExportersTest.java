package app.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Money;
import app.dossier.imports.ChatMessage.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One chat file per exporter Dossier reads, written by the test byte for byte as each exporter writes
 * it (byte order mark or not, CRLF or LF, quoting), read with its senders, sides, times, placeholders,
 * quotes, withdrawn messages and transfers.
 */
class ChatExportersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CONFIRMED = "大货按照这个样品做，颜色和包装都一样，确认。";
    private static final String VIETNAMESE = "Mẫu đẹp, em đồng ý. Gửi hàng trước ngày 20/9 nhé.";

    private final ChatReader reader = new ChatReader(SHANGHAI);

    @TempDir
    static Path folder;

    private static Path file(String name, byte[] prefix, String text) {
        try {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            System.arraycopy(body, 0, bytes, prefix.length, body.length);
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static Money yuan(String amount) {
        return Money.of(amount, Money.CNY);
    }

    @Nested
    class MemoTraceUpTo2Csv {
        private final String csv = crlf(
                "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender",
                "1,3,1,0,0,1788247800,2,你好亲！报价单发你了,2026-09-01 14:30:00,李丽 - 义乌厂,lili,wxid_li",
                "2,3,49,2000,1,1788247860,2,\"<msg><appmsg><title>微信转账</title><type>2000</type><wcpayinfo>"
                        + "<paysubtype>1</paysubtype><feedesc>￥1,850.00</feedesc></wcpayinfo></appmsg></msg>\","
                        + "2026-09-01 14:31:00,,,",
                "3,3,49,2000,0,1788247920,2,\"<msg><appmsg><wcpayinfo><paysubtype>3</paysubtype>"
                        + "<feedesc>￥1,850.00</feedesc></wcpayinfo></appmsg></msg>\",2026-09-01 14:32:00,李丽 - 义乌厂,lili,wxid_li",
                "4,3,10000,0,0,1788247980,2,\"<![CDATA[\"\"李丽\"\" 撤回了一条消息]]>\",2026-09-01 14:33:00,,,");

        @Test
        void aTransferAndItsReceiptAreMoneyAndAWithdrawnMessageIsMarked() {
            Chat chat = reader.read(file("李丽.csv", BOM, csv), new ChatParties("Nguyễn Thị Mai", null));
            assertThat(chat.format()).isEqualTo(ChatFormat.MEMOTRACE_CSV);
            assertThat(chat.messages()).extracting(ChatMessage::sender, ChatMessage::fromMe, ChatMessage::kind)
                    .containsExactly(tuple("李丽 - 义乌厂", false, Kind.TEXT), tuple("Nguyễn Thị Mai", true, Kind.TRANSFER),
                            tuple("李丽 - 义乌厂", false, Kind.TRANSFER), tuple("", false, Kind.SYSTEM));
            assertThat(chat.messages().get(1).transfer()).contains(new Transfer(yuan("1850"), Transfer.Step.SENT, true));
            assertThat(chat.messages().get(2).transfer()).contains(
                    new Transfer(yuan("1850"), Transfer.Step.RECEIVED, true));
            assertThat(chat.messages().get(2).transfer().get().acknowledgement()).isTrue();
            assertThat(chat.messages().get(3).revoked()).isTrue();
            assertThat(chat.transfers()).hasSize(2);
        }
    }

    @Nested
    class MemoTraceUpTo2Txt {
        @Test
        void namesWrittenAsHtmlAreReadAsTheyShow() {
            String txt = "2026-09-01 14:30:00 Mai &amp; Co\nChị gửi mẫu màu xám nhé\n\n"
                    + "2026-09-01 14:31:05 李丽&lt;义乌&gt;\n[图片]\n\n";
            Chat chat = reader.read(file("李丽.txt", new byte[0], txt), new ChatParties("Mai & Co", null));
            assertThat(chat.messages()).extracting(ChatMessage::sender, ChatMessage::fromMe, ChatMessage::kind)
                    .containsExactly(tuple("Mai & Co", true, Kind.TEXT), tuple("李丽<义乌>", false, Kind.IMAGE));
        }
    }

    @Nested
    class MemoTrace3Csv {
        private final String csv = crlf(
                "消息ID,类型,发送人,时间,内容,备注,昵称,更多信息",
                "7362514089123456789,文本,李丽,2026-09-01 14:30:00,你好亲！这是报价单,李丽 - 义乌厂,lili,more",
                "7362514089123456790,文件,李丽,2026-09-01 14:30:10,【文件】硅胶铲5件套报价单.xlsx,李丽 - 义乌厂,lili,more",
                "7362514089123456791,图片,我,2026-09-01 14:31:00,【图片】,Mai,Mai,more",
                "7362514089123456792,引用消息,我,2026-09-01 14:32:00,\"" + VIETNAMESE + "\n引用：李丽: 灰色和浅绿色各100套\",Mai,Mai,more",
                "7362514089123456793,转账,我,2026-09-01 14:33:00,\"【发起转账】:¥3,700.00\",Mai,Mai,more",
                "7362514089123456794,转账,李丽,2026-09-01 14:40:00,【已收款】,李丽 - 义乌厂,lili,more",
                "7362514089123456795,撤回消息,李丽,2026-09-01 14:41:00,\"\"\"李丽\"\" 撤回了一条消息\",李丽 - 义乌厂,lili,more",
                "7362514089123456796,语音,李丽,2026-09-01 14:42:00,【语音】,李丽 - 义乌厂,lili,more",
                "7362514089123456797,文本,李丽,2026-09-01 14:43:00," + CONFIRMED + ",李丽 - 义乌厂,lili,more");
        private final Chat chat = reader.read(file("李丽.csv", BOM, csv), ChatParties.UNKNOWN);

        @Test
        void isReadWithTheImportersMessagesSentByMe() {
            assertThat(chat.format()).isEqualTo(ChatFormat.MEMOTRACE_3_CSV);
            assertThat(chat.sidesKnown()).isTrue();
            assertThat(chat.messages()).extracting(ChatMessage::sender, ChatMessage::fromMe, ChatMessage::kind)
                    .containsExactly(tuple("李丽", false, Kind.TEXT), tuple("李丽", false, Kind.FILE),
                            tuple("我", true, Kind.IMAGE), tuple("我", true, Kind.REPLY), tuple("我", true, Kind.TRANSFER),
                            tuple("李丽", false, Kind.TRANSFER), tuple("", false, Kind.SYSTEM),
                            tuple("李丽", false, Kind.VOICE), tuple("李丽", false, Kind.TEXT));
            assertThat(chat.messages().get(8).sentAt()).isEqualTo(LocalDateTime.of(2026, 9, 1, 14, 43));
            assertThat(chat.messages().get(8).text()).isEqualTo(CONFIRMED);
        }

        @Test
        void keepsTheMessageIdsAsWrittenAndPlaceholdersWithTheirNames() {
            assertThat(chat.messages().get(0).messageId()).isEqualTo("7362514089123456789");
            assertThat(chat.messages()).extracting(ChatMessage::text).element(1).isEqualTo("[文件] 硅胶铲5件套报价单.xlsx");
            assertThat(chat.messages().get(2).text()).isEqualTo("[图片]");
            assertThat(chat.messages().get(7).text()).isEqualTo("[语音]");
        }

        @Test
        void aReplyKeepsWhatItQuotesAcrossTheLineBreakInItsCell() {
            assertThat(chat.messages().get(3).text()).isEqualTo(VIETNAMESE + "\n引用:李丽:灰色和浅绿色各100套");
        }

        @Test
        void theTransferIsMoneyPaidByTheImporterAndTheFactorysReceiptAcknowledgesIt() {
            assertThat(chat.messages().get(4).transfer()).contains(new Transfer(yuan("3700"), Transfer.Step.SENT, true));
            assertThat(chat.messages().get(5).transfer()).contains(
                    new Transfer(yuan("3700"), Transfer.Step.RECEIVED, true));
            assertThat(chat.messages().get(6).revoked()).isTrue();
        }
    }

    @Nested
    class MemoTrace3Txt {
        @Test
        void messagesJoinedByABlankLineWithoutANewlineAtTheEnd() {
            String txt = "2026-09-01 14:30:00 李丽\n" + CONFIRMED + "\n\n2026-09-01 14:35:00 Nguyễn Thị Mai\n"
                    + VIETNAMESE + "\n\n2026-09-01 14:36:00 \"李丽\" 撤回了一条消息";
            Chat chat = reader.read(file("李丽.txt", new byte[0], txt), new ChatParties("Nguyễn Thị Mai", null));
            assertThat(chat.format()).isEqualTo(ChatFormat.MEMOTRACE_TXT);
            assertThat(chat.messages()).extracting(ChatMessage::sender, ChatMessage::fromMe, ChatMessage::text)
                    .containsExactly(tuple("李丽", false, CONFIRMED), tuple("Nguyễn Thị Mai", true, VIETNAMESE),
                            tuple("", false, "\"李丽\" 撤回了一条消息"));
            assertThat(chat.messages().get(2).revoked()).isTrue();
        }
    }

    @Nested
    class PyWxDumpCsv {
        private static final String HEADER = "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime";

        private String rows(String... rows) {
            return crlf(HEADER) + crlf(rows);
        }

        @Test
        void readsEveryKindWithTheImportersSideFromIsSender() {
            String csv = rows(
                    "1,8123456789012345678,文本,0,wxid_li,wxid_li,你好亲！报价单发你了,,2026-09-01 14:30:00",
                    "2,8123456789012345679,文件,0,wxid_li,wxid_li,文件,FileStorage\\File\\2026-09\\报价单.xlsx,2026-09-01 14:30:10",
                    "3,8123456789012345680,图片,1,我,wxid_li,图片,FileStorage\\MsgAttach\\ab12\\Image\\2026-09\\mau.jpg,2026-09-01 14:31:00",
                    "4,8123456789012345681,引用回复,1,我,wxid_li,\"" + VIETNAMESE + "\n\n[引用](2026-09-01 14:30:00)李丽:你好亲！报价单发你了\",,2026-09-01 14:32:00",
                    "5,8123456789012345682,转账,1,我,wxid_li,\"转账：￥3,700.00\n转账说明：定金\n转账时间：2026-09-01 14:33:00\n\",,2026-09-01 14:33:00",
                    "6,8123456789012345683,转账,0,wxid_li,wxid_li,\"已收款：￥3,700.00\n转账说明：定金\n转账时间：2026-09-01 14:33:00\n\",,2026-09-01 14:40:00",
                    "7,8123456789012345684,系统通知,0,wxid_li,wxid_li,\"\"\"李丽\"\" 撤回了一条消息\",,1788244860");
            Chat chat = reader.read(file("wxid_li_0_8.csv", new byte[0], csv), new ChatParties(null, "李丽"));
            assertThat(chat.format()).isEqualTo(ChatFormat.PYWXDUMP_CSV);
            assertThat(chat.messages()).extracting(ChatMessage::sender, ChatMessage::fromMe, ChatMessage::kind,
                    ChatMessage::text).containsExactly(
                    tuple("李丽", false, Kind.TEXT, "你好亲！报价单发你了"),
                    tuple("李丽", false, Kind.FILE, "[文件] 报价单.xlsx"),
                    tuple("我", true, Kind.IMAGE, "[图片] mau.jpg"),
                    tuple("我", true, Kind.REPLY, VIETNAMESE + "\n引用:李丽:你好亲！报价单发你了"),
                    tuple("我", true, Kind.TRANSFER, "转账：￥3,700.00\n转账说明：定金\n转账时间：2026-09-01 14:33:00"),
                    tuple("李丽", false, Kind.TRANSFER, "已收款：￥3,700.00\n转账说明：定金\n转账时间：2026-09-01 14:33:00"),
                    tuple("", false, Kind.SYSTEM, "\"李丽\" 撤回了一条消息"));
            assertThat(chat.messages().get(0).messageId()).isEqualTo("8123456789012345678");
            assertThat(chat.messages().get(4).transfer()).contains(new Transfer(yuan("3700"), Transfer.Step.SENT, true));
            assertThat(chat.messages().get(5).transfer().map(Transfer::acknowledgement)).contains(true);
            assertThat(chat.messages().get(6).sentAt()).isEqualTo(LocalDateTime.of(2026, 9, 1, 14, 41));
            assertThat(chat.messages().get(6).revoked()).isTrue();
        }

        @Test
        void theOlderLayoutWithItsContentInJson() {
            String csv = crlf("id,MsgSvrID,type_name,is_sender,talker,room_name,content,CreateTime",
                    "1,8123456789012345678,文本,0,wxid_li,wxid_li,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"" + CONFIRMED
                            + "\"\"}\",2026-09-01 14:30:00",
                    "2,8123456789012345679,图片,1,我,wxid_li,\"{\"\"src\"\": \"\"FileStorage\\\\\\\\Image\\\\\\\\mau.jpg\"\", "
                            + "\"\"msg\"\": \"\"图片\"\"}\",2026-09-01 14:31:00");
            Chat chat = reader.read(file("wxid_li_0_3.csv", new byte[0], csv), ChatParties.UNKNOWN);
            assertThat(chat.messages()).extracting(ChatMessage::fromMe, ChatMessage::kind, ChatMessage::text)
                    .containsExactly(tuple(false, Kind.TEXT, CONFIRMED), tuple(true, Kind.IMAGE, "[图片] mau.jpg"));
        }

        private Path page(String chat, int from, int to) {
            StringBuilder rows = new StringBuilder(crlf(HEADER));
            for (int id = from + 1; id <= to; id++) {
                LocalDateTime at = LocalDateTime.of(2026, 9, 1, 8, 0).plusMinutes(id);
                rows.append(crlf(id + "," + (8123456789012340000L + id) + ",文本," + (id % 2) + ","
                        + (id % 2 == 1 ? "我" : chat) + "," + chat + ",\"Tin nhắn số " + id + ", 第" + id + "条\",,"
                        + at.toLocalDate() + " " + at.toLocalTime() + ":00"));
            }
            return file(chat + "_" + from + "_" + to + ".csv", new byte[0], rows.toString());
        }

        @Test
        void pagesOfOneChatAreReadAsOneConversationInTheOrderOfTheirMessages() {
            Path second = page("wxid_li", 5000, 5003);
            Path first = page("wxid_li", 0, 5000);
            Chat chat = reader.read(List.of(second, first), ChatParties.UNKNOWN);
            assertThat(chat.messages()).hasSize(5003);
            assertThat(chat.messages().get(0).text()).isEqualTo("Tin nhắn số 1, 第1条");
            assertThat(chat.messages().get(5002).text()).isEqualTo("Tin nhắn số 5003, 第5003条");
            assertThat(chat.messages().get(5002).messageId()).isEqualTo("8123456789012345003");
        }

        @Test
        void aMissingPageOrPagesOfTwoChatsAreRefused() {
            Path first = page("wxid_li", 0, 5);
            Path third = page("wxid_li", 10, 12);
            assertThatThrownBy(() -> reader.read(List.of(first, third), ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("Messages 6 to 10 of the chat are in none of the files chosen");
            Path other = page("wxid_wang", 5, 8);
            assertThatThrownBy(() -> reader.read(List.of(first, other), ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("These files are pages of two chats (wxid_li and wxid_wang)");
            Path notes = file("ghi chú.txt", new byte[0], "Ghi chú: xưởng hẹn giao 20/9\n");
            assertThatThrownBy(() -> reader.read(List.of(first, notes), ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("“ghi chú.txt” is not a page of a PyWxDump CSV export");
        }
    }

    @Nested
    class WechatExporterTxt {
        private final String txt = "李丽 - 微信聊天记录\n\n"
                + "李丽 (2026-09-01 14:30:00):你好亲！报价单发你了\n"
                + "李丽 (2026-09-01 14:30:10):[文件: 硅胶铲5件套报价单.xlsx]\n"
                + "Nguyễn Thị Mai (2026-09-01 14:31:00):[图片]\n"
                + "Nguyễn Thị Mai (2026-09-01 14:32:00):Chị đặt 200 bộ.\n灰色和浅绿色各100套。\n"
                + "Nguyễn Thị Mai (2026-09-01 14:33:00):微信转账 ￥3,700.00 - 转账"
                + "李丽 (2026-09-01 14:40:00):微信转账 ￥3,700.00 - 已收款"
                + "「Nguyễn Thị Mai：灰色和浅绿色各100套。」\n- - - - - - - - - - - - - - -\n" + CONFIRMED + "\n"
                + "系统消息: \"李丽\" 撤回了一条消息\n"
                + "李丽 (2026-09-01 14:45:00):[语音 3秒]\n";
        private final Chat chat = reader.read(file("李丽.txt", new byte[0], txt), new ChatParties("Nguyễn Thị Mai", null));

        @Test
        void readsOneLinePerMessageWithItsFurtherLines() {
            assertThat(chat.format()).isEqualTo(ChatFormat.WECHATEXPORTER_TXT);
            assertThat(chat.sidesKnown()).isTrue();
            assertThat(chat.messages()).extracting(ChatMessage::sentAt, ChatMessage::sender, ChatMessage::fromMe,
                    ChatMessage::kind).containsExactly(
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 30), "李丽", false, Kind.TEXT),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 30, 10), "李丽", false, Kind.FILE),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 31), "Nguyễn Thị Mai", true, Kind.IMAGE),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 32), "Nguyễn Thị Mai", true, Kind.TEXT),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 33), "Nguyễn Thị Mai", true, Kind.TRANSFER),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 40), "李丽", false, Kind.TRANSFER),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 40), "", false, Kind.REPLY),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 40), "", false, Kind.SYSTEM),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 45), "李丽", false, Kind.VOICE));
            assertThat(chat.messages().get(3).text()).isEqualTo("Chị đặt 200 bộ.\n灰色和浅绿色各100套。");
            assertThat(chat.messages().get(1).text()).isEqualTo("[文件] 硅胶铲5件套报价单.xlsx");
        }

        @Test
        void aTransferWithTheNextMessageGluedOnIsMoneyAndTheReplyKeepsItsQuote() {
            assertThat(chat.messages().get(4).text()).isEqualTo("微信转账 ￥3,700.00 - 转账");
            assertThat(chat.messages().get(4).transfer()).contains(new Transfer(yuan("3700"), Transfer.Step.SENT, true));
            assertThat(chat.messages().get(5).transfer()).contains(
                    new Transfer(yuan("3700"), Transfer.Step.RECEIVED, true));
            assertThat(chat.messages().get(6).text()).isEqualTo(CONFIRMED + "\n引用:Nguyễn Thị Mai:灰色和浅绿色各100套。");
            assertThat(chat.messages().get(7).revoked()).isTrue();
        }

        @Test
        void aNoticeAboveEveryMessageTakesTheTimeOfTheFirstAndAnImpossibleTimeSaysItsLine() {
            String notice = "Lisa - WeChat Chat History\n\nSystem Message: You added Lisa\n"
                    + "Lisa (2026-09-01 14:30:00):Hello Mai\n";
            Chat chat = reader.read(file("Lisa.txt", new byte[0], notice), ChatParties.UNKNOWN);
            assertThat(chat.messages()).extracting(ChatMessage::sentAt, ChatMessage::sender, ChatMessage::kind)
                    .containsExactly(tuple(LocalDateTime.of(2026, 9, 1, 14, 30), "", Kind.SYSTEM),
                            tuple(LocalDateTime.of(2026, 9, 1, 14, 30), "Lisa", Kind.TEXT));
            assertThatThrownBy(() -> reader.read(notice + "Lisa (2026-02-30 14:31:00):?\n", ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("Line 5: “2026-02-30 14:31:00” is not a time that exists");
        }
    }

    @Nested
    class ChatlogText {
        private final String text = "李丽(wxid_li) 09-01 14:30:00\n你好亲！报价单发你了\n\n"
                + "李丽(wxid_li) 09-01 14:30:10\n[文件|硅胶铲5件套报价单.xlsx](http://127.0.0.1:5030/file/9f8e7d)\n\n"
                + "Mai(我) 09-01 14:31:00\n![图片](http://127.0.0.1:5030/image/ab12cd,FileStorage/Image/mau.jpg)\n\n"
                + "Mai(我) 09-01 14:32:00\n> 李丽(wxid_li) 09-01 14:30:00\n> 你好亲！报价单发你了\n" + VIETNAMESE + "\n\n"
                + "Mai(我) 09-01 14:33:00\n[转账|发送 ￥3,700.00](定金)\n\n"
                + "李丽(wxid_li) 09-01 14:40:00\n[转账|接收 ￥3,700.00](定金)\n\n"
                + "系统消息 09-01 14:41:00\n\"李丽\" 撤回了一条消息\n\n";
        private final Chat chat = reader.read(file("chatlog.txt", new byte[0], text), ChatParties.UNKNOWN,
                LocalDate.of(2026, 8, 25));

        @Test
        void readsTheMessagesInTheYearOfTheOrderAndSaysTheYearWasGuessed() {
            assertThat(chat.format()).isEqualTo(ChatFormat.CHATLOG_TXT);
            assertThat(chat.yearGuessed()).isTrue();
            assertThat(chat.messages()).extracting(ChatMessage::sentAt, ChatMessage::sender, ChatMessage::fromMe,
                    ChatMessage::kind).containsExactly(
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 30), "李丽", false, Kind.TEXT),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 30, 10), "李丽", false, Kind.FILE),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 31), "Mai", true, Kind.IMAGE),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 32), "Mai", true, Kind.REPLY),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 33), "Mai", true, Kind.TRANSFER),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 40), "李丽", false, Kind.TRANSFER),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 41), "", false, Kind.SYSTEM));
        }

        @Test
        void placeholdersQuotesTransfersAndWithdrawnMessages() {
            assertThat(chat.messages()).extracting(ChatMessage::text).startsWith("你好亲！报价单发你了",
                    "[文件] 硅胶铲5件套报价单.xlsx", "[图片]", VIETNAMESE + "\n引用:李丽:你好亲！报价单发你了");
            assertThat(chat.messages().get(4).transfer()).contains(new Transfer(yuan("3700"), Transfer.Step.SENT, true));
            assertThat(chat.messages().get(5).transfer()).contains(
                    new Transfer(yuan("3700"), Transfer.Step.RECEIVED, true));
            assertThat(chat.messages().get(6).revoked()).isTrue();
        }

        @Test
        void talkBeforeTheOrderIsInTheOrdersYearNotTheNext() {
            String before = "李丽(wxid_li) 08-30 09:00:00\n200套起订，18.5元/套\n\nMai(我) 09-03 10:00:00\nĐã đặt hàng.\n\n";
            Chat chat = reader.read(before, ChatParties.UNKNOWN, LocalDate.of(2026, 9, 2));
            assertThat(chat.messages()).extracting(ChatMessage::sentAt)
                    .containsExactly(LocalDateTime.of(2026, 8, 30, 9, 0), LocalDateTime.of(2026, 9, 3, 10, 0));
        }

        @Test
        void aChatFromDecemberIntoJanuaryCrossesIntoTheNextYear() {
            String crossing = "李丽(wxid_li) 12-30 09:00:00\n新年前发货\n\nMai(我) 01-03 10:00:00\nĐã nhận hàng.\n\n";
            Chat chat = reader.read(file("chatlog-new-year.txt", new byte[0], crossing), ChatParties.UNKNOWN,
                    LocalDate.of(2026, 12, 20));
            assertThat(chat.messages()).extracting(ChatMessage::sentAt)
                    .containsExactly(LocalDateTime.of(2026, 12, 30, 9, 0), LocalDateTime.of(2027, 1, 3, 10, 0));
        }

        @Test
        void withoutTheOrdersDateTheYearIsTheOneBeforeTodayNotTheFuture() {
            ChatReader onDecember2 = new ChatReader(Clock.fixed(
                    LocalDateTime.of(2026, 12, 2, 21, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
            Chat chat = onDecember2.read("李丽(wxid_li) 12-05 09:00:00\n发货了\n\nMai(我) 12-06 10:00:00\nĐã nhận.\n\n",
                    ChatParties.UNKNOWN);
            assertThat(chat.messages()).extracting(ChatMessage::sentAt)
                    .containsExactly(LocalDateTime.of(2025, 12, 5, 9, 0), LocalDateTime.of(2025, 12, 6, 10, 0));
            assertThat(onDecember2.read("李丽(wxid_li) 09-01 14:30:00\n你好\n", ChatParties.UNKNOWN).messages().get(0)
                    .sentAt()).isEqualTo(LocalDateTime.of(2026, 9, 1, 14, 30));
        }

        @Test
        void aGroupChatNamesItsChatBetweenTheSenderAndTheTime() {
            String group = "李丽(wxid_li) [义乌硅胶厂-越南客户群(1234567@chatroom)] 09-01 14:30:00\n样品已寄出\n\n"
                    + "Mai(我) [义乌硅胶厂-越南客户群(1234567@chatroom)] 09-01 14:31:00\nCảm ơn chị.\n\n";
            Chat chat = reader.read(group, ChatParties.UNKNOWN, LocalDate.of(2026, 8, 25));
            assertThat(chat.format()).isEqualTo(ChatFormat.CHATLOG_TXT);
            assertThat(chat.messages()).extracting(ChatMessage::sender, ChatMessage::fromMe, ChatMessage::text)
                    .containsExactly(tuple("李丽", false, "样品已寄出"), tuple("Mai", true, "Cảm ơn chị."));
        }

        @Test
        void withTheYearWrittenNothingIsGuessed() {
            String dated = "李丽(wxid_li) 2025-12-30 09:00:00\n新年前发货\n\n";
            Chat chat = reader.read(dated, ChatParties.UNKNOWN, LocalDate.of(2026, 12, 20));
            assertThat(chat.yearGuessed()).isFalse();
            assertThat(chat.messages().get(0).sentAt()).isEqualTo(LocalDateTime.of(2025, 12, 30, 9, 0));
        }
    }

    @Nested
    class PastedFromWeChat {
        @Test
        void aTransferCopiedFromTheComputerIsMoney() {
            String text = "Nguyễn Thị Mai 2026-09-01 14:33:00\n[转账] ¥3,700.00\n\n李丽 2026-09-01 14:40:00\n" + CONFIRMED + "\n";
            Chat chat = reader.read(file("paste.txt", new byte[0], text), new ChatParties("Nguyễn Thị Mai", null));
            assertThat(chat.format()).isEqualTo(ChatFormat.WECHAT_DESKTOP_PASTE);
            assertThat(chat.messages()).extracting(ChatMessage::kind).containsExactly(Kind.TRANSFER, Kind.TEXT);
            assertThat(chat.messages().get(0).transfer()).contains(new Transfer(yuan("3700"), Transfer.Step.SENT, true));
        }
    }

    @Nested
    class UnknownLayout {
        @Test
        void isRefusedWithItsFirstLineAndTheFormatsDossierReads() {
            String line = "Time,SenderName,Sender,TalkerName,Talker,Content,Một cột rất dài nữa để dòng đầu vượt quá tám mươi ký tự";
            assertThatThrownBy(() -> reader.read(file("export.csv", new byte[0], line + "\n1,2,3\n"), ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("This is not a chat Dossier can read. It starts with “"
                            + line.substring(0, 79) + "…”.")
                    .hasMessageContaining("PyWxDump").hasMessageContaining("WechatExporter").hasMessageContaining("chatlog")
                    .hasMessageContaining("MemoTrace");
        }

        @Test
        void eachFormatIsToldByItsContentNotItsName() {
            assertThat(ChatFormat.detect("\uFEFF消息ID,类型,发送人,时间,内容,备注,昵称,更多信息\r\n")).contains(ChatFormat.MEMOTRACE_3_CSV);
            assertThat(ChatFormat.detect("id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\r\n"))
                    .contains(ChatFormat.PYWXDUMP_CSV);
            assertThat(ChatFormat.detect("Lisa - WeChat Chat History\n\nLisa (2026-09-01 14:30:00):hi\n"))
                    .contains(ChatFormat.WECHATEXPORTER_TXT);
            assertThat(ChatFormat.detect("Lisa(wxid_li) 09-01 14:30:00\nhi\n")).contains(ChatFormat.CHATLOG_TXT);
            assertThat(ChatFormat.detect("Lisa 2026-09-01 14:30:00\nhi\n")).contains(ChatFormat.WECHAT_DESKTOP_PASTE);
            assertThat(ChatFormat.detect("Lisa(2026-09-01 14:51)\nhi\n")).isNotEqualTo(Optional.of(ChatFormat.CHATLOG_TXT));
        }
    }
}
