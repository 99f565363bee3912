-- Confidence of every label (high, or low with a reason a person can check),
-- what the decision weighed (each design's best cue, the sample-size candidates),
-- and the study details (taxonomy v2) with their confidence; their evidence is
-- in the evidence column under "details:...".
-- Rows classified before this migration keep '{}' until classify runs again.

ALTER TABLE classifications ADD COLUMN confidence TEXT NOT NULL DEFAULT '{}';      -- JSON: field -> {level, reason}
ALTER TABLE classifications ADD COLUMN decision TEXT NOT NULL DEFAULT '{}';        -- JSON: {design: [cue], sampleSize: [candidate]}
ALTER TABLE classifications ADD COLUMN details TEXT NOT NULL DEFAULT '{}';         -- JSON: {values: StudyDetails, confidence: detail -> {level, reason}}
ALTER TABLE classifications ADD COLUMN low_confidence INTEGER NOT NULL DEFAULT 0;  -- how many labels are low: the review queue
CREATE INDEX classifications_low ON classifications (low_confidence) WHERE low_confidence > 0;
