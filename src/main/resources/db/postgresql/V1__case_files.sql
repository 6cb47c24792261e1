-- The records of every case file on PostgreSQL: the same tables, columns and rules as SQLite's
-- migrations V1 to V8 (db/migration) together, column for column in the same order, so that the
-- same SQL reads and writes both. Money in the currency's smallest unit, dates and times as
-- ISO-8601 text, as there. Where SQLite's types differ: INTEGER is BIGINT (SQLite's integers are
-- 64 bits), REAL is DOUBLE PRECISION. The columns lists are sorted by are compared byte by byte
-- (COLLATE "C"), as SQLite compares them, whatever the server's language.
-- Why one baseline and not eight: docs/decisions/0031-postgresql-as-a-second-store.md.

-- Trigrams of the search index (pg_trgm ships with PostgreSQL; a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- SQLite gives a row the next id when it is inserted with none (NULL); so does this, from the
-- table's own sequence. An id given is kept, and the sequence moves past it.
CREATE FUNCTION dossier_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids regclass := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME || '_id_seq')::regclass;
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(ids);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(ids), 0) THEN
        PERFORM setval(ids, NEW.id);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TABLE factory (
    id          BIGINT PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL,
    latin_name  TEXT,
    shop_url    TEXT,
    wechat_id   TEXT,
    contact     TEXT,
    notes       TEXT,
    folder      TEXT NOT NULL UNIQUE,
    archived_at TEXT
);

CREATE TABLE purchase_order (
    id                 BIGINT PRIMARY KEY,
    factory_id         BIGINT NOT NULL REFERENCES factory (id),
    order_number       TEXT UNIQUE,
    channel            TEXT NOT NULL CHECK (channel IN ('PLATFORM', 'OFF_PLATFORM')),
    kind               TEXT NOT NULL CHECK (kind IN ('STANDARD', 'OEM')),
    product            TEXT NOT NULL,
    colors             TEXT,
    sizes              TEXT,
    packaging          TEXT,
    price_at_quantity  TEXT,
    quantity           BIGINT NOT NULL CHECK (quantity > 0),
    unit               TEXT NOT NULL,
    unit_price_minor   BIGINT NOT NULL CHECK (unit_price_minor >= 0),
    currency           TEXT NOT NULL,
    ordered_on         TEXT COLLATE "C" NOT NULL,
    delivery_deadline  TEXT,
    agreed_on          TEXT,
    notes              TEXT,
    folder             TEXT NOT NULL UNIQUE,
    archived_at        TEXT
);
CREATE INDEX purchase_order_by_factory ON purchase_order (factory_id);

CREATE TABLE evidence (
    id             BIGINT PRIMARY KEY,
    order_id       BIGINT NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    category       TEXT COLLATE "C" NOT NULL CHECK (category IN ('AGREEMENT', 'CONFIRMATION', 'PAYMENT', 'RECEIVING')),
    file           TEXT NOT NULL,
    original_name  TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    size           BIGINT NOT NULL,
    media_type     TEXT NOT NULL,
    captured_at    TEXT,
    added_at       TEXT COLLATE "C" NOT NULL,
    caption        TEXT,
    defect_left    DOUBLE PRECISION CHECK (defect_left BETWEEN 0 AND 1),
    defect_top     DOUBLE PRECISION CHECK (defect_top BETWEEN 0 AND 1),
    defect_width   DOUBLE PRECISION CHECK (defect_width > 0 AND defect_width <= 1),
    defect_height  DOUBLE PRECISION CHECK (defect_height > 0 AND defect_height <= 1),
    UNIQUE (order_id, file),
    UNIQUE (order_id, sha256)
);

CREATE TABLE payment (
    id                 BIGINT PRIMARY KEY,
    order_id           BIGINT NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    paid_on            TEXT COLLATE "C" NOT NULL,
    amount_minor       BIGINT NOT NULL CHECK (amount_minor > 0),
    currency           TEXT NOT NULL,
    rate_to_vnd        TEXT,
    covers             TEXT NOT NULL CHECK (covers IN ('DEPOSIT', 'BALANCE', 'FULL', 'OTHER')),
    method             TEXT,
    receiving_account  TEXT,
    reference          TEXT,
    acknowledged_at    TEXT,
    proof_evidence_id  BIGINT REFERENCES evidence (id) ON DELETE SET NULL
);
CREATE INDEX payment_by_order ON payment (order_id);

CREATE TABLE receiving_record (
    id                   BIGINT PRIMARY KEY,
    order_id             BIGINT NOT NULL UNIQUE REFERENCES purchase_order (id) ON DELETE CASCADE,
    arrived_at           TEXT NOT NULL,
    parcels_expected     BIGINT,
    parcels_received     BIGINT,
    units_expected       BIGINT NOT NULL CHECK (units_expected >= 0),
    units_received       BIGINT NOT NULL CHECK (units_received >= 0),
    packaging_condition  TEXT NOT NULL CHECK (packaging_condition IN ('INTACT', 'SOME_DAMAGE', 'HEAVY_DAMAGE')),
    packaging_notes      TEXT,
    units_sampled        BIGINT NOT NULL CHECK (units_sampled >= 0),
    defective_units      BIGINT NOT NULL CHECK (defective_units >= 0),
    defect_notes         TEXT,
    inspected_by         TEXT,
    inspected_at         TEXT,
    factory_notified_at  TEXT
);

CREATE TABLE receiving_defect (
    id            BIGINT PRIMARY KEY,
    receiving_id  BIGINT NOT NULL REFERENCES receiving_record (id) ON DELETE CASCADE,
    position      BIGINT NOT NULL CHECK (position >= 0),
    kind          TEXT NOT NULL CHECK (kind IN ('SHORT', 'CRACKED', 'SCRATCHED', 'STAINED', 'WRONG_COLOUR',
                      'WRONG_SIZE', 'MISSING_PART', 'NOT_WORKING', 'DAMAGED_PACKAGING', 'WRONG_ITEM', 'OTHER')),
    count         BIGINT NOT NULL CHECK (count > 0),
    UNIQUE (receiving_id, position),
    UNIQUE (receiving_id, kind)
);

CREATE TABLE receiving_defect_evidence (
    defect_id    BIGINT NOT NULL REFERENCES receiving_defect (id) ON DELETE CASCADE,
    position     BIGINT NOT NULL CHECK (position >= 0),
    evidence_id  BIGINT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (defect_id, evidence_id),
    UNIQUE (defect_id, position)
);
CREATE INDEX receiving_defect_evidence_by_file ON receiving_defect_evidence (evidence_id);

CREATE TABLE dispute (
    id                       BIGINT PRIMARY KEY,
    order_id                 BIGINT NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    opened_on                TEXT COLLATE "C" NOT NULL,
    status                   TEXT NOT NULL,
    summary                  TEXT,
    resolution_kind          TEXT
        CHECK (resolution_kind IS NULL OR resolution_kind IN ('REFUND', 'REPLACEMENT', 'DISCOUNT')),
    resolution_amount_minor  BIGINT,
    resolution_currency      TEXT,
    resolution_vnd_minor     BIGINT,
    resolution_units         BIGINT,
    resolution_percent       TEXT,
    buyer_language           TEXT NOT NULL DEFAULT 'vi',
    factory_message          TEXT,
    buyer_message            TEXT
);
CREATE INDEX dispute_by_order ON dispute (order_id);

CREATE TABLE dispute_event (
    id            BIGINT PRIMARY KEY,
    dispute_id    BIGINT NOT NULL REFERENCES dispute (id) ON DELETE CASCADE,
    position      BIGINT NOT NULL,
    status        TEXT NOT NULL,
    at            TEXT NOT NULL,
    note          TEXT,
    evidence_ids  TEXT,
    UNIQUE (dispute_id, position)
);

CREATE TABLE chat (
    evidence_id    BIGINT PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    order_id       BIGINT NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    format         TEXT NOT NULL,
    me             TEXT,
    them           TEXT,
    message_count  BIGINT NOT NULL CHECK (message_count >= 0)
);
CREATE INDEX chat_by_order ON chat (order_id);

CREATE TABLE chat_message (
    id           BIGINT PRIMARY KEY,
    order_id     BIGINT NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    evidence_id  BIGINT NOT NULL REFERENCES chat (evidence_id) ON DELETE CASCADE,
    position     BIGINT NOT NULL CHECK (position >= 0),
    sent_at      TEXT COLLATE "C" NOT NULL,
    sender       TEXT NOT NULL,
    from_me      INTEGER NOT NULL CHECK (from_me IN (0, 1)),
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    pinned       INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    UNIQUE (evidence_id, position)
);
CREATE INDEX chat_message_by_order ON chat_message (order_id, sent_at);

-- The search index, as SQLite's (V3): one entry per factory, order, file and chat message, its words
-- folded by the app (SearchText.fold: no tones, đ as d, lower case), the id the kind in the high bits
-- and the record's id in the low bits. Where SQLite keeps two FTS5 indexes, a trigram index (pg_trgm)
-- on the folded text finds the candidates of LIKE '%…%' for every word; the app checks each as on SQLite.
CREATE TABLE search_entry (
    id         BIGINT PRIMARY KEY,
    kind       TEXT NOT NULL,
    record_id  BIGINT NOT NULL,
    folded     TEXT NOT NULL,
    words      TEXT NOT NULL
);
CREATE INDEX search_entry_trigrams ON search_entry USING gin (folded gin_trgm_ops);

CREATE TABLE search_index_state (
    folding_version  INTEGER NOT NULL
);

CREATE TABLE business_profile (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    name        TEXT,
    company     TEXT,
    contact     TEXT,
    member_name TEXT,
    wechat_id   TEXT
);

CREATE TABLE history_entry (
    id         BIGINT PRIMARY KEY,
    order_id   BIGINT,
    factory_id BIGINT,
    seq        BIGINT NOT NULL CHECK (seq >= 1),
    line       TEXT NOT NULL,
    hash       TEXT NOT NULL CHECK (length(hash) = 64),
    CHECK ((order_id IS NULL) <> (factory_id IS NULL))
);
CREATE UNIQUE INDEX history_entry_order_seq ON history_entry (order_id, seq) WHERE order_id IS NOT NULL;
CREATE UNIQUE INDEX history_entry_factory_seq ON history_entry (factory_id, seq) WHERE factory_id IS NOT NULL;

CREATE FUNCTION history_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the history is append-only';
END;
$$;
CREATE TRIGGER history_entry_append_only BEFORE UPDATE OR DELETE ON history_entry
    FOR EACH ROW EXECUTE FUNCTION history_entry_append_only();

-- The ids SQLite would choose: one sequence and trigger for each table with an id of its own.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['factory', 'purchase_order', 'evidence', 'payment', 'receiving_record',
            'receiving_defect', 'dispute', 'dispute_event', 'history_entry'] LOOP
        EXECUTE format('CREATE SEQUENCE %I', t || '_id_seq');
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION dossier_next_id()',
                t || '_next_id', t);
    END LOOP;
END;
$$;
