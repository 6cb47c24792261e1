-- The records of every case file. Money is stored in the currency's smallest unit (fen, đồng),
-- dates and times as ISO-8601 text, so nothing depends on floating point or on SQLite's types.

CREATE TABLE factory (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    latin_name  TEXT,
    shop_url    TEXT,
    wechat_id   TEXT,
    contact     TEXT,
    notes       TEXT,
    folder      TEXT NOT NULL UNIQUE
);

CREATE TABLE purchase_order (
    id                 INTEGER PRIMARY KEY,
    factory_id         INTEGER NOT NULL REFERENCES factory (id),
    order_number       TEXT UNIQUE,
    channel            TEXT NOT NULL CHECK (channel IN ('PLATFORM', 'OFF_PLATFORM')),
    kind               TEXT NOT NULL CHECK (kind IN ('STANDARD', 'OEM')),
    product            TEXT NOT NULL,
    colors             TEXT,
    sizes              TEXT,
    packaging          TEXT,
    price_at_quantity  TEXT,
    quantity           INTEGER NOT NULL CHECK (quantity > 0),
    unit               TEXT NOT NULL,
    unit_price_minor   INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    currency           TEXT NOT NULL,
    ordered_on         TEXT NOT NULL,
    delivery_deadline  TEXT,
    agreed_on          TEXT,
    notes              TEXT,
    folder             TEXT NOT NULL UNIQUE
);
CREATE INDEX purchase_order_by_factory ON purchase_order (factory_id);

CREATE TABLE evidence (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    category       TEXT NOT NULL CHECK (category IN ('AGREEMENT', 'CONFIRMATION', 'PAYMENT', 'RECEIVING')),
    file           TEXT NOT NULL,
    original_name  TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    size           INTEGER NOT NULL,
    media_type     TEXT NOT NULL,
    captured_at    TEXT,
    added_at       TEXT NOT NULL,
    caption        TEXT,
    UNIQUE (order_id, file),
    UNIQUE (order_id, sha256)
);

CREATE TABLE payment (
    id                 INTEGER PRIMARY KEY,
    order_id           INTEGER NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    paid_on            TEXT NOT NULL,
    amount_minor       INTEGER NOT NULL CHECK (amount_minor > 0),
    currency           TEXT NOT NULL,
    rate_to_vnd        TEXT,
    covers             TEXT NOT NULL CHECK (covers IN ('DEPOSIT', 'BALANCE', 'FULL', 'OTHER')),
    method             TEXT,
    receiving_account  TEXT,
    reference          TEXT,
    acknowledged_at    TEXT,
    proof_evidence_id  INTEGER REFERENCES evidence (id) ON DELETE SET NULL
);
CREATE INDEX payment_by_order ON payment (order_id);

CREATE TABLE receiving_record (
    id                   INTEGER PRIMARY KEY,
    order_id             INTEGER NOT NULL UNIQUE REFERENCES purchase_order (id) ON DELETE CASCADE,
    arrived_at           TEXT NOT NULL,
    parcels_expected     INTEGER,
    parcels_received     INTEGER,
    units_expected       INTEGER NOT NULL CHECK (units_expected >= 0),
    units_received       INTEGER NOT NULL CHECK (units_received >= 0),
    packaging_condition  TEXT NOT NULL CHECK (packaging_condition IN ('INTACT', 'SOME_DAMAGE', 'HEAVY_DAMAGE')),
    packaging_notes      TEXT,
    units_sampled        INTEGER NOT NULL CHECK (units_sampled >= 0),
    defective_units      INTEGER NOT NULL CHECK (defective_units >= 0),
    defect_notes         TEXT,
    inspected_by         TEXT,
    inspected_at         TEXT,
    factory_notified_at  TEXT
);

CREATE TABLE dispute (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    opened_on  TEXT NOT NULL,
    status     TEXT NOT NULL,
    summary    TEXT
);
CREATE INDEX dispute_by_order ON dispute (order_id);
