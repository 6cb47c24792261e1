package app.dossier.service;

/** One page drawn as a picture, {@code width} × {@code height} pixels, row by row as ARGB. */
public record PageImage(int width, int height, int[] argb) {
}
