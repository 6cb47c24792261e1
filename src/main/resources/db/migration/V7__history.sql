-- The history of every change, append-only: one row an entry, in the chain of the order (or of the
-- factory, for a change to the factory alone) it belongs to. {@code line} is the entry exactly as it
-- stands in that folder's history.jsonl; {@code hash} is the SHA-256 of that line, which the next
-- entry of the chain carries. No foreign keys: the history of an order deleted as a draft stays.
-- Depends on V1 (the orders and factories its ids name).
CREATE TABLE history_entry (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER,
    factory_id INTEGER,
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    line       TEXT NOT NULL,
    hash       TEXT NOT NULL CHECK (length(hash) = 64),
    CHECK ((order_id IS NULL) <> (factory_id IS NULL))
);
CREATE UNIQUE INDEX history_entry_order_seq ON history_entry (order_id, seq) WHERE order_id IS NOT NULL;
CREATE UNIQUE INDEX history_entry_factory_seq ON history_entry (factory_id, seq) WHERE factory_id IS NOT NULL;

CREATE TRIGGER history_entry_append_only_update BEFORE UPDATE ON history_entry
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;

CREATE TRIGGER history_entry_append_only_delete BEFORE DELETE ON history_entry
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;
