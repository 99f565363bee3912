-- Living updates: every run of a stage that writes is recorded; a record
-- remembers the run that first stored it; classify keeps each label a run
-- changed. The report's "New since the last run" reads these, so it needs no
-- state of its own and stays the same for the same database.

CREATE TABLE pipeline_runs (
  id            INTEGER PRIMARY KEY,
  command       TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  completed_at  TEXT                  -- NULL for a run that failed or was stopped
);

ALTER TABLE records ADD COLUMN first_run INTEGER;   -- pipeline_runs.id that first stored it; NULL before this migration

CREATE TABLE label_changes (
  run_id  INTEGER NOT NULL REFERENCES pipeline_runs(id),
  pmid    TEXT NOT NULL,
  field   TEXT NOT NULL,
  before  TEXT NOT NULL,
  after   TEXT NOT NULL,
  PRIMARY KEY (run_id, pmid, field)
) WITHOUT ROWID;
