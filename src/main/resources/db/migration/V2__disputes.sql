-- The dispute workflow: the resolution proposed to the factory, the message texts as edited,
-- and the dated steps (sent, factory replied, escalated, resolved, closed) with their evidence.

ALTER TABLE dispute ADD COLUMN resolution_kind TEXT
    CHECK (resolution_kind IS NULL OR resolution_kind IN ('REFUND', 'REPLACEMENT', 'DISCOUNT'));
ALTER TABLE dispute ADD COLUMN resolution_amount_minor INTEGER;
ALTER TABLE dispute ADD COLUMN resolution_currency TEXT;
ALTER TABLE dispute ADD COLUMN resolution_vnd_minor INTEGER;
ALTER TABLE dispute ADD COLUMN resolution_units INTEGER;
ALTER TABLE dispute ADD COLUMN resolution_percent TEXT;
ALTER TABLE dispute ADD COLUMN buyer_language TEXT NOT NULL DEFAULT 'vi';
ALTER TABLE dispute ADD COLUMN factory_message TEXT;
ALTER TABLE dispute ADD COLUMN buyer_message TEXT;

CREATE TABLE dispute_event (
    id            INTEGER PRIMARY KEY,
    dispute_id    INTEGER NOT NULL REFERENCES dispute (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    status        TEXT NOT NULL,
    at            TEXT NOT NULL,
    note          TEXT,
    evidence_ids  TEXT,
    UNIQUE (dispute_id, position)
);
