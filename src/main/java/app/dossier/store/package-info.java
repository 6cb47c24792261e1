/**
 * The records' storage: the repository interfaces the services call with an opaque {@link
 * app.dossier.store.Session}, and behind them the SQLite database (connection, versioned migrations,
 * one table class per record), the only code that knows JDBC or SQLite.
 */
package app.dossier.store;
