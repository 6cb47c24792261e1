-- The search reads each kind of entry (factories, orders, files, chat messages) on its own, newest
-- first (SearchIndex.findOnPostgres): one trigram index for all the kinds made PostgreSQL fetch, for a
-- word found mostly in one kind, every entry of the others to throw them away. So each kind has its own
-- indexes: the trigrams of its folded words (pg_trgm, for LIKE '%…%' of three characters or more) and
-- the pairs of characters in them, for a word of two, as most Chinese words are ("硅胶", "质量"), which
-- no trigram serves. Why: docs/decisions/0034-search-on-postgresql-by-kind.md.

-- Every pair of characters next to each other in the text, each once.
CREATE FUNCTION dossier_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, char_length(t) - 1) AS i
$$;

DROP INDEX search_entry_trigrams;
CREATE INDEX search_factory_trigrams ON search_entry USING gin (folded gin_trgm_ops) WHERE kind = 'FACTORY';
CREATE INDEX search_order_trigrams ON search_entry USING gin (folded gin_trgm_ops) WHERE kind = 'ORDER';
CREATE INDEX search_file_trigrams ON search_entry USING gin (folded gin_trgm_ops) WHERE kind = 'EVIDENCE';
CREATE INDEX search_message_trigrams ON search_entry USING gin (folded gin_trgm_ops) WHERE kind = 'CHAT_MESSAGE';
CREATE INDEX search_factory_pairs ON search_entry USING gin (dossier_bigrams(folded)) WHERE kind = 'FACTORY';
CREATE INDEX search_order_pairs ON search_entry USING gin (dossier_bigrams(folded)) WHERE kind = 'ORDER';
CREATE INDEX search_file_pairs ON search_entry USING gin (dossier_bigrams(folded)) WHERE kind = 'EVIDENCE';
CREATE INDEX search_message_pairs ON search_entry USING gin (dossier_bigrams(folded)) WHERE kind = 'CHAT_MESSAGE';
