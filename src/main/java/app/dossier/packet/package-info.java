/**
 * The dispute packet: a bilingual PDF/A file with the claim, the messages, the timeline and every
 * piece of evidence, and the folder of images and description a 1688 refund request takes.
 * Depends on {@code domain} and PDFBox only.
 */
package app.dossier.packet;
