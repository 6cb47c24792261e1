-- People, not PCs: each person signs in with a login of their own, made a member of one of three
-- group roles; what each may do is granted here, table by table, and checked by the server whatever
-- program the login is used from. The services refuse the same changes first (domain RoleRules).
--   dossier_desk       everything (the login that owns these tables, which made them, is the desk too)
--   dossier_warehouse  reads everything; writes receiving records, their defects, the files it adds
--                      (photos) and the history and search entries a receiving save writes
--   dossier_viewer     reads only
-- Roles belong to the server, not to one database: they are made here when the login running the
-- migrations may make roles (CREATEROLE), else by the server's administrator with the SQL that
-- `dossier team add-person` prints, which then calls dossier_grant_roles() again.
-- Why: docs/decisions/0032-people-and-roles-on-postgresql.md.

DO $$
DECLARE
    r text;
BEGIN
    IF (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        FOREACH r IN ARRAY ARRAY['dossier_desk', 'dossier_warehouse', 'dossier_viewer'] LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                BEGIN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL; -- made at the same moment by another database's migration on this server
                END;
            END IF;
        END LOOP;
    END IF;
END;
$$;

-- Gives each group role that exists its rights on this database's tables; called again whenever the
-- roles are made later, and by each migration that adds a table (after replacing this function).
-- Connecting to the database and using its schema are everyone's by PostgreSQL's defaults (PUBLIC),
-- and are left so: granting them would need the database's and the schema's owner, which the login
-- running the migrations need not be.
CREATE OR REPLACE FUNCTION dossier_grant_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    records text := 'factory, purchase_order, evidence, payment, receiving_record, receiving_defect,'
        || ' receiving_defect_evidence, dispute, dispute_event, chat, chat_message, search_entry,'
        || ' search_index_state, business_profile, history_entry, flyway_schema_history';
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

-- A file the warehouse adds is a photo of a delivery (Receiving and QC), whatever program adds it: a
-- login that may record payments (the desk, the owner) adds any. Reads, and the desk's changes, as before.
ALTER TABLE evidence ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_by_role ON evidence USING (true)
    WITH CHECK (category = 'RECEIVING' OR has_table_privilege('payment', 'INSERT'));
