package app.dossier.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What systems and sync tools leave beside the user's files is known as such, whatever its case. */
class SystemFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {".DS_Store", "Thumbs.db", "THUMBS.DB", "ehthumbs.db", "desktop.ini", "Desktop.ini",
            "Icon\r", "._ảnh lỗi.jpg", ".~lock.hợp đồng.docx#", ".stfolder", ".dropbox.attr", "$RECYCLE.BIN",
            ".Spotlight-V100", ".Trashes"})
    void theSystemsOwnFilesAreKnown(String name) {
        assertThat(SystemFiles.isSystemFile(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ảnh lỗi.jpg", "thumbs.jpg", "desktop.ini.txt", "Icon", "_DS_Store", "hợp đồng.docx",
            ".dossier-1.part"})
    void theUsersFilesAreNot(String name) {
        assertThat(SystemFiles.isSystemFile(name)).isFalse();
    }
}
