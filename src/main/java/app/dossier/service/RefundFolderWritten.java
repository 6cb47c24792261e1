package app.dossier.service;

import java.nio.file.Path;
import java.util.List;

/** The folder written for the 1688 refund form: its images and its description file. */
public record RefundFolderWritten(Path folder, List<Path> images, Path description) {
}
