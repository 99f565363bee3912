-- Labels of shared/taxonomy.md per record, with the rules version that gave them
-- and, per label, the evidence (rule ids and matched text spans).

CREATE TABLE classifications (
  pmid           TEXT PRIMARY KEY REFERENCES records(pmid) ON DELETE CASCADE,
  rules_version  TEXT NOT NULL,
  relevant       INTEGER NOT NULL,
  design         TEXT NOT NULL,
  sample_size    INTEGER,
  evidence       TEXT NOT NULL,   -- JSON: label key ("design", "sources:plant", ...) -> [{rule, field, start, end, snippet}]
  classified_at  TEXT NOT NULL
);
CREATE INDEX classifications_design ON classifications (design, relevant);

-- Set-valued labels, one row per value.
CREATE TABLE classification_labels (
  pmid   TEXT NOT NULL REFERENCES classifications(pmid) ON DELETE CASCADE,
  field  TEXT NOT NULL CHECK (field IN ('sources', 'routes', 'indications')),
  value  TEXT NOT NULL,
  PRIMARY KEY (pmid, field, value)
) WITHOUT ROWID;
CREATE INDEX classification_labels_value ON classification_labels (field, value);
