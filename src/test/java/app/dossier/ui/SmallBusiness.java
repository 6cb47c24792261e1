package app.dossier.ui;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.photos.PhoneFiles;
import app.dossier.service.EvidenceInput;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A data set built for view-model tests, a handful of changes instead of the sample business's forty:
 * three factories and five orders, two of them received. The silicone spatulas arrived 20 sets short
 * with four photos, one a close-up taken with the phone upright (EXIF orientation 6) at 10:31 on
 * 3 October; the T-shirts (JX-2026-031, 1,200 pcs) and the hoodies from Jinxiu are still to come.
 */
public final class SmallBusiness {
    public static final String SPATULAS = "2837461920384756123";
    public static final String LUNCH_BOXES = "2840019375561028394";
    public static final String T_SHIRTS = "JX-2026-031";
    public static final String HOODIES = "2851234098765432101";

    private SmallBusiness() {
    }

    /** Builds it in the data folder of {@code services}; {@code photos} is where the phone's photos are made. */
    public static void build(Services services, Path photos) {
        Factory jiamei = factory(services, "义乌市佳美日用品有限公司", "Yiwu Jiamei Daily Goods");
        Factory jinxiu = factory(services, "广州市锦绣服装有限公司", "Guangzhou Jinxiu Garments");
        Factory hengda = factory(services, "深圳市恒达包装制品有限公司", "Shenzhen Hengda Packaging");
        Order spatulas = order(services, jiamei, SPATULAS, "硅胶铲5件套", 200, "sets", "18.50", LocalDate.of(2026, 9, 2));
        Order lunchBoxes = order(services, jiamei, LUNCH_BOXES, "304不锈钢饭盒1.2L", 500, "pcs", "21.00",
                LocalDate.of(2026, 9, 15));
        order(services, jinxiu, T_SHIRTS, "220克纯棉T恤 定制领标", 1200, "pcs", "24.00", LocalDate.of(2026, 10, 9));
        order(services, jinxiu, HOODIES, "加绒卫衣", 300, "pcs", "56.00", LocalDate.of(2026, 10, 20));
        order(services, hengda, null, "定制磁吸礼盒", 2000, "pcs", "6.80", LocalDate.of(2026, 11, 2));

        services.receiving().save(new ReceivingRecord(0, spatulas.id(), LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9,
                200, 180, PackagingCondition.SOME_DAMAGE, "1 thùng bị móp, rách góc", 32, 3, "3 bộ nứt cán xẻng lớn",
                "Trần Văn Hùng", LocalDateTime.of(2026, 10, 3, 11, 15), null), List.of(
                photo(photos, "o1-pallet.jpg", "2026:10:03 09:52:00", 1),
                photo(photos, "o1-damaged-carton.jpg", "2026:10:03 10:05:00", 1),
                photo(photos, "o1-defect-closeup.jpg", "2026:10:03 10:31:00", 6),
                photo(photos, "o1-count-sheet.jpg", "2026:10:03 11:15:00", 1)));
        services.receiving().save(new ReceivingRecord(0, lunchBoxes.id(), LocalDateTime.of(2026, 10, 1, 14, 0), 10,
                10, 500, 500, PackagingCondition.INTACT, null, 50, 0, null, "Trần Văn Hùng",
                LocalDateTime.of(2026, 10, 1, 15, 0), null), List.of());
    }

    private static Factory factory(Services services, String name, String latinName) {
        return services.factories().add(new Factory(0, name, latinName, null, null, null, null, null));
    }

    private static Order order(Services services, Factory factory, String number, String product, long quantity,
            String unit, String unitPrice, LocalDate orderedOn) {
        return services.orders().add(new Order(0, factory.id(), number, Channel.PLATFORM, OrderKind.STANDARD, product,
                new AgreedSpecs(null, null, null, null), quantity, unit, Money.of(unitPrice, Money.CNY), orderedOn,
                orderedOn.plusDays(18), orderedOn.minusDays(1), null, null));
    }

    private static EvidenceInput photo(Path folder, String name, String taken, int orientation) {
        return EvidenceInput.of(PhoneFiles.write(folder, name,
                PhoneFiles.jpeg(PhoneFiles.picture(96, 64), PhoneFiles.exif(taken, null, orientation))));
    }
}
