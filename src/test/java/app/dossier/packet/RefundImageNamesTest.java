package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.files.SafeNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An image in the refund folder is named as the case files name it: a name Windows refuses is made
 * safe once, the same way everywhere, and one already safe is kept as it is.
 */
class RefundImageNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CON.jpg | CON_",
            "lpt1.JPG | lpt1_",
            "ảnh: lỗi?.jpg | ảnh_ lỗi_",
            "thùng móp... .jpg | thùng móp",
            "\u202Egpj.exe | gpj",
            "... .jpg | image"})
    void aNameWindowsRefusesIsMadeSafeAsTheTreeMakesIt(String original, String expected) {
        assertThat(RefundRequestFolder.baseName(original)).isEqualTo(expected);
        assertThat(RefundRequestFolder.baseName(expected + ".jpg")).as("made safe once: kept as it is after")
                .isEqualTo(expected);
        assertThat(SafeNames.isSafeSegment(expected)).isTrue();
    }
}
