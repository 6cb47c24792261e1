package app.dossier.packet;

import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.InvalidInputException;
import app.dossier.files.AtomicFile;
import app.dossier.files.SafeNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A folder ready for a 1688 refund request: the chosen photos as JPG files of less than 1 MB each
 * (at most 5, as the platform takes), named in the order chosen, and {@code description.txt} with the
 * description to paste, 2 to 150 characters.
 */
public final class RefundRequestFolder {
    public static final int MAX_IMAGES = 5;
    /** "Under 1 MB", read strictly: under 1,000,000 bytes, with room to spare. */
    public static final int MAX_IMAGE_BYTES = 990_000;
    public static final int MIN_DESCRIPTION = 2;
    public static final int MAX_DESCRIPTION = 150;
    public static final String DESCRIPTION_FILE = "description.txt";
    /** Long side of an uploaded photo: enough to see a crack, small enough for the limit. */
    static final int MAX_EDGE = 2000;

    /** What was written: the images in upload order and the description file. */
    public record Written(Path folder, List<Path> images, Path description) {
        public Written {
            images = List.copyOf(images);
        }
    }

    /**
     * @param chosen 1 to 5 image files from the case file, in the order they should be uploaded
     * @param photos where each file is on disk and how it is turned
     * @throws InvalidInputException when the description or the number of images is outside the
     *                               platform's limits, or an image cannot be read
     * @throws DossierException when the folder cannot be written
     */
    public Written write(Path folder, String description, List<Evidence> chosen, Function<Evidence, PacketPhoto> photos) {
        String text = checkDescription(description);
        if (chosen.isEmpty() || chosen.size() > MAX_IMAGES) {
            throw new InvalidInputException("A 1688 refund request takes 1 to " + MAX_IMAGES + " images; "
                    + chosen.size() + " are chosen." + (chosen.size() > MAX_IMAGES ? " Choose the clearest five." : ""));
        }
        List<byte[]> jpegs = new ArrayList<>();
        for (Evidence evidence : chosen) {
            jpegs.add(jpeg(evidence, photos.apply(evidence)));
        }
        try {
            Files.createDirectories(folder);
            List<Path> images = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Path image = folder.resolve((i + 1) + " " + baseName(chosen.get(i).fileName()) + ".jpg");
                place(folder, image, jpegs.get(i));
                images.add(image);
            }
            Path descriptionFile = folder.resolve(DESCRIPTION_FILE);
            place(folder, descriptionFile, (text + "\n").getBytes(StandardCharsets.UTF_8));
            return new Written(folder, images, descriptionFile);
        } catch (IOException e) {
            throw new DossierException("The refund request folder " + folder + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    /** The description as it will be sent (NFC, trimmed), or a message saying how long it may be. */
    public static String checkDescription(String description) {
        String text = description == null ? "" : Normalizer.normalize(description, Normalizer.Form.NFC).strip();
        int length = text.codePointCount(0, text.length());
        if (length < MIN_DESCRIPTION || length > MAX_DESCRIPTION) {
            throw new InvalidInputException("A 1688 refund description has " + MIN_DESCRIPTION + " to " + MAX_DESCRIPTION
                    + " characters; this one has " + length + ".");
        }
        return text;
    }

    private static byte[] jpeg(Evidence evidence, PacketPhoto where) {
        if (where == null || !Files.isRegularFile(where.file())) {
            throw new InvalidInputException(evidence.fileName() + " is not in the case file's folder; "
                    + "run verify, or choose another image.");
        }
        try {
            return PhotoScaler.scale(where.file(), where.orientation(), MAX_EDGE, MAX_EDGE, MAX_IMAGE_BYTES).jpeg();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(evidence.fileName() + " cannot be read as an image; choose another.");
        }
    }

    /** The file's name without its extension, made safe as every name Dossier writes is. */
    static String baseName(String fileName) {
        String name = Objects.requireNonNullElse(fileName, "image");
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return SafeNames.segment(name, "image");
    }

    private static void place(Path folder, Path target, byte[] bytes) throws IOException {
        AtomicFile.writeThrough(PacketTempFiles.create(folder), target, out -> out.write(bytes));
    }
}
