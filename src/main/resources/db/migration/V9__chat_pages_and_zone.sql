-- A chat exported in several files (PyWxDump's pages of 5,000 messages) is one conversation: its
-- messages are kept under its first page, and the other pages are listed here in the order they are
-- read, each kept as evidence of its own. zone: the time zone the chat's times were written in, as
-- the user said when importing it (NULL for chats kept before, read on the computer's clock).
-- Depends on V3.
ALTER TABLE chat ADD COLUMN zone TEXT;

CREATE TABLE chat_page (
    evidence_id       INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    chat_evidence_id  INTEGER NOT NULL REFERENCES chat (evidence_id) ON DELETE CASCADE,
    position          INTEGER NOT NULL CHECK (position >= 1),
    UNIQUE (chat_evidence_id, position)
);
