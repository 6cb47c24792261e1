/**
 * Photos as phones make them: decoding JPEG, PNG, WebP and HEIC into pixels, whatever the camera
 * wrote after the picture, for thumbnails, the packet and the refund folder.
 */
package app.dossier.photos;
