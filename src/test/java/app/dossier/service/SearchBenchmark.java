package app.dossier.service;

import app.dossier.app.Composition;
import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.MessageKind;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.store.Store;
import app.dossier.store.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * How long the search box takes on a large business: 10,000 orders from 200 factories, each order
 * with 20 files (captions in Vietnamese, names as phones give them) and a chat of 30 messages in
 * Chinese and Vietnamese, written straight through the store in one transaction. Then typical
 * queries are timed, after a warm-up, through {@link SearchService} as the window calls it, and
 * the median and the slowest run are printed.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) app.dossier.service.SearchBenchmark [ORDERS [FILES [MESSAGES]]]
 * </pre>
 */
public final class SearchBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;

    private static final String[] PLACES = {"义乌市", "广州市", "深圳市", "东莞市", "佛山市", "温州市", "宁波市", "汕头市"};
    private static final String[] NAMES = {"佳美", "锦绣", "恒达", "宏图", "鑫源", "金华", "永兴", "盛世", "华美", "天宇", "新星", "利达"};
    private static final String[] TRADES = {"日用品有限公司", "服装有限公司", "包装制品有限公司", "五金制品厂", "塑胶制品有限公司", "玩具有限公司"};
    private static final String[] PRODUCTS = {"硅胶铲5件套", "304不锈钢饭盒", "加绒卫衣", "硅胶隔热垫", "儿童保温杯", "折叠收纳箱",
        "厨房置物架", "LED小夜灯", "纯棉毛巾", "陶瓷马克杯", "不粘锅煎锅", "密封保鲜盒"};
    private static final String[] CAPTIONS = {"Ảnh mẫu xưởng gửi", "Biên lai Alipay", "Thùng bị móp, rách", "Phiếu kiểm đếm",
        "Trang chi tiết đơn 1688", "Xưởng xác nhận mẫu", "Đơn hàng về thiếu", "Hàng lỗi, cán bị nứt", "Ảnh pallet ở kho",
        "Chat chốt giá", "Biên lai chuyển khoản cọc", "Nhãn thùng", "Ảnh đóng gói OPP", "Video mở thùng",
        "Tem phụ tiếng Việt", "Màu xám hơi đậm so với mẫu"};
    private static final String[] CHATS = {"你好亲，这款有现货吗？", "大货按照这个样品做，颜色和包装都一样，确认。", "200套起订，18.5元/套",
        "每套独立OPP袋，20套一箱", "9月20日前发货", "已付款，请安排生产。", "物流单号发您了", "颜色确认一下",
        "Em nhận được mẫu rồi", "Chị ơi hàng về thiếu 20 bộ", "[图片]", "[语音]", "好的，收到", "包装要加固，谢谢",
        "Giao trước ngày 20 nhé", "麻烦发货前拍照确认"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int filesPerOrder = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int messagesPerOrder = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path folder = Files.createTempDirectory("dossier-search-benchmark");
        DataLocation location = new DataLocation(folder.resolve("data"), folder.resolve("data").resolve("Case files"));

        long started = System.nanoTime();
        String someNumber = fill(location.databaseFile(), orders, filesPerOrder, messagesPerOrder);
        System.out.printf("Built %,d orders, %,d files, %,d chat messages in %.1f s; database %,d KB%n", orders,
                (long) orders * filesPerOrder, (long) orders * messagesPerOrder, (System.nanoTime() - started) / 1e9,
                Files.size(location.databaseFile()) / 1024);

        printSizes(location.databaseFile());

        String fragment = someNumber.substring(3, 13);
        List<String> queries = List.of(
                "don hang",              // Vietnamese typed without tones, common
                "thung bi mop",          // three words
                "xuong xac nhan mau",    // four words
                fragment,                // 10 digits from the middle of a 19-digit order number
                "样品",                   // 2 Chinese characters, common
                "鲸鱼",                   // 2 Chinese characters found nowhere
                "颜色确认",                // 4 Chinese characters
                "bien lai",              // caption words
                "pallet",                // one caption word
                "xy",                    // 2 letters found nowhere
                "ng",                    // 2 letters ending many Vietnamese words, starting some
                "bo",                    // 2 letters: "bộ" (set)
                "d",                     // 1 letter: đ typed as d
                "ang",                   // 3 letters ending many words, starting none
                "thuoc",                 // a word found nowhere whose first letters start many
                "色",                     // 1 Chinese character, common
                "20",                    // 2 digits, anywhere
                "鲸");                    // 1 Chinese character found nowhere: a full scan with LIKE
        try (Services services = new Composition().open(location)) {
            SearchService search = services.search();
            System.out.printf("%-22s %6s %10s %10s%n", "query", "hits", "median ms", "max ms");
            for (String query : queries) {
                for (int i = 0; i < WARM_UP; i++) {
                    search.search(query);
                }
                double[] times = new double[RUNS];
                int hits = 0;
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    hits = search.search(query).size();
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(times);
                System.out.printf("%-22s %6d %10.2f %10.2f%n", query, hits, times[RUNS / 2], times[RUNS - 1]);
            }
        } finally {
            CaseFiles.deleteTree(folder);
        }
    }

    /** Writes the business through the store's tables; returns one of its order numbers. */
    private static String fill(Path database, int orders, int filesPerOrder, int messagesPerOrder) throws Exception {
        Random random = new Random(20261126);
        HexFormat hex = HexFormat.of();
        String someNumber = null;
        try (Store store = Store.open(database); Transaction tx = store.database().begin()) {
            var db = tx.session();
            List<Factory> factories = new ArrayList<>();
            for (int f = 0; f < 200; f++) {
                String name = pick(random, PLACES) + pick(random, NAMES) + pick(random, TRADES) + " " + (f + 1);
                factories.add(store.factories().insert(db, new Factory(0, name, "Factory " + (f + 1), null,
                        "wx_" + f, null, "Xưởng quen, giao hàng đúng hẹn", "F" + f)));
            }
            LocalDate day = LocalDate.of(2024, 1, 1);
            for (int o = 0; o < orders; o++) {
                Factory factory = factories.get(random.nextInt(factories.size()));
                String number = "28" + String.format("%017d", Math.abs(random.nextLong()) % 100_000_000_000_000_000L);
                if (o == orders / 2) {
                    someNumber = number;
                }
                LocalDate orderedOn = day.plusDays(o / 10);
                Order order = store.orders().insert(db, new Order(0, factory.id(), number, Channel.PLATFORM,
                        OrderKind.STANDARD, pick(random, PRODUCTS), new AgreedSpecs("灰色, 浅绿色", "M, L", "OPP", null),
                        100 + random.nextInt(900), "套", Money.of("18.50", Money.CNY), orderedOn, null, null,
                        "1688 order, 交易成功. Đơn " + (o + 1) + ", giao trước " + orderedOn.plusDays(18), factory.folder()
                        + "/" + orderedOn + " " + number));
                for (int e = 0; e < filesPerOrder; e++) {
                    byte[] hash = new byte[32];
                    random.nextBytes(hash);
                    EvidenceCategory category = EvidenceCategory.values()[e % 4];
                    String name = "IMG_" + orderedOn.toString().replace("-", "") + "_" + (100000 + random.nextInt(900000))
                            + ".jpg";
                    store.evidence().insert(db, new Evidence(0, order.id(), category,
                            category.folderName() + "/" + e + " " + name, name, hex.formatHex(hash), 1000 + e,
                            "image/jpeg", null, Instant.parse("2026-01-01T00:00:00Z"),
                            pick(random, CAPTIONS) + " " + (1 + random.nextInt(50)), null));
                }
                if (messagesPerOrder > 0) {
                    byte[] hash = new byte[32];
                    random.nextBytes(hash);
                    Evidence chatFile = store.evidence().insert(db, new Evidence(0, order.id(),
                            EvidenceCategory.AGREEMENT, "Chat and agreements/chat.txt", "chat.txt", hex.formatHex(hash),
                            5000, "text/plain", null, Instant.parse("2026-01-01T00:00:00Z"), "WeChat chat", null));
                    store.chats().insert(db, order.id(), new Conversation(chatFile.id(), "MEMOTRACE_TXT", "Mai", null,
                            messagesPerOrder, List.of()));
                    List<ConversationMessage> messages = new ArrayList<>();
                    for (int m = 0; m < messagesPerOrder; m++) {
                        messages.add(new ConversationMessage(0, order.id(), chatFile.id(), m,
                                LocalDateTime.of(orderedOn.minusDays(3), java.time.LocalTime.NOON).plusMinutes(m * 7L),
                                m % 2 == 0 ? "李丽" : "Mai", m % 2 == 1, MessageKind.TEXT, pick(random, CHATS), false));
                    }
                    store.chats().insertMessages(db, messages);
                }
            }
            tx.commit();
        }
        return someNumber;
    }

    /** How much of the database the search index takes (SQLite's dbstat table). */
    private static void printSizes(Path database) throws Exception {
        String sql = "SELECT CASE WHEN name LIKE 'search%' THEN 'search index' ELSE 'records' END, sum(pgsize)"
                + " FROM dbstat GROUP BY 1 ORDER BY 1";
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database);
             var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                System.out.printf("  %s: %,d KB%n", rs.getString(1), rs.getLong(2) / 1024);
            }
        }
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
