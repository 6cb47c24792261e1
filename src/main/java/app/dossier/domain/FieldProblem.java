package app.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with a record as typed: the field it is about, the refusal that says why, and that
 * refusal's values as they are (counts, dates, amounts). The rules ({@link OrderRules},
 * {@link PaymentRules}, {@link ReceivingRules}, {@link FactoryRules}, {@link DisputeStepRules},
 * {@link AttachRules}, {@link BusinessProfileRules}) return these; the services refuse the first, the
 * window shows each under its field, the command line prints the English.
 */
public record FieldProblem(Field field, Refusal refusal, List<Object> values) {
    public FieldProblem {
        values = List.copyOf(values);
    }

    public static FieldProblem of(Field field, Refusal refusal, Object... values) {
        return new FieldProblem(field, refusal, Arrays.asList(values));
    }

    /** What is wrong with the text typed into a text field, if anything (see {@link TextLimit}). */
    public static Optional<FieldProblem> text(Field field, String text) {
        return field.limit().problem(text).map(problem -> {
            Refusal.Wording wording = field.limit().refusal(problem, text);
            return new FieldProblem(field, wording.refusal(), List.copyOf(wording.values()));
        });
    }

    /** Adds the text problems of each field with its text: {@code field, text, field, text…}. */
    static void texts(List<FieldProblem> into, Object... fieldsAndTexts) {
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            text((Field) fieldsAndTexts[i], (String) fieldsAndTexts[i + 1]).ifPresent(into::add);
        }
    }

    /** The refusal with its values as shown: dates and amounts as people type them, everything else as it is. */
    public Refusal.Wording wording() {
        List<Object> shown = new ArrayList<>();
        for (Object value : values) {
            shown.add(value instanceof LocalDateTime t ? DateInput.format(t)
                    : value instanceof LocalDate d ? DateInput.format(d)
                    : value instanceof Money m ? MoneyParser.format(m) : value);
        }
        return refusal.with(shown.toArray());
    }

    /** The problems about {@code field}. */
    public static List<FieldProblem> about(List<FieldProblem> problems, Field field) {
        return problems.stream().filter(p -> p.field() == field).toList();
    }

    /**
     * Refuses a record that has any problem, with the first, as an {@link InvalidInputException} the
     * window words in its language and the command line prints in English.
     */
    public static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).wording());
        }
    }
}
