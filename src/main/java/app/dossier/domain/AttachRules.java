package app.dossier.domain;

import java.util.ArrayList;
import java.util.List;

/** What files brought into a case file need besides their content: a category, and a caption that fits. */
public final class AttachRules {
    private AttachRules() {
    }

    /** Everything wrong with attaching files to {@code category} with {@code caption}; empty when they can be. */
    public static List<FieldProblem> problems(EvidenceCategory category, String caption) {
        List<FieldProblem> out = new ArrayList<>();
        if (category == null) {
            out.add(FieldProblem.of(Field.CATEGORY, Refusal.CATEGORY_REQUIRED));
        }
        FieldProblem.text(Field.CAPTION, caption).ifPresent(out::add);
        return out;
    }
}
