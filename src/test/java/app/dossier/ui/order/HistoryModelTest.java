package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.HistoryChain;
import app.dossier.domain.HistoryEntry;
import app.dossier.service.HistoryService;
import app.dossier.ui.common.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryModelTest {
    private static final String HEAD = "47bbef2a2a954d622f2c48cdc5a837fa591b55e34122ff7464ede96ca6f78717";

    @Test
    void newestFirstInThisComputersTimeWithEachChangeInWords() {
        HistoryModel model = new HistoryModel(new Texts(Locale.forLanguageTag("vi")), ZoneId.of("Asia/Ho_Chi_Minh"));
        HistoryEntry first = new HistoryEntry(1, Instant.parse("2026-09-02T02:00:00Z"), "root",
                List.of(new HistoryEntry.Change("payment 1", "", null, "2026-09-02, 3700.00 CNY, FULL")), HistoryChain.START);
        HistoryEntry second = new HistoryEntry(2, Instant.parse("2026-09-03T16:30:00Z"), "Nguyễn Thị Mai",
                List.of(new HistoryEntry.Change("payment 1", "amount.amount", "3700.00", "3750.00"),
                        new HistoryEntry.Change("payment 1", "covers", "FULL", "DEPOSIT")), "ab");
        model.show(new HistoryService.ChangeHistory(List.of(first, second), Optional.of(HEAD)));

        assertThat(model.lines()).extracting(HistoryModel.Line::number).containsExactly(2, 1);
        HistoryModel.Line newest = model.lines().get(0);
        assertThat(newest.when()).as("16:30 UTC is 23:30 in Hà Nội").isEqualTo("23:30 ngày 03/09/2026");
        assertThat(newest.who()).isEqualTo("Nguyễn Thị Mai");
        assertThat(newest.changes()).containsExactly("Khoản thanh toán 1: số tiền 3.700,00 → 3.750,00",
                "Khoản thanh toán 1: trả cho toàn bộ → đặt cọc");
        assertThat(model.lines().get(1).changes()).containsExactly("Khoản thanh toán 1 (mới): 02/09/2026, ¥3.700,00, toàn bộ");
        assertThat(model.headProperty().get()).isEqualTo(HEAD);
        assertThat(model.shortHeadProperty().get()).isEqualTo("47bbef2a2a954d62…");

        model.clear();
        assertThat(model.lines()).isEmpty();
        assertThat(model.headProperty().get()).isEmpty();
    }

    @Test
    void anOrderWithoutChangesHasNoHead() {
        HistoryModel model = new HistoryModel(new Texts(Locale.ENGLISH), ZoneId.of("UTC"));
        model.show(new HistoryService.ChangeHistory(List.of(), Optional.empty()));
        assertThat(model.lines()).isEmpty();
        assertThat(model.shortHeadProperty().get()).isEmpty();
    }
}
