// Machine-readable exports: one row per included record with every label and the
// key finding, as CSV (RFC 4180 quoting) and as JSON.

import { includedStudies, type ReportModel, type Study } from './model.ts';
import { tierOf } from './model.ts';
import { STUDIES_A_PIECE } from './study.ts';
import { csvLine } from '../csv.ts';
import { TAXONOMY_VERSION } from '../types.ts';

const COLUMNS = [
  'pmid', 'doi', 'citation', 'year', 'title', 'journal', 'tier', 'design', 'design_label', 'sources', 'routes', 'sample_size', 'indications',
  'control', 'blinding', 'follow_up_weeks', 'adverse_events', 'commercial_product', 'industry_ties', 'ev_characterization', 'key_finding', 'flags',
] as const;


function record(s: Study) {
  return {
    pmid: s.pmid,
    doi: s.cite.doi,
    citation: s.citation,
    year: s.year,
    title: s.title,
    journal: s.journal,
    tier: tierOf(s.labels.design) ?? s.labels.design,
    design: s.labels.design,
    design_label: s.designLabel,
    sources: s.labels.sources,
    routes: s.labels.routes,
    sample_size: s.labels.sampleSize,
    indications: s.labels.indications,
    control: s.details.control,
    blinding: s.details.blinding,
    follow_up_weeks: s.details.follow_up_weeks,
    adverse_events: s.details.adverse_events,
    commercial_product: s.details.commercial_product,
    industry_ties: s.details.industry_ties,
    ev_characterization: s.details.ev_characterization,
    key_finding: s.finding,
    flags: s.flags,
  };
}

/** The CSV, in pieces. */
export function* renderCsv(m: ReportModel): Generator<string> {
  // A UTF-8 byte order mark: Excel then reads accents and Greek letters right.
  yield `\uFEFF${COLUMNS.join(',')}\r\n`;
  const studies = includedStudies(m);
  for (let i = 0; i < studies.length; i += STUDIES_A_PIECE) {
    yield studies
      .slice(i, i + STUDIES_A_PIECE)
      .map((s) => {
        const r = record(s);
        return `${csvLine(COLUMNS.map((c) => r[c]), true)}\r\n`;
      })
      .join('');
  }
}

/**
 * The JSON, in pieces: the text JSON.stringify(..., null, 2) makes of the whole. The records, most of it, are
 * stringified a few at a time inside an object of the same depth, so that they come out indented as in the whole.
 */
export function* renderJson(m: ReportModel): Generator<string> {
  const claims = m.claims.map((c) => ({ indication: c.indication, certainty: c.rating.certainty, reasons: c.rating.reasons, counts: c.counts, people: c.people, studies: c.studies.map((s) => s.pmid) }));
  const f = m.flow;
  // What the file was made from, so a reader can tell one synthesis from another. No wall-clock time: reruns are identical.
  const provenance = {
    query: f.search ? { name: f.search.queryName, term: f.search.term, searched_at: f.search.startedAt, pubmed_count: f.search.count } : null,
    rules_version: f.rulesVersions.length === 1 ? f.rulesVersions[0] : f.rulesVersions,
    taxonomy_version: TAXONOMY_VERSION,
    filters: m.filters,
    counts: { records: f.records, classified: f.classified, excluded: f.excluded, included: f.included, matched: m.matched, per_tier: f.perTier, reviews: f.reviews, other: f.other },
  };
  const studies = includedStudies(m);
  const [before, after] = JSON.stringify({ provenance, records: [0], claims }, null, 2).split(/(?<=\n {2}"records": \[)\n {4}0\n {2}(?=\])/);
  if (!studies.length) return yield `${before}${after}\n`;
  yield before;
  for (let i = 0; i < studies.length; i += STUDIES_A_PIECE) {
    const json = JSON.stringify({ records: studies.slice(i, i + STUDIES_A_PIECE).map(record) }, null, 2);
    // '{\n  "records": [' + items + '\n  ]\n}'
    yield `${i ? ',' : ''}${json.slice('{\n  "records": ['.length, json.length - '\n  ]\n}'.length)}`;
  }
  yield `\n  ${after}\n`;
}
