package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.CaseFile;
import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DefectKind;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user who loses dossier.db loses nothing: the tree alone brings every record back. */
class RebuildTest {
    @TempDir
    Path temp;

    private record Everything(List<Factory> factories, List<CaseFile> cases, List<ConversationMessage> messages) {
    }

    private static Everything everything(Services services) {
        List<CaseFile> cases = services.orders().list(null).stream()
                .map(s -> services.orders().caseOf(s.order().id())).toList();
        List<ConversationMessage> messages = services.orders().list(null).stream()
                .flatMap(s -> services.chats().messages(s.order().id()).stream()).toList();
        return new Everything(services.factories().list(), cases, messages);
    }

    private static void fill(Workspace w) throws Exception {
        Factory jiamei = w.factory("义乌市佳美日用品有限公司");
        Factory jinxiu = w.services().factories().add(new Factory(0, "广州市锦绣服装有限公司", "Guangzhou Jinxiu Garments",
                "https://jinxiu.1688.com", "chenwei", "陈伟", "Nhận may OEM", null));
        w.factory("深圳市恒达包装制品有限公司");
        Order o1 = w.order(jiamei, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        Order o2 = w.order(jinxiu, "JX-2026-031", LocalDate.of(2026, 10, 9), 1200, "24.00");
        w.services().evidence().attach(o1.id(), EvidenceCategory.AGREEMENT,
                List.of(new EvidenceInput(w.photo("mẫu.jpg", 1), "Ảnh mẫu", LocalDateTime.of(2026, 8, 28, 10, 12))),
                ProgressListener.NONE);
        w.services().payments().record(new Payment(0, o1.id(), LocalDate.of(2026, 9, 2),
                Money.of("3700.00", Money.CNY), new BigDecimal("3650"), PaymentCovers.FULL, "Alipay", "佳美",
                "2837461920384756123", LocalDateTime.of(2026, 9, 2, 10, 40), null), EvidenceInput.of(w.photo("alipay.png", 2)));
        w.services().payments().record(new Payment(0, o2.id(), LocalDate.of(2026, 10, 10),
                Money.of("31536000", Money.VND), null, PaymentCovers.DEPOSIT, "Vietcombank", null, null, null, null), null);
        long sample = w.services().evidence().ofOrder(o1.id()).get(0).id();
        Path palletPhoto = w.photo("pallet.jpg", 3);
        w.services().receiving().save(new ReceivingRecord(0, o1.id(), LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9,
                200, 180, PackagingCondition.SOME_DAMAGE, "1 thùng móp", 32, 3, "nứt cán", "Trần Văn Hùng",
                LocalDateTime.of(2026, 10, 3, 11, 15), LocalDateTime.of(2026, 10, 3, 15, 20)).withDefects(List.of(
                        new ReceivingDefect(DefectKind.SHORT, 20),
                        new ReceivingDefect(DefectKind.CRACKED, 3, List.of(sample)),
                        new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 1))),
                List.of(EvidenceInput.of(palletPhoto)),
                Map.of(DefectKind.SHORT, List.of(palletPhoto), DefectKind.DAMAGED_PACKAGING, List.of(palletPhoto)));
        w.services().disputes().open(o1.id(), "20 bộ thiếu");
        Evidence pallet = w.services().evidence().ofOrder(o1.id()).stream()
                .filter(e -> e.fileName().equals("pallet.jpg")).findFirst().orElseThrow();
        w.services().evidence().markDefect(pallet.id(), new DefectRegion(0.412, 0.3, 0.25, 0.18));
        ChatImport chat = w.services().chats().importChat(o1.id(), ChatServiceTest.chatFile(w, "memotrace-lisa.txt"),
                new ChatParties("Mai - Mai Home", null));
        w.services().chats().pin(chat.messages().get(7).id(), true);
        w.services().chats().pin(chat.messages().get(5).id(), true);
        w.services().chats().importPastedChat(o2.id(), "陈伟 2026-10-09 17:40:00\n确认，10月30日前交货。\n",
                new ChatParties("Mai", "陈伟"));
    }

    private static List<String> files(Workspace w, Order order, ReceivingDefect defect) {
        Map<Long, String> byId = new java.util.HashMap<>();
        w.services().evidence().ofOrder(order.id()).forEach(e -> byId.put(e.id(), e.file()));
        return defect.evidenceIds().stream().map(byId::get).toList();
    }

    @Test
    void deletingTheDatabaseAndRebuildingRestoresEveryRecord() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            fill(w);
            Everything before = everything(w.services());
            List<String> rowsBefore = w.rows();
            w.closeServices();

            w.loseDatabase();
            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);

            assertThat(report.problems()).isEmpty();
            assertThat(report.replacedDatabase()).isNull();
            assertThat(report.factories()).isEqualTo(3);
            assertThat(report.orders()).isEqualTo(2);
            assertThat(report.evidence()).isEqualTo(5);
            assertThat(report.payments()).isEqualTo(2);
            assertThat(report.receivingRecords()).isEqualTo(1);
            assertThat(report.disputes()).isEqualTo(1);

            w.reopen();
            assertThat(everything(w.services())).isEqualTo(before);
            Order o1 = w.services().orders().find("2837461920384756123");
            assertThat(w.services().receiving().ofOrder(o1.id()).orElseThrow().defects())
                    .as("each defect back with its count and the files that show it")
                    .extracting(d -> d.kind() + " " + d.count() + " " + files(w, o1, d))
                    .containsExactly("SHORT 20 [Receiving and QC/pallet.jpg]", "CRACKED 3 [Chat and agreements/mẫu.jpg]",
                            "DAMAGED_PACKAGING 1 [Receiving and QC/pallet.jpg]");
            assertThat(before.messages()).hasSize(12).filteredOn(ConversationMessage::pinned).hasSize(2);
            assertThat(w.rows()).isEqualTo(rowsBefore);
            assertThat(w.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
            assertThat(w.services().search().search("2837461920")).as("the search index is rebuilt too")
                    .extracting(SearchHit::kind).first().isEqualTo(SearchHit.Kind.ORDER);
            assertThat(w.services().search().search("样品")).extracting(SearchHit::detail)
                    .anySatisfy(detail -> assertThat(detail).startsWith("Chat · 2026-09-01 14:30 · 李丽"));
        }
    }

    @Test
    void aChatWhoseFileIsLostKeepsItsPinnedMessagesFromCaseJson() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            fill(w);
            Order o1 = w.services().orders().find("2837461920384756123");
            List<ConversationMessage> pinned = w.services().chats().pinned(o1.id());
            w.closeServices();
            Files.delete(w.root().resolve(o1.folder()).resolve("Chat and agreements/memotrace-lisa.txt"));
            w.loseDatabase();

            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);

            assertThat(report.problems()).singleElement().asString()
                    .contains("memotrace-lisa.txt could not be read as a chat", "only its pinned messages");
            w.reopen();
            assertThat(w.services().chats().pinned(o1.id())).isEqualTo(pinned);
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems())
                    .extracting(Problem::kind).containsExactly(Problem.Kind.MISSING);
        }
    }

    @Test
    void aDefectNamedTwiceInAHandEditedCaseJsonIsLeftOutAndTheRestIsRestored() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            fill(w);
            Order o1 = w.services().orders().find("2837461920384756123");
            w.closeServices();
            Path caseJson = w.root().resolve(o1.folder()).resolve("case.json");
            Files.writeString(caseJson, Files.readString(caseJson).replace("\"kind\": \"DAMAGED_PACKAGING\"",
                    "\"kind\": \"SHORT\""));
            w.loseDatabase();

            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);

            assertThat(report.problems()).singleElement().asString().contains("case.json names the defect “short”"
                    + " twice or without a count");
            assertThat(report.receivingRecords()).isEqualTo(1);
            w.reopen();
            assertThat(w.services().receiving().ofOrder(o1.id()).orElseThrow().defects())
                    .extracting(ReceivingDefect::kind).containsExactly(DefectKind.SHORT, DefectKind.CRACKED);
        }
    }

    @Test
    void rebuildKeepsTheDatabaseItReplaces() throws Exception {
        TestDatabases.assumeSqlite("on PostgreSQL a rebuild replaces the records in one transaction; the server's"
                + " backups keep the ones before");
        try (Workspace w = new Workspace(temp)) {
            fill(w);
            w.closeServices();
            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);
            assertThat(report.replacedDatabase()).isNotNull().exists();
            assertThat(Snapshot.rows(report.replacedDatabase())).isEqualTo(Snapshot.rows(w.location().databaseFile()));
            w.reopen();
        }
    }

    @Test
    void aRenamedFactoryAndAMovedOrderAreRebuiltWhereTheyAreNow() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            fill(w);
            Factory f = w.services().factories().find("义乌");
            w.services().factories().update(new Factory(f.id(), "义乌佳美", "Jiamei", null, null, null, null, f.folder()));
            Everything before = everything(w.services());
            assertThat(before.cases().stream().map(c -> c.order().folder()))
                    .contains("义乌佳美/2026-09-02 2837461920384756123");
            w.closeServices();
            w.loseDatabase();
            w.composition().rebuild(w.location(), ProgressListener.NONE);
            w.reopen();
            assertThat(everything(w.services())).isEqualTo(before);
        }
    }

    @Test
    void anUnreadableCaseJsonIsReportedAndTheRestIsRestored() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            fill(w);
            w.closeServices();
            Path broken;
            try (Stream<Path> walk = Files.walk(w.root())) {
                broken = walk.filter(p -> p.toString().contains("JX-2026-031") && p.endsWith("case.json")).findFirst()
                        .orElseThrow();
            }
            Files.writeString(broken, "{ this is not json");
            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);
            assertThat(report.orders()).isEqualTo(1);
            assertThat(report.problems()).singleElement().asString().contains("case.json");
            w.reopen();
        }
    }

    @Test
    void rebuildWithoutACaseFilesFolderSaysSo() {
        DataLocation nowhere = new DataLocation(temp.resolve("data"), temp.resolve("no such folder"));
        assertThatThrownBy(() -> new app.dossier.app.Composition().rebuild(nowhere, ProgressListener.NONE))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("no case-files folder");
    }
}
