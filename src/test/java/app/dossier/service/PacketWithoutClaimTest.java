package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet can be written for an order that has nothing to claim yet (no receiving record, so no
 * refund to propose): the cover says so. It used to stop with an unexpected error (found by the
 * crash harness, whose workload writes packets of any order).
 */
class PacketWithoutClaimTest {
    @TempDir
    Path temp;

    @Test
    void anOrderWithoutAReceivingRecordStillGetsItsPacket() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Factory factory = w.factory("义乌市佳美日用品有限公司");
            Order order = w.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
            w.services().evidence().attach(order.id(), EvidenceCategory.AGREEMENT,
                    List.of(EvidenceInput.of(w.photo("mẫu.jpg", 1))), ProgressListener.NONE);
            Path target = temp.resolve("packet.pdf");

            PacketWritten written = w.services().disputes().writePacket(order.id(), (app.dossier.domain.Language) null, target, ProgressListener.NONE);

            assertThat(written.pages()).isPositive();
            try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(written.pages());
            }
            assertThat(Files.list(temp).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }
}
