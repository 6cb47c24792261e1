/**
 * The SQLite database: connection, versioned migrations, and one table class per record.
 * SQL stays portable so that a PostgreSQL store can sit behind the same service layer.
 */
package app.dossier.store;
