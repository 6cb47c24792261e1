package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one search box, as an importer typing Vietnamese without tones, digits or Chinese uses it. */
class SearchServiceTest {
    @TempDir
    Path temp;

    private static final String PLACED = "Đã đặt hàng trên 1688, đơn 2837461920384756123. 已付款，请安排生产。";

    private Workspace w;
    private Factory jiamei;
    private Order spatulas;
    private Evidence notice;

    @BeforeEach
    void aSmallBusiness() throws Exception {
        w = new Workspace(temp);
        jiamei = w.services().factories().add(new Factory(0, "义乌市佳美日用品有限公司", "Yiwu Jiamei", null, "jiamei_lisa",
                "李丽", "Xưởng Đông Hưng giới thiệu", null));
        Factory khang = w.factory("Công ty Khang An");
        spatulas = w.order(jiamei, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        w.order(khang, "KA-2026-07", LocalDate.of(2026, 7, 1), 50, "3.00");
        notice = w.services().evidence().attach(spatulas.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(w.photo("thiếu.jpg", 4), "Đơn hàng thiếu 20 bộ, đã báo xưởng", null)),
                ProgressListener.NONE).added().get(0);
        w.services().chats().importChat(spatulas.id(), ChatServiceTest.chatFile(w, "memotrace-lisa.txt"),
                new ChatParties("Mai - Mai Home", null));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        w.close();
    }

    private List<SearchHit> search(String query) {
        return w.services().search().search(query);
    }

    @Test
    void vietnameseTypedWithoutTonesFindsItWrittenWithThem() {
        assertThat(search("don hang")).extracting(SearchHit::title).containsExactly(
                "Đơn hàng thiếu 20 bộ, đã báo xưởng", PLACED);
        assertThat(search("DON HANG thieu")).hasSize(1);
        assertThat(search("dong hung")).extracting(SearchHit::kind, SearchHit::factoryId)
                .containsExactly(tuple(SearchHit.Kind.FACTORY, jiamei.id()));
        assertThat(search("đã báo")).extracting(SearchHit::evidenceId).containsExactly(notice.id());
    }

    @Test
    void aWordOfLettersIsFoundAtTheStartOfAWordOnly() {
        assertThat(search("khang")).extracting(SearchHit::title).containsExactly("Công ty Khang An");
        assertThat(search("hang")).extracting(SearchHit::title)
                .containsExactly("Đơn hàng thiếu 20 bộ, đã báo xưởng", PLACED);
        assertThat(search("thie")).extracting(SearchHit::title)
                .containsExactly("义乌市佳美日用品有限公司 (Yiwu Jiamei)", "Đơn hàng thiếu 20 bộ, đã báo xưởng");
    }

    @Test
    void digitsAnywhereInAnOrderNumberFindTheOrder() {
        assertThat(search("2837461920")).first().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchHit.Kind.ORDER);
            assertThat(hit.title()).isEqualTo("2837461920384756123");
            assertThat(hit.orderId()).isEqualTo(spatulas.id());
            assertThat(hit.detail()).isEqualTo("2026-09-02 · 义乌市佳美日用品有限公司 · 硅胶铲5件套");
        });
        assertThat(search("6123")).extracting(SearchHit::orderId).contains(spatulas.id());
        assertThat(search("ka-2026")).extracting(SearchHit::title).containsExactly("KA-2026-07");
    }

    @Test
    void chineseIsFoundByTwoCharactersOrMoreIncludingChatMessages() {
        assertThat(search("样品")).extracting(SearchHit::title).containsExactly(
                "大货按照这个样品做，颜色和包装都一样，确认。9月20日前发货。",
                "对，大货按照这个样品做。 引用:Mai - Mai Home:灰色和浅绿色各100套，每套OPP袋，对吗？");
        assertThat(search("样品")).allSatisfy(hit -> {
            assertThat(hit.orderId()).isEqualTo(spatulas.id());
            assertThat(hit.detail()).matches("Chat · 2026-09-01 14:\\d\\d · 李丽 · 2837461920384756123");
        });
        assertThat(search("硅胶铲5件套")).extracting(SearchHit::kind).contains(SearchHit.Kind.ORDER);
        assertThat(search("佳美")).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.FACTORY);
        assertThat(search("李丽")).extracting(SearchHit::title).containsExactly("义乌市佳美日用品有限公司 (Yiwu Jiamei)",
                "WeChat chat with 李丽, 11 messages, from 2026-08-27 09:00 to 2026-09-02 10:40",
                "你已添加了李丽，现在可以开始聊天了。");
    }

    @Test
    void wordsOfOneOrTwoCharactersAreFoundToo() {
        assertThat(search("bo")).extracting(SearchHit::title).containsExactly("Đơn hàng thiếu 20 bộ, đã báo xưởng");
        assertThat(search("da bao")).extracting(SearchHit::evidenceId).containsExactly(notice.id());
        assertThat(search("d")).extracting(SearchHit::title).contains("Đơn hàng thiếu 20 bộ, đã báo xưởng", PLACED);
        assertThat(search("20")).extracting(SearchHit::title).contains("Đơn hàng thiếu 20 bộ, đã báo xưởng");
        assertThat(search("确")).extracting(SearchHit::title).contains("大货按照这个样品做，颜色和包装都一样，确认。9月20日前发货。");
        assertThat(search("xy")).isEmpty();
        assertThat(search("鲸鱼")).isEmpty();
    }

    @Test
    void factoriesComeFirstThenOrdersFilesAndMessages() throws Exception {
        w.services().evidence().setCaption(notice.id(), "2837461920384756123 thiếu 20 bộ");
        assertThat(search("283746")).extracting(SearchHit::kind)
                .containsExactly(SearchHit.Kind.ORDER, SearchHit.Kind.EVIDENCE, SearchService.CHAT_MESSAGE);
    }

    @Test
    void theIndexFollowsEveryChange() {
        w.services().factories().update(new Factory(jiamei.id(), "义乌佳美", "Jiamei Housewares", null, null, null, null,
                jiamei.folder()));
        assertThat(search("Yiwu")).isEmpty();
        assertThat(search("housewares")).extracting(SearchHit::title).containsExactly("义乌佳美 (Jiamei Housewares)");

        w.services().evidence().setCaption(notice.id(), "Thùng bị móp");
        assertThat(search("don hang")).extracting(SearchHit::title).containsExactly(PLACED);
        assertThat(search("mop")).extracting(SearchHit::evidenceId).containsExactly(notice.id());
    }

    @Test
    void aMessageOlderThanTheNewestThousandsIsFoundByEveryKindOfWord() throws Exception {
        // 3,000 messages: the first, where the factory agreed the carton, is far behind the newest
        StringBuilder chat = new StringBuilder();
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 6, 1, 8, 0);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        chat.append(at.format(time)).append(" 李丽\n五层纸箱，外箱尺寸60x40x40，唛头按Mai Home的。Thùng 5 lớp đã xác nhận.\n\n");
        for (int i = 1; i < 3_000; i++) {
            chat.append(at.plusMinutes(i).format(time)).append(i % 2 == 0 ? " 李丽" : " Mai - Mai Home")
                    .append("\n好的，第").append(i).append("条，明天再说。Dạ vâng ").append(i).append("\n\n");
        }
        Path file = w.textFile("memotrace-carton.txt", chat.toString());
        w.services().chats().importChat(spatulas.id(), file, new ChatParties("Mai - Mai Home", null));
        String first = "五层纸箱，外箱尺寸60x40x40，唛头按Mai Home的。Thùng 5 lớp đã xác nhận.";

        assertThat(search("纸箱")).as("two Chinese characters").extracting(SearchHit::title).containsExactly(first);
        assertThat(search("五层纸箱")).as("four").extracting(SearchHit::title).containsExactly(first);
        assertThat(search("60x40")).extracting(SearchHit::title).containsExactly(first);
        assertThat(search("thung lop")).as("Vietnamese without tones").extracting(SearchHit::title).containsExactly(first);
        assertThat(search("唛")).as("one character").extracting(SearchHit::title).containsExactly(first);
        assertThat(search("明天")).as("a word in every message: the newest 20").hasSize(SearchService.PER_KIND)
                .allSatisfy(hit -> assertThat(hit.title()).contains("明天再说"))
                .first().satisfies(hit -> assertThat(hit.title()).contains("第2999条"));
        assertThat(search("第1条")).extracting(SearchHit::title).containsExactly("好的，第1条，明天再说。Dạ vâng 1");
    }

    @Test
    void oddInputFindsNothingRatherThanFailing() {
        assertThat(search("")).isEmpty();
        assertThat(search("   ")).isEmpty();
        assertThat(search("\"đơn")).isEmpty();
        assertThat(search("a* OR (b) NEAR \"c\"")).isEmpty();
        assertThat(search("100%")).isEmpty();
        assertThat(search("_")).isEmpty();
    }
}
