package app.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.PastedMessage;
import app.dossier.domain.PastedMessage.Doubt;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chat text as WeChat's computer and phone copy it, read message by message for the preview. */
class PastedChatTest {
    /** A Wednesday. */
    private static final LocalDate PASTED_ON = LocalDate.of(2024, 1, 10);

    private static List<PastedMessage> read(String fixture) {
        return PastedChat.read(new String(OrderExportReaderTest.resource("chats/" + fixture), StandardCharsets.UTF_8),
                PASTED_ON);
    }

    @Test
    void messagesWithoutBlankLinesBetweenThemAreEachTheirOwn() {
        List<PastedMessage> messages = read("wechat-paste-desktop-no-blank-lines.txt");

        assertThat(messages).extracting(PastedMessage::sender, PastedMessage::sentAt, PastedMessage::line)
                .containsExactly(
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 14, 3), 1),
                        tuple("Nguyễn Thị Hằng", LocalDateTime.of(2024, 1, 5, 14, 5), 3),
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 14, 6), 6),
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 14, 6), 8),
                        tuple("Nguyễn Văn Nam", LocalDateTime.of(2024, 1, 5, 14, 10), 10));
        assertThat(messages.get(0).text()).isEqualTo("亲，大货已经做好了，明天发货 😊");
        assertThat(messages.get(1).text()).isEqualTo("Chị ơi, màu xám có đúng như mẫu không?\nMỗi bộ một túi OPP nhé.");
        assertThat(messages.get(2).text()).isEqualTo("[Photo]");
    }

    @Test
    void twoPeopleWithTheSameFirstNameAreTwoAndAThirdNameIsPointedOut() {
        List<PastedMessage> messages = read("wechat-paste-desktop-no-blank-lines.txt");

        assertThat(messages).extracting(PastedMessage::sender).contains("Nguyễn Thị Hằng", "Nguyễn Văn Nam");
        assertThat(messages.get(4).doubt()).isEqualTo(Doubt.NEW_SENDER);
        assertThat(messages.subList(0, 4)).extracting(PastedMessage::doubt).containsOnlyNulls();
    }

    @Test
    void aLineOfWordsThatIsATimeStaysInTheMessage() {
        PastedMessage last = read("wechat-paste-desktop-no-blank-lines.txt").get(4);

        assertThat(last.text()).isEqualTo("Hẹn giao lúc\n14:30\nnhé");
    }

    @Test
    void chineseHeadersWithSecondsDayWordsAndMorningAfternoon() {
        List<PastedMessage> messages = read("wechat-paste-desktop-zh.txt");

        assertThat(messages).extracting(PastedMessage::sender, PastedMessage::sentAt, PastedMessage::doubt)
                .containsExactly(
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 14, 3), null),
                        tuple("阮氏恒", LocalDateTime.of(2024, 1, 5, 14, 5, 12), null),
                        tuple("李丽", LocalDateTime.of(2024, 1, 9, 14, 30), null),
                        tuple("李丽", LocalDateTime.of(2024, 1, 9, 9, 15), Doubt.TIME_GUESSED));
        assertThat(messages.get(0).text()).isEqualTo("亲，样品已经寄出\n顺丰单号 SF1400012345678");
        assertThat(messages.get(1).text()).isEqualTo("收到，谢谢！Em sẽ kiểm tra màu 🙏");
    }

    @Test
    void oneLinePerMessageWithTheTimeInBrackets() {
        List<PastedMessage> messages = read("wechat-paste-bracketed.txt");

        assertThat(messages).extracting(PastedMessage::sender, PastedMessage::sentAt, PastedMessage::text)
                .containsExactly(
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 14, 3), "亲，大货已经做好了"),
                        tuple("Nguyễn Thị Hằng", LocalDateTime.of(2024, 1, 5, 14, 5),
                                "Chị ơi, 20 bộ một thùng nhé\nmỗi bộ một túi OPP"),
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 14, 6), "好的，确认 👌"));
    }

    @Test
    void aPhonesChatHistoryTakesItsDatesFromTheDateLines() {
        List<PastedMessage> messages = read("wechat-paste-phone-history.txt");

        assertThat(messages).extracting(PastedMessage::sender, PastedMessage::sentAt, PastedMessage::text,
                PastedMessage::doubt).containsExactly(
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 0, 0), "亲，大货已经做好了 😊", Doubt.TIME_GUESSED),
                        tuple("Nguyễn Thị Hằng", LocalDateTime.of(2024, 1, 5, 0, 0),
                                "Màu xám có đúng như mẫu không?\nNhờ chị kiểm tra giúp.", Doubt.TIME_GUESSED),
                        tuple("李丽", LocalDateTime.of(2024, 1, 5, 0, 0), "颜色和样品一样，确认", Doubt.TIME_GUESSED),
                        tuple("Nguyễn Thị Hằng", LocalDateTime.of(2024, 1, 6, 14, 3), "Cảm ơn chị!", Doubt.TIME_GUESSED));
    }

    @Test
    void linesUnderNoSenderAndATimeThatDoesNotExistAreShownAsSuch() {
        List<PastedMessage> messages = read("wechat-paste-unreadable-start.txt");

        assertThat(messages).extracting(PastedMessage::sender, PastedMessage::sentAt, PastedMessage::text,
                PastedMessage::doubt).containsExactly(
                        tuple("", null, "(chép từ điện thoại)", Doubt.NO_SENDER),
                        tuple("Lisa", null, "Sample sent", Doubt.TIME_NOT_READ),
                        tuple("Nguyễn Thị Hằng", LocalDateTime.of(2024, 2, 28, 9, 0), "Thanks!", null));
        assertThat(messages).extracting(PastedMessage::problem).containsExactly(
                app.dossier.domain.Refusal.CHAT_MESSAGE_WITHOUT_TIME, app.dossier.domain.Refusal.CHAT_MESSAGE_WITHOUT_TIME,
                null);
    }

    @Test
    void aLineLikeAStartFromAThirdPersonWithoutADateStaysInTheWordsAndIsPointedOut() {
        String text = "Lisa 14:03\nGửi mẫu rồi\nMai 14:05\nOK\nGiá 14:06\n";

        List<PastedMessage> messages = PastedChat.read(text, PASTED_ON);

        assertThat(messages).extracting(PastedMessage::sender, PastedMessage::text, PastedMessage::doubt)
                .containsExactly(
                        tuple("Lisa", "Gửi mẫu rồi", Doubt.TIME_GUESSED),
                        tuple("Mai", "OK\nGiá 14:06", Doubt.HEADER_IN_TEXT));
        assertThat(messages.get(0).sentAt()).isEqualTo(LocalDateTime.of(2024, 1, 10, 14, 3));
    }

    @Test
    void englishDayWordsAndTwelveHourTimes() {
        String text = "Lisa Yesterday 12:05 AM\nhi\n\nMai Monday 12:30 PM\nxin chào\n";

        List<PastedMessage> messages = PastedChat.read(text, PASTED_ON);

        assertThat(messages).extracting(PastedMessage::sentAt).containsExactly(
                LocalDateTime.of(2024, 1, 9, 0, 5), LocalDateTime.of(2024, 1, 8, 12, 30));
    }

    @Test
    void eachShapeIsToldFromItsStart() {
        for (String fixture : List.of("wechat-paste-desktop-no-blank-lines.txt", "wechat-paste-desktop-zh.txt",
                "wechat-paste-bracketed.txt", "wechat-paste-phone-history.txt", "wechat-paste-en.txt")) {
            assertThat(ChatFormat.detect(OrderExportReaderTest.resource("chats/" + fixture))).as(fixture)
                    .contains(ChatFormat.WECHAT_DESKTOP_PASTE);
        }
        assertThat(PastedChat.looksLikeAPastedChat("Xin chào, gửi chị báo giá: 4,60 tệ")).isFalse();
    }
}
