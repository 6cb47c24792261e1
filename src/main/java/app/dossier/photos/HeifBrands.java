package app.dossier.photos;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Tells an HEIF picture by its first box ({@code ftyp}), as ISO/IEC 23008-12 names its brands. */
public final class HeifBrands {
    private static final Set<String> BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");

    private HeifBrands() {
    }

    /** Whether {@code head} (the first {@code length} bytes of a file) starts an HEIF picture. */
    public static boolean isHeif(byte[] head, int length) {
        if (length < 16 || !"ftyp".equals(new String(head, 4, 4, StandardCharsets.ISO_8859_1))) {
            return false;
        }
        int boxSize = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        int end = Math.min(length, Math.max(16, boxSize));
        if (BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return true;
        }
        for (int at = 16; at + 4 <= end; at += 4) {
            String brand = new String(head, at, 4, StandardCharsets.ISO_8859_1);
            if (brand.equals("heic") || brand.equals("heix")) {
                return true;
            }
        }
        return false;
    }
}
