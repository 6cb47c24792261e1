-- As SQLite's V9: the other pages of a chat exported in several files, and the zone of its times.
ALTER TABLE chat ADD COLUMN zone TEXT;

CREATE TABLE chat_page (
    evidence_id       BIGINT PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    chat_evidence_id  BIGINT NOT NULL REFERENCES chat (evidence_id) ON DELETE CASCADE,
    position          BIGINT NOT NULL CHECK (position >= 1),
    UNIQUE (chat_evidence_id, position)
);
