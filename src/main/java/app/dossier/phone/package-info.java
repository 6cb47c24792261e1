/**
 * Receiving from the warehouse's phone: a page Dossier serves on the local network, under an address
 * with a secret token, that lists the orders waiting for goods and saves a receiving record with its
 * photos through the same service as the desktop. No JavaFX here: the desktop and
 * {@code dossier serve --receiving} both turn it on.
 */
package app.dossier.phone;
