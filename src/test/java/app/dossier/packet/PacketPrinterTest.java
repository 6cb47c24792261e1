package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.domain.DossierException;
import app.dossier.domain.Language;
import app.dossier.domain.Refusal;
import app.dossier.domain.words.Words;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A computer that cannot print says so in the user's language, not in the print system's English. */
class PacketPrinterTest {
    @Test
    void withoutAScreenThePacketIsNamedToPrintFromAPdfReader() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "this machine has a screen");
        Path packet = Path.of("packets", "dispute-2837461920384756123.pdf");

        DossierException refused = catchThrowableOfType(() -> new PacketPrinter().print(packet), DossierException.class);

        Refusal.Wording wording = refused.wording().orElseThrow();
        assertThat(wording.refusal()).isEqualTo(Refusal.PRINT_NO_SCREEN);
        assertThat(refused.getMessage()).startsWith("This computer has no screen to show a print dialog on.");
        assertThat(wording.in(Words.in(Language.VIETNAMESE))).startsWith("Máy này không có màn hình")
                .contains(packet.toString());
    }
}
