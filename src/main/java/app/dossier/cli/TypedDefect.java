package app.dossier.cli;

import app.dossier.domain.DefectKind;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A defect as typed after {@code --defect}: {@code KIND=COUNT}, then the files that show it after a
 * colon, by name: {@code cracked=3:IMG_0931.jpg,IMG_0932.jpg}, {@code damaged-packaging=1}.
 */
record TypedDefect(DefectKind kind, long count, List<String> files) {
    TypedDefect {
        files = List.copyOf(files);
    }

    static TypedDefect parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new InvalidInputException(Refusal.DEFECT_TYPED_WRONG.with(text));
        }
        String typedKind = text.substring(0, equals);
        DefectKind kind = DefectKind.fromTyped(typedKind).orElseThrow(() -> new InvalidInputException(
                Refusal.DEFECT_KIND_UNKNOWN.with(typedKind.strip(), Arrays.stream(DefectKind.values())
                        .map(DefectKind::typed).collect(Collectors.joining(", ")))));
        String rest = text.substring(equals + 1);
        int colon = rest.indexOf(':');
        String typedCount = (colon < 0 ? rest : rest.substring(0, colon)).strip();
        long count;
        try {
            count = Converters.whole(typedCount);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(Refusal.DEFECT_TYPED_WRONG.with(text));
        }
        List<String> files = colon < 0 ? List.of() : Arrays.stream(rest.substring(colon + 1).split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        return new TypedDefect(kind, count, files);
    }
}
