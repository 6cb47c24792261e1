package app.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.ChatParties;
import app.dossier.imports.ChatMessage.Kind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChatReaderTest {
    private static final String CONFIRMED = "大货按照这个样品做，颜色和包装都一样，确认。";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ChatReader reader = new ChatReader(HANOI);

    private static byte[] chat(String name) {
        return OrderExportReaderTest.resource("chats/" + name);
    }

    @Nested
    class MemoTraceCsv {
        private final Chat chat = reader.read(chat("memotrace-lisa_utf8.csv"), new ChatParties("Mai", "李丽"));

        @Test
        void readsEveryMessageInOrderWithWhoSentIt() {
            assertThat(chat.format()).isEqualTo(ChatFormat.MEMOTRACE_CSV);
            assertThat(chat.sidesKnown()).isTrue();
            assertThat(chat.messages()).extracting(ChatMessage::sender, ChatMessage::fromMe, ChatMessage::kind)
                    .containsExactly(
                            tuple("", false, Kind.SYSTEM),
                            tuple("Mai", true, Kind.TEXT),
                            tuple("李丽", false, Kind.TEXT),
                            tuple("李丽", false, Kind.FILE),
                            tuple("李丽", false, Kind.IMAGE),
                            tuple("Mai", true, Kind.TEXT),
                            tuple("李丽", false, Kind.REPLY),
                            tuple("李丽", false, Kind.TEXT),
                            tuple("Mai", true, Kind.VOICE),
                            tuple("李丽", false, Kind.STICKER));
        }

        @Test
        void keepsTheFactorysConfirmationWithItsTime() {
            ChatMessage confirmation = chat.messages().get(7);
            assertThat(confirmation.sentAt()).isEqualTo(LocalDateTime.of(2026, 9, 1, 14, 30, 2));
            assertThat(confirmation.text()).isEqualTo(CONFIRMED + "9月20日前发货。");
        }

        @Test
        void keepsVietnameseTextAndLineBreaksInsideAMessage() {
            assertThat(chat.messages().get(5).text()).isEqualTo("Mẫu đẹp, em đồng ý.\n灰色和浅绿色各100套，每套OPP袋，对吗？");
        }

        @Test
        void aReplyShowsWhatItQuotesAndAFileItsName() {
            assertThat(chat.messages().get(6).text()).isEqualTo(
                    "对，大货按照这个样品做。\n引用:Mai - Mai Home:灰色和浅绿色各100套，每套OPP袋，对吗？");
            assertThat(chat.messages().get(3).text()).isEqualTo("[文件]硅胶铲5件套报价单.xlsx");
            assertThat(chat.messages().get(4).text()).isEqualTo("[图片]");
            assertThat(chat.messages().get(0).text()).isEqualTo("你已添加了李丽，现在可以开始聊天了。");
        }

        @Test
        void anAppMessageWhoseContentTheExportLeftOutSaysWhatItWas() {
            String csv = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime\n"
                    + "1,wxid_x,49,57,0,1788247802,2,,2026-09-01 14:30:02\n"
                    + "2,wxid_x,49,6,0,1788247803,2,,2026-09-01 14:30:03\n";
            assertThat(reader.read(csv, ChatParties.UNKNOWN).messages()).extracting(ChatMessage::kind, ChatMessage::text)
                    .containsExactly(tuple(Kind.REPLY, "[引用消息]"), tuple(Kind.FILE, "[文件]"));
        }

        @Test
        void withoutNamesTheSidesAreStillKnown() {
            Chat anonymous = reader.read(chat("memotrace-lisa_utf8.csv"), ChatParties.UNKNOWN);
            assertThat(anonymous.messages().get(1).sender()).isEqualTo("我");
            assertThat(anonymous.messages().get(2).sender()).isEqualTo("对方");
            assertThat(anonymous.messages().get(1).fromMe()).isTrue();
        }

        @Test
        void withoutStrTimeTheSecondsSince1970AreReadInTheGivenZone() {
            String csv = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent\n"
                    + "1,wxid_x,1,0,0,1788247802,2," + CONFIRMED + "\n";
            ChatMessage message = reader.read(csv, ChatParties.UNKNOWN).messages().get(0);
            assertThat(message.sentAt()).isEqualTo(LocalDateTime.of(2026, 9, 1, 14, 30, 2));
        }

        @Test
        void aCsvWithoutTheMessageColumnsIsRefused() {
            String csv = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,Content,StrTime\n1,x,1,0,0,1,2,hi,\n";
            assertThatThrownBy(() -> reader.read(csv, ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("lacks the column StrContent");
        }
    }

    @Nested
    class MemoTraceTxt {
        private final Chat chat = reader.read(chat("memotrace-lisa.txt"), new ChatParties("Mai - Mai Home", null));

        @Test
        void readsTheSameConversationAsTheCsv() {
            assertThat(chat.format()).isEqualTo(ChatFormat.MEMOTRACE_TXT);
            assertThat(chat.messages()).extracting(ChatMessage::kind).containsExactly(Kind.SYSTEM, Kind.TEXT,
                    Kind.TEXT, Kind.FILE, Kind.IMAGE, Kind.TEXT, Kind.REPLY, Kind.TEXT, Kind.VOICE, Kind.STICKER,
                    Kind.TEXT);
            Chat csv = reader.read(chat("memotrace-lisa_utf8.csv"), new ChatParties("Mai - Mai Home", "李丽"));
            assertThat(chat.messages().subList(0, 10)).extracting(ChatMessage::sentAt, ChatMessage::fromMe)
                    .isEqualTo(csv.messages().stream().map(m -> tuple(m.sentAt(), m.fromMe())).toList());
        }

        @Test
        void theImportersMessagesAreKnownByTheirName() {
            assertThat(chat.sidesKnown()).isTrue();
            assertThat(chat.messages().get(1).fromMe()).isTrue();
            assertThat(chat.messages().get(2)).isEqualTo(new ChatMessage(LocalDateTime.of(2026, 8, 27, 9, 5, 40), "李丽",
                    false, Kind.TEXT, "你好亲！200套起订，18.5元/套，含OPP袋，20套一箱。"));
        }

        @Test
        void aMessageWithABlankLineInsideStaysWhole() {
            assertThat(chat.messages().get(10).text())
                    .isEqualTo("Đã đặt hàng trên 1688, đơn 2837461920384756123.\n\n已付款，请安排生产。");
        }

        @Test
        void withoutTheImportersNameTheSidesAreUnknown() {
            Chat unnamed = reader.read(chat("memotrace-lisa.txt"), ChatParties.UNKNOWN);
            assertThat(unnamed.sidesKnown()).isFalse();
            assertThat(unnamed.messages()).noneMatch(ChatMessage::fromMe);
        }

        @Test
        void aFileSavedInGbkByNotepadReadsTheSame() {
            String text = new String(chat("memotrace-lisa.txt"), StandardCharsets.UTF_8);
            Chat gbk = reader.read(text.getBytes(TextDecoding.GB18030), new ChatParties("Mai - Mai Home", null));
            assertThat(gbk.messages()).isEqualTo(chat.messages());
        }
    }

    @Nested
    class PastedFromWeChat {
        @Test
        void inEnglishWithTwelveHourTimesAndNamesWithSpaces() {
            Chat chat = reader.read(chat("wechat-paste-en.txt"), new ChatParties("Nguyễn Thị Mai", null));
            assertThat(chat.format()).isEqualTo(ChatFormat.WECHAT_DESKTOP_PASTE);
            assertThat(chat.messages()).extracting(ChatMessage::sentAt, ChatMessage::sender, ChatMessage::fromMe,
                    ChatMessage::kind).containsExactly(
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 20), "Lisa", false, Kind.TEXT),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 25), "Nguyễn Thị Mai", true, Kind.TEXT),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 30), "Lisa", false, Kind.TEXT),
                    tuple(LocalDateTime.of(2026, 9, 1, 14, 30), "Lisa", false, Kind.IMAGE),
                    tuple(LocalDateTime.of(2026, 9, 1, 0, 5), "Nguyễn Thị Mai", true, Kind.TEXT));
            assertThat(chat.messages().get(1).text())
                    .isEqualTo("Em nhận được mẫu rồi, màu xám hơi đậm.\n大货颜色和样品一样吗？");
            assertThat(chat.messages().get(2).text()).isEqualTo(CONFIRMED);
        }

        @Test
        void inChineseWithTwentyFourHourTimes() {
            Chat chat = reader.read(new String(chat("wechat-paste-zh.txt"), StandardCharsets.UTF_8),
                    new ChatParties("阮氏梅", null));
            assertThat(chat.messages()).hasSize(4);
            assertThat(chat.messages().get(2)).isEqualTo(new ChatMessage(LocalDateTime.of(2026, 9, 1, 14, 30),
                    "李丽", false, Kind.TEXT, CONFIRMED));
            assertThat(chat.messages().get(3).kind()).isEqualTo(Kind.IMAGE);
        }

        @Test
        void anImpossibleTimeStopsTheImportAndSaysWhere() {
            String text = "Lisa 2026/2/30 2:20 PM\n样品已经寄出\n";
            assertThatThrownBy(() -> reader.read(text, ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("Line 1: “2026/2/30 2:20 PM” is not a time that exists");
        }
    }

    @Nested
    class Detecting {
        @Test
        void eachFormatFromItsFirstLine() {
            assertThat(ChatFormat.detect(chat("memotrace-lisa_utf8.csv"))).contains(ChatFormat.MEMOTRACE_CSV);
            assertThat(ChatFormat.detect(chat("memotrace-lisa.txt"))).contains(ChatFormat.MEMOTRACE_TXT);
            assertThat(ChatFormat.detect(chat("wechat-paste-en.txt"))).contains(ChatFormat.WECHAT_DESKTOP_PASTE);
            assertThat(ChatFormat.detect("\n\n李丽 2026-09-01 14:20:00\n你好")).contains(ChatFormat.WECHAT_DESKTOP_PASTE);
        }

        @Test
        void somethingElseIsNoChat() {
            assertThat(ChatFormat.detect("Xin chào, đây là ghi chú.\n")).isEmpty();
            assertThat(ChatFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10})).isEmpty();
            assertThat(ChatFormat.detect(new byte[0])).isEqualTo(Optional.empty());
        }

        @Test
        void unreadableInputIsRefusedWithWhatDossierReads() {
            assertThatThrownBy(() -> reader.read("Xin chào, đây là ghi chú.\n", ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("This is not a chat Dossier can read")
                    .hasMessageContaining("MemoTrace");
            byte[] picture = OrderExportReaderTest.resource("1688/orders-2026-11.xlsx");
            assertThatThrownBy(() -> reader.read(picture, ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("not text in UTF-8 or GBK");
        }

        @Test
        void aChatWhoseFirstLineIsNoMessageIsRefused() {
            String text = "Ghi chú cuộc trò chuyện với xưởng\n\n2026-09-01 14:20:00 李丽\n样品已经寄出\n";
            assertThatThrownBy(() -> reader.read(text, ChatParties.UNKNOWN))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("This is not a chat Dossier can read.");
        }
    }
}
