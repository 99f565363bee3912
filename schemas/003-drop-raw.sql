-- The record's source text is no longer copied into the database: an imported
-- record's source is its file (records.source_file), a fetched record's is the
-- efetch reply kept gzip'd under cache/efetch. The copy was half of what
-- import wrote, and nothing read it.

ALTER TABLE records DROP COLUMN raw;
