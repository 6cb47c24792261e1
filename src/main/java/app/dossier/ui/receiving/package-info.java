/**
 * The warehouse screen: find the order that arrived, see the sample plan, count, check, photograph,
 * save in one step.
 */
package app.dossier.ui.receiving;
