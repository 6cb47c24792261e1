/** The warehouse screen: find the order that arrived, count, check, photograph, save in one step. */
package app.dossier.ui.receiving;
