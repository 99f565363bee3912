-- Searches, their hits, and the records fetched or imported for them.

CREATE TABLE search_runs (
  id            INTEGER PRIMARY KEY,
  query_name    TEXT NOT NULL,
  term          TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  count         INTEGER,             -- what PubMed reported for the whole query
  windows       TEXT,                -- JSON: date windows with their WebEnv / query_key, for fetch
  completed_at  TEXT                 -- NULL until every window's hits are stored
);

CREATE TABLE search_hits (
  run_id  INTEGER NOT NULL REFERENCES search_runs(id),
  pmid    TEXT NOT NULL,
  window  INTEGER NOT NULL,          -- index into search_runs.windows
  rank    INTEGER NOT NULL,          -- position inside the window, = efetch retstart
  PRIMARY KEY (run_id, pmid)
) WITHOUT ROWID;
CREATE INDEX search_hits_window ON search_hits (run_id, window, rank);

CREATE TABLE records (
  pmid                     TEXT PRIMARY KEY,
  version                  INTEGER NOT NULL,
  title                    TEXT NOT NULL,
  abstract                 TEXT NOT NULL,   -- sections in order, each led by its label
  abstract_sections        TEXT NOT NULL,   -- JSON [{label, category, text}]
  journal                  TEXT,
  journal_iso              TEXT,
  year                     INTEGER,
  authors                  TEXT NOT NULL,   -- JSON
  first_author             TEXT,
  first_author_affiliation TEXT,
  languages                TEXT NOT NULL,   -- JSON arrays from here on
  publication_types        TEXT NOT NULL,
  mesh                     TEXT NOT NULL,
  keywords                 TEXT NOT NULL,
  doi                      TEXT,
  pmcid                    TEXT,
  retracted                INTEGER NOT NULL DEFAULT 0,
  erratum                  INTEGER NOT NULL DEFAULT 0,
  raw                      TEXT NOT NULL,   -- the source XML element or MEDLINE lines
  origin                   TEXT NOT NULL CHECK (origin IN ('eutils', 'file')),
  source_file              TEXT,
  fetched_at               TEXT NOT NULL
);

-- DeleteCitation entries of update files: kept so a re-import does not bring a deleted record back unseen.
CREATE TABLE deleted_records (
  pmid         TEXT PRIMARY KEY,
  source_file  TEXT,
  deleted_at   TEXT NOT NULL
);

-- One row per imported file, written in the same transaction as its records:
-- an unchanged file already imported is skipped, a file whose import died is redone whole.
CREATE TABLE imports (
  file          TEXT PRIMARY KEY,
  size          INTEGER NOT NULL,
  mtime_ms      INTEGER NOT NULL,
  records       INTEGER NOT NULL,
  deleted       INTEGER NOT NULL,
  completed_at  TEXT NOT NULL
);
