// A record for the classifier's tests: what a test states, and nothing else (no authors, ids or grants), so
// that a field added to PubmedRecord is given its empty value in one place.

import type { PubmedRecord } from '../../pipeline/types.ts';

export function testRecord(fields: Partial<PubmedRecord> = {}): PubmedRecord {
  return {
    pmid: '1', version: 1, title: '', abstract: [], journal: { title: null, isoAbbreviation: null }, volume: null, issue: null, pages: null,
    year: 2024, authors: [], firstAuthorAffiliation: null, languages: ['eng'], publicationTypes: ['Journal Article'], mesh: [], keywords: [],
    doi: null, pmcid: null, retracted: false, erratum: false, coiStatement: null, grantAgencies: [],
    ...fields,
  };
}
