-- As SQLite's V9: the other pages of a chat exported in several files, and the zone of its times.
ALTER TABLE chat ADD COLUMN zone TEXT;

CREATE TABLE chat_page (
    evidence_id       BIGINT PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    chat_evidence_id  BIGINT NOT NULL REFERENCES chat (evidence_id) ON DELETE CASCADE,
    position          BIGINT NOT NULL CHECK (position >= 1),
    UNIQUE (chat_evidence_id, position)
);

-- The roles read the new table as they read the chats; only the desk writes it (V2__roles.sql).
CREATE OR REPLACE FUNCTION dossier_grant_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    records text := 'factory, purchase_order, evidence, payment, receiving_record, receiving_defect,'
        || ' receiving_defect_evidence, dispute, dispute_event, chat, chat_message, search_entry,'
        || ' search_index_state, business_profile, history_entry, flyway_schema_history, chat_page';
    sequences text := 'factory_id_seq, purchase_order_id_seq, evidence_id_seq, payment_id_seq,'
        || ' receiving_record_id_seq, receiving_defect_id_seq, dispute_id_seq, dispute_event_id_seq,'
        || ' history_entry_id_seq';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossier_desk') THEN
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ' || records || ' TO dossier_desk';
        EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM dossier_desk';
        EXECUTE 'GRANT USAGE, SELECT, UPDATE ON SEQUENCE ' || sequences || ' TO dossier_desk';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossier_warehouse') THEN
        EXECUTE 'GRANT SELECT ON ' || records || ' TO dossier_warehouse';
        -- the receiving record and its defects, written again as a whole when corrected
        GRANT INSERT, UPDATE, DELETE ON receiving_record, receiving_defect, receiving_defect_evidence
            TO dossier_warehouse;
        -- the photos of a delivery, added to the order's files; nothing else of a file is changed
        GRANT INSERT ON evidence TO dossier_warehouse;
        -- the order's history says what the save did; the search finds the new photos
        GRANT INSERT ON history_entry TO dossier_warehouse;
        GRANT INSERT, UPDATE, DELETE ON search_entry TO dossier_warehouse;
        GRANT USAGE, SELECT, UPDATE ON SEQUENCE evidence_id_seq, receiving_record_id_seq, receiving_defect_id_seq,
            history_entry_id_seq TO dossier_warehouse;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossier_viewer') THEN
        EXECUTE 'GRANT SELECT ON ' || records || ' TO dossier_viewer';
    END IF;
END;
$$;

SELECT dossier_grant_roles();
