package app.dossier.cli;

import app.dossier.domain.DefectKind;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.Refusal;
import app.dossier.domain.words.Words;
import app.dossier.service.EvidenceService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a typed defect names, found by their names: first among the photos given with
 * {@code --photo} in the same command (a folder given holds them), then among the files the order
 * already keeps; and a defect's lines as {@code show} and {@code defects} print them.
 */
final class DefectFiles {
    /** The defects with the files already kept, and for each kind the new photos that show it. */
    record Resolved(List<ReceivingDefect> defects, Map<DefectKind, List<Path>> newPhotosShowing) {
    }

    private DefectFiles() {
    }

    static Resolved resolve(List<TypedDefect> typed, List<Path> photos, List<Evidence> kept, String orderLabel) {
        List<Path> given = typed.stream().allMatch(t -> t.files().isEmpty()) ? List.of()
                : EvidenceService.filesIn(photos);
        List<ReceivingDefect> defects = new ArrayList<>();
        Map<DefectKind, List<Path>> showing = new LinkedHashMap<>();
        for (TypedDefect t : typed) {
            List<Long> ids = new ArrayList<>();
            for (String name : t.files()) {
                Optional<Path> photo = newPhoto(name, given);
                if (photo.isPresent()) {
                    showing.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(photo.get());
                    continue;
                }
                Evidence file = kept.stream().filter(e -> e.fileName().equals(name) || e.file().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new DossierException(Refusal.DEFECT_FILE_UNKNOWN.with(name, orderLabel)));
                ids.add(file.id());
            }
            defects.add(new ReceivingDefect(t.kind(), t.count(), ids));
        }
        return new Resolved(defects, showing);
    }

    private static Optional<Path> newPhoto(String name, List<Path> photos) {
        return photos.stream().filter(p -> p.getFileName() != null && p.getFileName().toString().equals(name))
                .findFirst();
    }

    /** "cracked or broken  3  Receiving and QC/IMG_0931.jpg, …" for each defect, in the order named. */
    static List<String> lines(List<ReceivingDefect> defects, List<Evidence> files) {
        Words words = Words.english();
        List<String> out = new ArrayList<>();
        for (ReceivingDefect d : defects) {
            List<String> shown = names(d, files);
            out.add(words.defect(d.kind()) + "  " + d.count() + (shown.isEmpty() ? "" : "  " + String.join(", ", shown)));
        }
        return out;
    }

    /** The files that show the defect, by their path in the order's folder. */
    static List<String> names(ReceivingDefect defect, List<Evidence> files) {
        return defect.evidenceIds().stream().map(id -> files.stream().filter(e -> e.id() == id).findFirst()
                .map(Evidence::file).orElse(String.valueOf(id))).toList();
    }
}
