// A record as the columns of its row in `records`, and back. Pure and free of
// SQLite, so that the worker threads that parse records can also turn them into
// rows (JSON and all) while the main thread only writes them; the store (db.ts)
// remains the only module that writes SQL.

import { UserError } from '../errors.ts';
import { affiliationsOf, type AbstractSection, type Classification, type ClassifiableRecord, type Labels, type Origin, type PubmedRecord } from '../types.ts';

/** The columns that come from the record itself, in the order recordColumns gives them. */
export const RECORD_COLUMNS = [
  'pmid', 'version', 'title', 'abstract', 'abstract_sections', 'journal', 'journal_iso', 'volume', 'issue', 'pages', 'year', 'authors',
  'first_author', 'first_author_affiliation', 'languages', 'publication_types', 'mesh', 'keywords', 'doi', 'pmcid', 'retracted', 'erratum',
  'affiliations', 'coi_statement', 'grant_agencies',
] as const;

export type RecordColumns = (string | number | null)[];

/** A record ready to store: its columns, and where it came from. */
export interface RecordRow {
  columns: RecordColumns;
  origin: Origin;
}

/**
 * The abstract as one text (as abstractText gives it, for SQL readers) and its sections as offsets
 * into that text: the text is stored once, where sections with their text were most of a row's bytes
 * and of import's time in SQLite.
 */
function abstractColumns(sections: AbstractSection[]): [string, string] {
  let text = '';
  const index: { label: string | null; category: string | null; start: number; end: number }[] = [];
  for (const s of sections) {
    const head = s.label ? `${s.label.toUpperCase()}: ` : '';
    if (head || s.text) {
      if (text) text += ' ';
      text += head;
    }
    const start = text.length;
    text += s.text;
    index.push({ label: s.label, category: s.category, start, end: text.length });
  }
  return [text, JSON.stringify(index)];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const span = (e: unknown) => isObject(e) && typeof e.start === 'number' && typeof e.end === 'number' && typeof e.snippet === 'string' && typeof e.rule === 'string';

/** What a JSON column must hold for the code that reads it, and how a message names it. */
const SHAPES = {
  strings: ['a JSON array of strings', (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string')],
  objects: ['a JSON array of objects', (v: unknown) => Array.isArray(v) && v.every(isObject)],
  mesh: ['a JSON array of MeSH headings', (v: unknown) => Array.isArray(v) && v.every((m) => isObject(m) && typeof m.descriptor === 'string')],
  object: ['a JSON object', isObject],
  evidence: ['a JSON object of evidence lists', (v: unknown) => isObject(v) && Object.values(v).every((list) => Array.isArray(list) && list.every(span))],
} satisfies Record<string, [string, (v: unknown) => boolean]>;
export type JsonShape = keyof typeof SHAPES;

/**
 * A JSON column read back, in the shape its readers need. A row edited or damaged outside this tool is
 * named, with the way to rewrite it, where it used to stop a stage with a stack trace.
 */
export function jsonColumn<T>(row: { pmid?: string }, column: string, shape: JsonShape): T {
  let value: unknown;
  try {
    value = JSON.parse((row as Record<string, string>)[column]);
  } catch {
    value = undefined;
  }
  const [name, valid] = SHAPES[shape];
  if (valid(value)) return value as T;
  const redo = ['evidence', 'confidence', 'decision', 'details'].includes(column) ? '"classify --force"' : '"import --force" of its file, or "fetch --refresh"';
  throw new UserError(`record ${row.pmid ?? '?'}: the database's ${column} column is not ${name} (edited or damaged outside exoevidence); ${redo} writes it again`);
}

/** The sections back from the two columns; rows stored before the offsets hold each section's text. */
export function sectionsOf(row: { pmid?: string; abstract: string; abstract_sections: string }): AbstractSection[] {
  const abstract = row.abstract;
  return (jsonColumn(row, 'abstract_sections', 'objects') as (AbstractSection | { label: string | null; category: string | null; start: number; end: number })[]).map((s) =>
    'text' in s ? s : { label: s.label, category: s.category, text: abstract.slice(s.start, s.end) },
  );
}

export function recordColumns(r: PubmedRecord): RecordColumns {
  const first = r.authors[0];
  return [
    r.pmid,
    r.version,
    r.title,
    ...abstractColumns(r.abstract),
    r.journal.title,
    r.journal.isoAbbreviation,
    r.volume,
    r.issue,
    r.pages,
    r.year,
    JSON.stringify(r.authors),
    first ? (first.collectiveName ?? first.lastName) : null,
    r.firstAuthorAffiliation,
    JSON.stringify(r.languages),
    JSON.stringify(r.publicationTypes),
    JSON.stringify(r.mesh),
    JSON.stringify(r.keywords),
    r.doi,
    r.pmcid,
    r.retracted ? 1 : 0,
    r.erratum ? 1 : 0,
    JSON.stringify(affiliationsOf(r)),
    r.coiStatement,
    JSON.stringify(r.grantAgencies),
  ];
}

/** A classification as its rows store it: the labels, and the JSON columns, made where it was classified. */
export interface ClassificationRow {
  pmid: string;
  labels: Labels;
  evidence: string;
  confidence: string;
  decision: string;
  details: string;
  lowConfidence: number;
}

export function classificationRow(pmid: string, c: Classification): ClassificationRow {
  return {
    pmid,
    labels: c.labels,
    evidence: JSON.stringify(c.evidence),
    confidence: JSON.stringify(c.confidence),
    decision: JSON.stringify(c.decision),
    details: JSON.stringify({ values: c.details, confidence: c.detailConfidence }),
    lowConfidence: Object.values(c.confidence).filter((x) => x.level === 'low').length,
  };
}

/** The columns the classifier reads; recordsToClassify selects only these. */
export function rowToClassifiable(row: any): ClassifiableRecord {
  return {
    pmid: row.pmid,
    title: row.title,
    abstract: sectionsOf(row),
    keywords: jsonColumn(row, 'keywords', 'strings'),
    mesh: jsonColumn(row, 'mesh', 'mesh'),
    publicationTypes: jsonColumn(row, 'publication_types', 'strings'),
    affiliations: jsonColumn(row, 'affiliations', 'strings'),
    coiStatement: row.coi_statement,
    grantAgencies: jsonColumn(row, 'grant_agencies', 'strings'),
  };
}

export function rowToRecord(row: any): PubmedRecord {
  const { affiliations: _derived, ...classifiable } = rowToClassifiable(row);
  return {
    ...classifiable,
    coiStatement: classifiable.coiStatement ?? null,
    grantAgencies: classifiable.grantAgencies ?? [],
    version: row.version,
    journal: { title: row.journal, isoAbbreviation: row.journal_iso },
    volume: row.volume,
    issue: row.issue,
    pages: row.pages,
    year: row.year,
    authors: jsonColumn(row, 'authors', 'objects'),
    firstAuthorAffiliation: row.first_author_affiliation,
    languages: jsonColumn(row, 'languages', 'strings'),
    doi: row.doi,
    pmcid: row.pmcid,
    retracted: row.retracted === 1,
    erratum: row.erratum === 1,
  };
}
