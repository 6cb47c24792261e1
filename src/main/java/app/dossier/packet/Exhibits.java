package app.dossier.packet;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file of a packet numbered in the order the packet shows them (category by category, each in
 * the order it happened): 图1, 图2… / Exhibit 1… / Hình 1…. The file's pages, the index of exhibits
 * and the texts that say "photos attached" all use these numbers.
 */
final class Exhibits {
    /**
     * The words the drafted claim and message use for "photos attached", by language; the packet
     * replaces them with the numbers of the receiving files ("见图8–图11").
     */
    private static final Map<Language, String> ATTACHED = Map.of(
            Language.CHINESE, "照片见附件",
            Language.ENGLISH, "photos attached",
            Language.VIETNAMESE, "có ảnh kèm theo");

    private final Map<Long, Integer> numbers = new LinkedHashMap<>();
    private final List<Evidence> inOrder = new ArrayList<>();
    private final CaseFile caseFile;

    Exhibits(CaseFile caseFile) {
        this.caseFile = caseFile;
        for (EvidenceCategory category : EvidenceCategory.values()) {
            for (Evidence e : EvidencePages.inOrder(caseFile, category)) {
                inOrder.add(e);
                numbers.put(e.id(), inOrder.size());
            }
        }
    }

    /** The files in exhibit order: exhibit n is element n - 1. */
    List<Evidence> all() {
        return List.copyOf(inOrder);
    }

    int number(Evidence evidence) {
        Integer n = numbers.get(evidence.id());
        if (n == null) {
            throw new IllegalArgumentException("not in this packet: " + evidence.fileName());
        }
        return n;
    }

    /** "图5" / "Exhibit 5" / "Hình 5" */
    static String one(int number, Language language) {
        return Label.EXHIBIT.in(language, number);
    }

    /** "图5 / Exhibit 5" */
    static String both(int number, Labels labels) {
        return labels.bilingual() ? one(number, Language.CHINESE) + Labels.SEP + one(number, labels.buyer())
                : one(number, Language.CHINESE);
    }

    /**
     * The exhibits of these files, consecutive numbers as a range: "图3、图8–图11", "Exhibit 3, Exhibits 8–11";
     * empty when none is in the packet.
     */
    String cited(java.util.Collection<Long> evidenceIds, Language language) {
        List<Integer> cited = evidenceIds.stream().map(numbers::get).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            int first = cited.get(i);
            while (i + 1 < cited.size() && cited.get(i + 1) == cited.get(i) + 1) {
                i++;
            }
            int last = cited.get(i);
            runs.add(first == last ? one(first, language) : Label.EXHIBITS.in(language, first, last));
        }
        return String.join(language == Language.CHINESE ? "、" : ", ", runs);
    }

    /** The numbers of the files that show what was received and found ("图8–图11"), or of every file when there are none. */
    String received(Language language) {
        List<Integer> cited = new ArrayList<>();
        for (Evidence e : EvidencePages.inOrder(caseFile, EvidenceCategory.RECEIVING)) {
            cited.add(number(e));
        }
        if (cited.isEmpty()) {
            inOrder.forEach(e -> cited.add(number(e)));
        }
        if (cited.isEmpty()) {
            return "";
        }
        int first = cited.get(0);
        int last = cited.get(cited.size() - 1);
        return first == last ? one(first, language) : Label.EXHIBITS.in(language, first, last);
    }

    /**
     * The text with its "photos attached" replaced by the numbers it means: "（照片见附件）" becomes
     * "（见图8–图11）". Text without those words, or a packet without files, is left as it is.
     */
    String cite(String text, Language language) {
        String attached = ATTACHED.get(language);
        String numbers = received(language);
        if (text == null || attached == null || numbers.isEmpty() || !text.contains(attached)) {
            return text;
        }
        return text.replace(attached, Label.SEE_EXHIBITS.in(language, numbers));
    }

}
