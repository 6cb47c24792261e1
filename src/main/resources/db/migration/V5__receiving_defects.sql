-- The defects the warehouse found, by kind: each kind once per receiving record, with its count
-- (units short, cartons damaged, or units defective) in the order they were entered, and the
-- files of the order that show it. Depends on V1 only.
CREATE TABLE receiving_defect (
    id            INTEGER PRIMARY KEY,
    receiving_id  INTEGER NOT NULL REFERENCES receiving_record (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    kind          TEXT NOT NULL CHECK (kind IN ('SHORT', 'CRACKED', 'SCRATCHED', 'STAINED', 'WRONG_COLOUR',
                      'WRONG_SIZE', 'MISSING_PART', 'NOT_WORKING', 'DAMAGED_PACKAGING', 'WRONG_ITEM', 'OTHER')),
    count         INTEGER NOT NULL CHECK (count > 0),
    UNIQUE (receiving_id, position),
    UNIQUE (receiving_id, kind)
);

-- A file that shows a defect. When the file's evidence row goes, so does the link.
CREATE TABLE receiving_defect_evidence (
    defect_id    INTEGER NOT NULL REFERENCES receiving_defect (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    evidence_id  INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (defect_id, evidence_id),
    UNIQUE (defect_id, position)
);
CREATE INDEX receiving_defect_evidence_by_file ON receiving_defect_evidence (evidence_id);
