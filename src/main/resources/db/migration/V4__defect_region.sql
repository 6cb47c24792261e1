-- Where on a photo the user marked the defect: left, top, width and height as fractions (0 to 1)
-- of the photo seen upright. All four or none. Depends on V1 only.
ALTER TABLE evidence ADD COLUMN defect_left REAL CHECK (defect_left BETWEEN 0 AND 1);
ALTER TABLE evidence ADD COLUMN defect_top REAL CHECK (defect_top BETWEEN 0 AND 1);
ALTER TABLE evidence ADD COLUMN defect_width REAL CHECK (defect_width > 0 AND defect_width <= 1);
ALTER TABLE evidence ADD COLUMN defect_height REAL CHECK (defect_height > 0 AND defect_height <= 1);
