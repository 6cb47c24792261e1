/**
 * One method per use case. Each change is one database transaction together with the files it
 * touches in the case-file tree: all of it happens, or none of it does. Synchronous and JavaFX-free.
 */
package app.dossier.service;
