package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.PaymentCovers;
import org.junit.jupiter.api.Test;

class FactoryMessagesTest {

    private static CaseBuilder tShirts() {
        return CaseBuilder.order().offPlatform().oem().number("JX-2026-031")
                .product("220克纯棉T恤 定制领标 — Áo thun cotton 220gsm, nhãn cổ MAI HOME")
                .specs("白, 黑, 藏青", "S, M, L, XL, XXL", null)
                .quantity(1200, "pcs").unitPrice("24.00", "CNY").deadline("2026-11-30");
    }

    @Test
    void theSummaryHasEveryLineTheSeedAsksForInBothLanguages() {
        FactoryMessage m = FactoryMessages.orderSummary(tShirts().build());
        assertThat(m.chinese()).contains("订单号：JX-2026-031\n", "产品：220克纯棉T恤 定制领标\n", "数量：1,200件\n",
                "单价：¥24.00\n", "总价：¥28,800.00\n", "交货期：2026年11月30日前\n", "颜色：白, 黑, 藏青\n",
                "尺码/规格：S, M, L, XL, XXL\n").doesNotContain("包装");
        assertThat(m.chinese()).startsWith("您好！").endsWith("请直接回复“确认”。如有不对的地方，请告诉我们。谢谢！");
        assertThat(m.english()).contains("Order number: JX-2026-031\n",
                "Product: 220克纯棉T恤 定制领标 — Áo thun cotton 220gsm, nhãn cổ MAI HOME\n", "Quantity: 1,200 pcs\n",
                "Unit price: ¥24.00\n", "Total: ¥28,800.00\n", "Delivery by: 2026-11-30\n", "reply \"confirm\" (确认)");
        assertThat(m.toFillIn()).isEmpty();
    }

    @Test
    void paymentsMadeAreListedSoTheFactorysConfirmationCoversThem() {
        FactoryMessage m = FactoryMessages.orderSummary(tShirts()
                .paid("2026-10-10", "8640.00", "CNY", "3650", PaymentCovers.DEPOSIT, null).build());
        assertThat(m.chinese()).contains("付款：已付定金¥8,640.00（2026年10月10日）；余款¥20,160.00");
        assertThat(m.english()).contains("Payments: deposit paid ¥8,640.00 on 2026-10-10; balance still to pay ¥20,160.00");
    }

    @Test
    void whatIsNotKnownIsMarkedToFillIn() {
        CaseFile c = tShirts().deadline(null).build();
        FactoryMessage m = FactoryMessages.orderSummary(c);
        assertThat(m.chinese()).contains("交货期：【请填写】");
        assertThat(m.english()).contains("Delivery by: [fill in]");
        assertThat(m.toFillIn()).containsExactly("delivery deadline");
    }

    @Test
    void unitsAreSaidTheChineseWay() {
        assertThat(FactoryMessages.orderSummary(CaseBuilder.order().quantity(200, "sets").build()).chinese())
                .contains("数量：200套");
        assertThat(FactoryMessages.orderSummary(CaseBuilder.order().quantity(50, "bộ").build()).chinese())
                .contains("数量：50套");
        assertThat(FactoryMessages.orderSummary(CaseBuilder.order().quantity(50, "rolls").build()).chinese())
                .contains("数量：50卷");
        assertThat(FactoryMessages.orderSummary(CaseBuilder.order().quantity(50, "bales").build()).chinese())
                .contains("数量：50 bales");
    }

    @Test
    void theChinesePartOfATwoLanguageNameIsUsedForTheFactory() {
        assertThat(FactoryMessages.chinesePart("加绒卫衣 — Áo hoodie lót nỉ")).isEqualTo("加绒卫衣");
        assertThat(FactoryMessages.chinesePart("Áo hoodie – 加绒卫衣")).isEqualTo("加绒卫衣");
        assertThat(FactoryMessages.chinesePart("Silicone spatula set")).isEqualTo("Silicone spatula set");
        assertThat(FactoryMessages.chinesePart("卫衣 — 加绒")).isEqualTo("卫衣 — 加绒");
    }

    @Test
    void theTermsAreNumberedAndOemClausesOnlyComeWithOem() {
        FactoryMessage oem = FactoryMessages.contractTerms(tShirts().build(), true, false);
        assertThat(oem.chinese()).contains("1. 订单号", "质量标准：大货按确认的样品和以上规格生产。", "设计归属",
                "短缺和质量问题：我们收货后48小时内");
        FactoryMessage large = FactoryMessages.contractTerms(tShirts().build(), false, true);
        assertThat(large.chinese()).doesNotContain("设计归属", "模具").contains("分几次付款");
        assertThat(large.english()).contains("paid in several installments").doesNotContain("Design ownership");
    }
}
