-- Where in its journal a record is, for the citation files (RIS, BibTeX):
-- volume, issue and pages as PubMed prints them. Records stored before this
-- migration get them on their next import or fetch.

ALTER TABLE records ADD COLUMN volume TEXT;
ALTER TABLE records ADD COLUMN issue TEXT;
ALTER TABLE records ADD COLUMN pages TEXT;
