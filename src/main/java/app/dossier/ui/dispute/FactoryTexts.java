package app.dossier.ui.dispute;

import app.dossier.domain.CaseFile;
import app.dossier.domain.ChineseText;
import app.dossier.domain.Evidence;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Text;
import app.dossier.service.DisputeDraft;
import app.dossier.ui.common.DefectWords;
import app.dossier.ui.common.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Before the factory's copy is made: the texts its staff will read that are not written in Chinese
 * (captions of the order's files, the receiving record's packaging and defect notes). A caption of a
 * photo that shows a named defect gets a Chinese caption made from the defect, set with one click.
 * Nothing here stops the packet from being made.
 */
public final class FactoryTexts {
    /**
     * One text the factory reads that is not in Chinese.
     *
     * @param what       where it is, in the window's language ("Caption of o1-defect-closeup.jpg")
     * @param evidenceId the file whose caption it is; null for a note of the receiving record
     * @param suggestion a caption in Chinese made from the defects the photo shows; null when none
     */
    public record Item(String what, String text, Long evidenceId, String suggestion) {
    }

    private final DisputeWorkViewModel work;
    private final Texts texts;
    private final ObservableList<Item> items = FXCollections.observableArrayList();

    FactoryTexts(DisputeWorkViewModel work) {
        this.work = work;
        this.texts = work.texts();
    }

    /** The texts not in Chinese, those with a Chinese caption to offer first. */
    public ObservableList<Item> items() {
        return items;
    }

    /** Sets the Chinese caption offered for a file; the dispute is read again, and the text leaves the list. */
    public void useSuggestion(Item item) {
        if (item.evidenceId() == null || item.suggestion() == null) {
            return;
        }
        work.run(texts.get("dispute.chinese.setting"),
                progress -> work.context().services().evidence().setCaption(item.evidenceId(), item.suggestion()),
                set -> work.changed(texts.get("dispute.chinese.set", set.fileName(), item.suggestion())), null);
    }

    void load(DisputeDraft draft) {
        items.setAll(draft == null ? List.of() : of(draft.caseFile(), texts));
    }

    static List<Item> of(CaseFile caseFile, Texts texts) {
        List<Item> list = new ArrayList<>();
        ReceivingRecord receiving = caseFile.receiving();
        String unit = caseFile.order().unit();
        for (Evidence e : caseFile.evidence()) {
            if (!Text.isBlank(e.caption()) && !ChineseText.isChinese(e.caption())) {
                List<ReceivingDefect> shown = receiving == null ? List.of() : receiving.defects().stream()
                        .filter(d -> d.evidenceIds().contains(e.id())).toList();
                String suggestion = shown.isEmpty() ? null : shown.stream()
                        .map(d -> DefectWords.chineseCaption(d.kind(), d.count(), unit))
                        .collect(Collectors.joining("；"));
                list.add(new Item(texts.get("dispute.chinese.caption", e.fileName()), e.caption(), e.id(), suggestion));
            }
        }
        if (receiving != null) {
            note(list, texts.get("dispute.chinese.packagingNotes"), receiving.packagingNotes());
            note(list, texts.get("dispute.chinese.defectNotes"), receiving.defectNotes());
        }
        list.sort(Comparator.comparing((Item i) -> i.suggestion() == null));
        return list;
    }

    private static void note(List<Item> list, String what, String text) {
        if (!Text.isBlank(text) && !ChineseText.isChinese(text)) {
            list.add(new Item(what, text, null, null));
        }
    }
}
