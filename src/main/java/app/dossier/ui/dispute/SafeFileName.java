package app.dossier.ui.dispute;

/** A name the user's words give to a new file or folder, with what no file system takes replaced. */
final class SafeFileName {
    private static final int MAX_CODE_POINTS = 80;

    private SafeFileName() {
    }

    static String of(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(cp -> safe.appendCodePoint(
                Character.isISOControl(cp) || "/\\:*?\"<>|".indexOf(cp) >= 0 ? '_' : cp));
        String result = safe.toString().strip();
        if (result.codePointCount(0, result.length()) > MAX_CODE_POINTS) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_CODE_POINTS)).strip();
        }
        while (result.endsWith(".")) {
            result = result.substring(0, result.length() - 1);
        }
        return result.isEmpty() ? "Dossier" : result;
    }
}
