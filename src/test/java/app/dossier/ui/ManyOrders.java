package app.dossier.ui;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.service.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A few hundred orders of six factories over a year, as a busy importer has them: ordered every day or
 * two up to the sample's today, each due 18 days later, nothing received, so those whose day passed are
 * overdue.
 */
public record ManyOrders(List<Factory> factories, List<Order> orders) {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String[][] FACTORIES = {
        {"义乌市佳美日用品有限公司", "Yiwu Jiamei Housewares"},
        {"广州市锦绣服装有限公司", "Guangzhou Jinxiu Garments"},
        {"深圳市恒达包装制品有限公司", "Shenzhen Hengda Packaging"},
        {"宁波市海曙区明远塑料厂", "Ningbo Mingyuan Plastics"},
        {"汕头市澄海区乐童玩具厂", "Shantou Letong Toys"},
        {"东莞市鑫达五金制品有限公司", "Dongguan Xinda Hardware"},
    };
    private static final String[] PRODUCTS = {"硅胶铲5件套", "304不锈钢饭盒1.2L", "220克纯棉T恤", "加绒卫衣", "定制磁吸礼盒",
        "Bình giữ nhiệt 500ml", "Hộp quà 2 ngăn", "儿童积木100粒"};

    public static ManyOrders build(Workspace workspace, int count) {
        List<Factory> factories = new ArrayList<>();
        for (String[] f : FACTORIES) {
            factories.add(workspace.services().factories().add(new Factory(0, f[0], f[1], null, null, null, null, null)));
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate on = TODAY.minusDays(i * 365L / count);
            Factory factory = factories.get(i * 7 % factories.size());
            orders.add(workspace.services().orders().add(new Order(0, factory.id(), String.format("28%017d", 4_100_000L + i),
                    Channel.PLATFORM, OrderKind.STANDARD, PRODUCTS[i % PRODUCTS.length], new AgreedSpecs(null, null, null,
                            null), 100 + i, "pcs", Money.of("12.50", Money.CNY), on, on.plusDays(18), on, null, null)));
        }
        return new ManyOrders(List.copyOf(factories), List.copyOf(orders));
    }
}
