package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Money;
import app.dossier.domain.PacketCopy;
import app.dossier.domain.PacketOptions;
import app.dossier.domain.Payment;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order's history in its packets: the buyer's own copy prints every change, by whom, and the
 * chain's head in full; every page of the factory's copy cites the head's first 16 characters, so a
 * later copy can be checked against the one sent.
 */
@Tag("slow")
class PacketHistoryTest {
    @TempDir
    Path temp;

    @Test
    void theOwnCopyPrintsTheHistoryAndTheFactoryCopyCitesItsHeadOnEveryPage() throws Exception {
        byte[] own;
        byte[] factory;
        String head;
        int entries;
        try (Workspace workspace = Workspace.withSample(temp.resolve("data"))) {
            var services = workspace.services();
            services.history().workstation().name("Nguyễn Thị Mai");
            long order = services.orders().find("2837461920384756123").id();
            Payment p = services.payments().ofOrder(order).get(0);
            services.payments().update(new Payment(p.id(), p.orderId(), p.paidOn(), Money.of("3750.00", Money.CNY),
                    p.rateToVnd(), p.covers(), p.method(), p.receivingAccount(), p.reference(), p.acknowledgedAt(),
                    p.proofEvidenceId()));
            head = services.history().of(order).head().orElseThrow();
            entries = services.history().of(order).entries().size();
            own = write(workspace, order, PacketCopy.OWN);
            factory = write(workspace, order, PacketCopy.FACTORY);
            assertThat(services.verify().verify(ProgressListener.NONE).problems()).as("verify after the change").isEmpty();
        }

        String ownText = PacketFixture.squeezed(PacketFixture.text(own));
        assertThat(ownText).contains(PacketFixture.squeezed("修改记录 / Lịch sử thay đổi"))
                .contains(PacketFixture.squeezed("Khoản thanh toán 1: số tiền 3.700,00 → 3.750,00"))
                .contains("NguyễnThịMai")
                .contains(PacketFixture.squeezed("Khoản thanh toán 1 (mới): 02/09/2026, ¥3.700,00, toàn bộ"))
                .contains(head);
        assertThat(ownText.indexOf(PacketFixture.squeezed("修改记录 / Lịch sử thay đổi")))
                .as("the history comes before the appendix")
                .isLessThan(ownText.lastIndexOf(PacketFixture.squeezed("附录")));

        String cited = "SHA-256:" + head.substring(0, 16) + "…";
        try (PDDocument document = Loader.loadPDF(factory)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertThat(PacketFixture.squeezed(PacketFixture.text(factory, page, page)))
                        .as("page %d of the factory's copy", page).contains("历史记录/History" + cited);
            }
        }
        assertThat(PacketFixture.squeezed(PacketFixture.text(factory))).as("the factory reads no Vietnamese history")
                .doesNotContain("Khoảnthanhtoán").doesNotContain(head);
        assertThat(entries).isGreaterThan(10);
    }

    private byte[] write(Workspace workspace, long order, PacketCopy copy) throws Exception {
        Path file = temp.resolve(copy.tag() + ".pdf");
        workspace.services().disputes().writePacket(order, PacketOptions.of(copy, null), file, ProgressListener.NONE);
        return Files.readAllBytes(file);
    }
}
