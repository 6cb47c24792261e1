package app.dossier.cli;

import java.util.Locale;

/** Byte counts the way people read them: "840 bytes", "12.3 MB". */
final class Sizes {
    private Sizes() {
    }

    static String of(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
