-- Who the buyer is, said on the first page of every dispute packet: one row or none (none until it is
-- first saved). Every field is optional text. Depends on nothing before it.
CREATE TABLE business_profile (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT,
    company     TEXT,
    contact     TEXT,
    member_name TEXT,
    wechat_id   TEXT
);
