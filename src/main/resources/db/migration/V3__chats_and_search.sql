-- Chats with factories, read from the files kept in Chat and agreements, and the search index.
-- Depends on V1 only.

-- One row per chat file: how it was read and who is who, so it reads the same way again.
CREATE TABLE chat (
    evidence_id    INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    order_id       INTEGER NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    format         TEXT NOT NULL,
    me             TEXT,
    them           TEXT,
    message_count  INTEGER NOT NULL CHECK (message_count >= 0)
);
CREATE INDEX chat_by_order ON chat (order_id);

-- The messages of each chat file. The id is made from the chat's evidence id and the message's
-- place in the file, so a rebuild gives every message its id back.
CREATE TABLE chat_message (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    evidence_id  INTEGER NOT NULL REFERENCES chat (evidence_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    sent_at      TEXT NOT NULL,
    sender       TEXT NOT NULL,
    from_me      INTEGER NOT NULL CHECK (from_me IN (0, 1)),
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    pinned       INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    UNIQUE (evidence_id, position)
);
CREATE INDEX chat_message_by_order ON chat_message (order_id, sent_at);

-- The search index: one entry per factory, order, file and chat message. folded holds its words
-- as SearchText.fold leaves them (no tones, đ as d, lower case), ended with a space so that every
-- two characters of the text start one of its trigrams; words holds the same with each Chinese
-- character as a space, so that its tokens are the words a search matches the start of. The id is
-- the kind in the high bits and the record's id in the low bits, so each kind is one range of ids.
CREATE TABLE search_entry (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    record_id  INTEGER NOT NULL,
    folded     TEXT NOT NULL,
    words      TEXT NOT NULL
);

-- Trigrams of the folded text: finds any run of 3 or more characters (Chinese, digits, words).
CREATE VIRTUAL TABLE search_fts USING fts5(
    folded,
    content = 'search_entry',
    content_rowid = 'id',
    tokenize = 'trigram'
);

-- The trigrams the index holds: 2 Chinese characters or digits are looked up as the trigrams they start.
CREATE VIRTUAL TABLE search_trigrams USING fts5vocab(search_fts, 'row');

-- Whole words, with an index of their first 1, 2 and 3 letters: finds the words that start with
-- what was typed.
CREATE VIRTUAL TABLE search_words USING fts5(
    words,
    content = 'search_entry',
    content_rowid = 'id',
    tokenize = 'unicode61',
    prefix = '1 2 3'
);

CREATE TRIGGER search_entry_added AFTER INSERT ON search_entry BEGIN
    INSERT INTO search_fts (rowid, folded) VALUES (new.id, new.folded);
    INSERT INTO search_words (rowid, words) VALUES (new.id, new.words);
END;

CREATE TRIGGER search_entry_removed AFTER DELETE ON search_entry BEGIN
    INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    INSERT INTO search_words (search_words, rowid, words) VALUES ('delete', old.id, old.words);
END;

CREATE TRIGGER search_entry_changed AFTER UPDATE ON search_entry BEGIN
    INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    INSERT INTO search_words (search_words, rowid, words) VALUES ('delete', old.id, old.words);
    INSERT INTO search_fts (rowid, folded) VALUES (new.id, new.folded);
    INSERT INTO search_words (rowid, words) VALUES (new.id, new.words);
END;

-- Which version of the folding the index was built with; the app fills the index (again) when
-- this is behind, such as right after this migration on a database that already has records.
CREATE TABLE search_index_state (
    folding_version  INTEGER NOT NULL
);
