package app.dossier.ui.receiving;

import app.dossier.ui.common.Texts;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

/** One count against what was expected, in words while it is typed: "20 short", "All 200 here", "5 more than ordered". */
public final class CountCheck {
    /** How the count compares with what was expected. */
    public enum Difference { UNKNOWN, SHORT, EXACT, OVER }

    private final ObjectBinding<Difference> difference;
    private final StringBinding words;

    CountCheck(Texts texts, Supplier<Long> expected, Supplier<Long> counted, Observable... dependencies) {
        difference = Bindings.createObjectBinding(() -> compare(expected.get(), counted.get()), dependencies);
        words = Bindings.createStringBinding(() -> words(texts, expected.get(), counted.get()), dependencies);
    }

    /** "20 short", "All 200 here", "5 more than ordered"; empty while either number is unknown. */
    static String words(Texts texts, Long expected, Long counted) {
        return switch (compare(expected, counted)) {
            case UNKNOWN -> "";
            case SHORT -> texts.get("receiving.short", expected - counted);
            case OVER -> texts.get("receiving.over", counted - expected);
            case EXACT -> texts.get("receiving.exact", expected);
        };
    }

    private static Difference compare(Long expected, Long counted) {
        if (expected == null || counted == null) {
            return Difference.UNKNOWN;
        }
        return counted < expected ? Difference.SHORT : counted > expected ? Difference.OVER : Difference.EXACT;
    }

    public ObjectBinding<Difference> differenceProperty() {
        return difference;
    }

    /** Empty until both numbers are known. */
    public StringBinding wordsProperty() {
        return words;
    }
}
