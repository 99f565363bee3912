// A record as the columns of its row in `records`, and back. Pure and free of
// SQLite, so that the worker threads that parse records can also turn them into
// rows (JSON and all) while the main thread only writes them; the store (db.ts)
// remains the only module that writes SQL.

import { UserError } from '../errors.ts';
import { ADVERSE_EVENTS, BLINDINGS, CONTROLS, DESIGNS, EV_CHARACTERIZATION, INDICATIONS, ROUTES, SOURCES, affiliationsOf, type StudyDetails, type AbstractSection, type Classification, type ClassifiableRecord, type Labels, type Origin, type PubmedRecord } from '../types.ts';

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
/** Text, or null where a column may hold none. */
export const orNull = (v: unknown) => v === null || typeof v === 'string';
const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
// A section holds its text (rows stored before offsets) or offsets into the abstract, checked against it in sectionsOf.
const section = (s: unknown) =>
  isObject(s) && orNull(s.label) && orNull(s.category) && (typeof s.text === 'string' || (Number.isSafeInteger(s.start) && Number.isSafeInteger(s.end)));
const optionalText = (v: unknown) => v === undefined || orNull(v);
const author = (a: unknown) =>
  isObject(a) && optionalText(a.lastName) && optionalText(a.foreName) && optionalText(a.initials) && optionalText(a.collectiveName) && (a.affiliations === undefined || strings(a.affiliations));
const confidence = (c: unknown) => isObject(c) && (c.level === 'high' || c.level === 'low') && orNull(c.reason);
const confidences = (v: unknown) => isObject(v) && Object.values(v).every(confidence);
const oneOf = (codes: readonly unknown[]) => (v: unknown) => v === null || codes.includes(v);
/** What each study detail may hold; reports print them, and a value of another kind stopped them with a stack trace. */
const DETAIL_VALUES: Record<keyof StudyDetails, (v: unknown) => boolean> = {
  control: oneOf(CONTROLS),
  blinding: oneOf(BLINDINGS),
  follow_up_weeks: (v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0),
  adverse_events: oneOf(ADVERSE_EVENTS),
  commercial_product: oneOf([true, false]),
  ev_characterization: (v) => Array.isArray(v) && v.every((x) => EV_CHARACTERIZATION.includes(x)),
  industry_ties: (v) => typeof v === 'boolean',
  animal_species: strings,
};
const details = (v: unknown) =>
  isObject(v) &&
  (v.values === undefined || (isObject(v.values) && Object.entries(v.values).every(([k, x]) => Object.hasOwn(DETAIL_VALUES, k) && DETAIL_VALUES[k as keyof StudyDetails](x)))) &&
  (v.confidence === undefined || confidences(v.confidence));
const list = (item: (x: Record<string, unknown>) => boolean) => (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => isObject(x) && item(x)));
const decision = (v: unknown) =>
  isObject(v) &&
  list((c) => typeof c.design === 'string' && typeof c.weight === 'number' && typeof c.rule === 'string' && typeof c.snippet === 'string')(v.design) &&
  list((c) => typeof c.value === 'number' && typeof c.score === 'number' && typeof c.snippet === 'string')(v.sampleSize);
const span = (e: unknown) => isObject(e) && typeof e.start === 'number' && typeof e.end === 'number' && typeof e.snippet === 'string' && typeof e.rule === 'string';

/** What a JSON column must hold for the code that reads it, and how a message names it. */
const SHAPES = {
  strings: ['a JSON array of strings', strings],
  authors: ['a JSON array of authors', (v: unknown) => Array.isArray(v) && v.every(author)],
  mesh: ['a JSON array of MeSH headings', (v: unknown) => Array.isArray(v) && v.every((m) => isObject(m) && typeof m.descriptor === 'string')],
  confidence: ['a JSON object of confidences', confidences],
  details: ['a JSON object of study details', details],
  decision: ['a JSON object of what the decisions weighed', decision],
  sections: ['a JSON array of abstract sections', (v: unknown) => Array.isArray(v) && v.every(section)],
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
  throw damaged(row, column, `column is not ${name}`);
}

const CLASSIFY_COLUMNS = new Set(['evidence', 'confidence', 'decision', 'details', 'design', 'sample_size', 'relevant', 'sources', 'routes', 'indications']);

/** A row edited or damaged outside this tool, named with what is wrong ("column is not ...") and the command that writes it again. */
export function damaged(row: { pmid?: string }, column: string, what: string): UserError {
  const redo = CLASSIFY_COLUMNS.has(column) ? '"classify --force"' : '"import --force" of its file, or "fetch --refresh"';
  return new UserError(`record ${row.pmid ?? '?'}: the database's ${column} ${what} (edited or damaged outside exoevidence); ${redo} writes it again`);
}

// Columns SQLite would hold a value of another type in (a BLOB, a number where text goes) if edited by hand.
const TEXT_COLUMNS = ['title', 'abstract'];
const TEXT_OR_NULL_COLUMNS = ['journal', 'journal_iso', 'volume', 'issue', 'pages', 'doi', 'first_author', 'coi_statement'];

/** The row's text and year columns (those it has) of the types their readers need. */
export function checkScalars(row: Record<string, unknown>): void {
  for (const c of TEXT_COLUMNS) if (c in row && typeof row[c] !== 'string') throw damaged(row, c, 'column holds no text');
  for (const c of TEXT_OR_NULL_COLUMNS) if (c in row && !orNull(row[c])) throw damaged(row, c, 'column holds no text');
  if ('year' in row && row.year !== null && !Number.isSafeInteger(row.year)) throw damaged(row, 'year', 'column holds no year');
}

/** The sections back from the two columns; rows stored before the offsets hold each section's text. */
export function sectionsOf(row: { pmid?: string; abstract: string; abstract_sections: string }): AbstractSection[] {
  const abstract = row.abstract;
  const sections = jsonColumn(row, 'abstract_sections', 'sections') as (AbstractSection | { label: string | null; category: string | null; start: number; end: number })[];
  return sections.map((s) => {
    if ('text' in s) return s;
    if (s.start < 0 || s.end < s.start || s.end > abstract.length) throw damaged(row, 'abstract_sections', `column is not ${SHAPES.sections[0]}`);
    return { label: s.label, category: s.category, text: abstract.slice(s.start, s.end) };
  });
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
  checkScalars(row);
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
    authors: jsonColumn(row, 'authors', 'authors'),
    firstAuthorAffiliation: row.first_author_affiliation,
    languages: jsonColumn(row, 'languages', 'strings'),
    doi: row.doi,
    pmcid: row.pmcid,
    retracted: row.retracted === 1,
    erratum: row.erratum === 1,
  };
}

/** The set-valued labels, kept one row per value in classification_labels. */
export const SET_FIELDS = ['sources', 'routes', 'indications'] as const;
const CODES: Record<(typeof SET_FIELDS)[number], ReadonlySet<string>> = { sources: new Set(SOURCES), routes: new Set(ROUTES), indications: new Set(INDICATIONS) };
const KNOWN_DESIGNS: ReadonlySet<string> = new Set(DESIGNS);

/**
 * A classification row's label columns as labels, their sets empty, to be filled by addLabel. Labels
 * edited outside the tool are refused: a code the taxonomy lacks reached the tables as the rules' call.
 */
export function rowLabels(row: { pmid: string; relevant: number; design: Labels['design']; sample_size: number | null }): Labels {
  if (!KNOWN_DESIGNS.has(row.design)) throw damaged(row, 'design', `column holds "${String(row.design).slice(0, 40)}", not a design of the taxonomy`);
  if (row.sample_size !== null && !(Number.isSafeInteger(row.sample_size) && row.sample_size > 0)) throw damaged(row, 'sample_size', 'column holds no count of people');
  return { relevant: row.relevant === 1, design: row.design, sources: [], routes: [], sampleSize: row.sample_size, indications: [] };
}

/** One value of a set-valued label, read from classification_labels. */
export function addLabel(labels: Labels, row: { pmid: string }, field: (typeof SET_FIELDS)[number], value: string): void {
  if (!CODES[field]?.has(value)) throw damaged(row, field, `label "${String(value).slice(0, 40)}" is not a ${field} code of the taxonomy`);
  (labels[field] as string[]).push(value);
}
