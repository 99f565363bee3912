-- What industry ties are read from, beside the abstract: every author's
-- affiliation (each once), the conflict-of-interest statement and the grants'
-- agencies. Records stored before this migration get their affiliations from
-- the authors kept in their row; their statement and grants need a new import
-- or fetch (import --force, fetch --refresh).

ALTER TABLE records ADD COLUMN affiliations TEXT NOT NULL DEFAULT '[]';     -- JSON: unique affiliations, in order
ALTER TABLE records ADD COLUMN coi_statement TEXT;
ALTER TABLE records ADD COLUMN grant_agencies TEXT NOT NULL DEFAULT '[]';   -- JSON
UPDATE records SET affiliations = coalesce(
  (SELECT json_group_array(value) FROM (SELECT DISTINCT af.value AS value FROM json_each(records.authors) au, json_each(au.value, '$.affiliations') af)),
  '[]');
