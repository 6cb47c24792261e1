package app.dossier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a service refuses reaches the Vietnamese window in Vietnamese, and the command line in the same English. */
class ServiceRefusalWordsTest {
    private final Texts vietnamese = new Texts(Locale.forLanguageTag("vi"));
    private final Texts english = new Texts(Locale.ENGLISH);

    @TempDir
    Path temp;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = new Workspace(temp);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anOrderNumberNoOrderHasIsSaidInVietnamese() {
        Factory factory = workspace.factory("佳美");
        workspace.order(factory, "SO-2041", LocalDate.of(2026, 9, 2), 200, "18.50");

        DossierException notFound = catchThrowableOfType(
                () -> workspace.services().orders().find("SO-404"), DossierException.class);

        assertThat(notFound.getMessage()).isEqualTo("No order has the number or id “SO-404”.");
        assertThat(ErrorText.of(notFound, vietnamese)).isEqualTo("Không có đơn hàng nào có số hoặc mã “SO-404”.");
        assertThat(ErrorText.of(notFound, english)).isEqualTo(notFound.getMessage());
    }

    @Test
    void anOrderNumberAlreadyTakenIsSaidInVietnamese() {
        Factory factory = workspace.factory("佳美");
        workspace.order(factory, "SO-2041", LocalDate.of(2026, 9, 2), 200, "18.50");

        DossierException taken = catchThrowableOfType(
                () -> workspace.order(factory, "SO-2041", LocalDate.of(2026, 9, 20), 50, "9.00"), DossierException.class);

        assertThat(taken.getMessage()).isEqualTo("Could not add the order “SO-2041”: another order already has this"
                + " order number. Nothing was changed.");
        assertThat(ErrorText.of(taken, vietnamese)).isEqualTo("Không thêm được đơn hàng “SO-2041”: đã có một đơn hàng"
                + " khác dùng số đơn này. Không có gì bị thay đổi.");
    }

    @Test
    void aFactoryNoOneIsCalledIsSaidInVietnamese() {
        workspace.factory("佳美");

        DossierException notFound = catchThrowableOfType(
                () -> workspace.services().factories().find("鑫达"), DossierException.class);

        assertThat(notFound.getMessage()).isEqualTo("No factory is called “鑫达”.");
        assertThat(ErrorText.of(notFound, vietnamese)).isEqualTo("Không có xưởng nào tên là “鑫达”.");
    }
}
