-- An order or a factory that holds evidence is archived, not deleted: hidden from the lists by default,
-- kept, verified and backed up like any other. NULL: not archived. Depends on V1.
ALTER TABLE purchase_order ADD COLUMN archived_at TEXT;
ALTER TABLE factory ADD COLUMN archived_at TEXT;
