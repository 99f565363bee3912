// A researcher's corrections of single labels, kept in data/overrides.csv
// (pmid,field,value,reason, and who made each and when: reviewer,date). They are applied after the rules, by classify (its
// counts and explain) and by report, and survive reruns and rule changes
// because they live in a file, not in the classifications. eval ignores them:
// it measures the rules. Pure: text in, corrections out.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DESIGNS, INDICATIONS, ROUTES, SOURCES, type Labels } from '../types.ts';
import { UserError } from '../errors.ts';
import { csvLine, readCsv } from '../csv.ts';
import { ROOT } from '../paths.ts';
import { readText } from '../read-text.ts';

export const OVERRIDE_FIELDS = ['relevant', 'design', 'sources', 'routes', 'sample_size', 'indications'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

export interface Override {
  pmid: string;
  field: OverrideField;
  value: string;
  reason: string;
  reviewer: string;
  date: string;
  line: number;
}

export interface OverrideSet {
  /** Valid corrections by PMID, in file order (a later row for the same field wins). */
  byPmid: Map<string, Override[]>;
  /** Rows that cannot be applied, each a one-line message naming the file and line. */
  problems: string[];
}

const CODES: Record<string, readonly string[]> = { design: DESIGNS, sources: SOURCES, routes: ROUTES, indications: INDICATIONS };

export function checkValue(field: OverrideField, value: string): string | null {
  if (field === 'relevant') return value === 'true' || value === 'false' ? null : `relevant must be true or false, not "${value}"`;
  if (field === 'sample_size') return value === '' || /^[1-9]\d{0,8}$/.test(value) ? null : `sample_size must be a count of people from 1 to 999999999, or empty, not "${value}"`;
  const codes = CODES[field];
  const values = field === 'design' ? [value] : value.split(';').map((v) => v.trim()).filter(Boolean);
  const bad = values.find((v) => !codes.includes(v));
  return bad === undefined ? null : `unknown ${field} code "${bad}" (valid: ${codes.join(', ')})`;
}

/** Parses the overrides file; rows naming an unknown PMID, field or code are reported, not dropped silently. */
export function parseOverrides(csv: string, file: string, knownPmid: (pmid: string) => boolean): OverrideSet {
  const set: OverrideSet = { byPmid: new Map(), problems: [] };
  if (!csv.trim()) return set;
  const { header, rows } = readCsv(csv, file, { comments: true, shortRows: true });
  for (const c of ['pmid', 'field', 'value', 'reason'])
    if (!header.includes(c)) throw new UserError(`${file}: missing column "${c}" (need pmid,field,value,reason)`);
  for (const { fields: row, line } of rows) {
    const problem = !OVERRIDE_FIELDS.includes(row.field as OverrideField)
      ? `unknown field "${row.field}" (valid: ${OVERRIDE_FIELDS.join(', ')})`
      : (checkValue(row.field as OverrideField, row.value) ?? (knownPmid(row.pmid) ? null : `PMID ${row.pmid} is not in the database`));
    if (problem) {
      set.problems.push(`${file}: line ${line}: ${problem}`);
      continue;
    }
    const list = set.byPmid.get(row.pmid) ?? [];
    list.push({ pmid: row.pmid, field: row.field as OverrideField, value: row.value, reason: row.reason ?? '', reviewer: row.reviewer ?? '', date: row.date ?? '', line });
    set.byPmid.set(row.pmid, list);
  }
  return set;
}

/** The labels with a record's corrections applied. */
export function applyOverrides(labels: Labels, overrides: Override[] = []): Labels {
  const out: Labels = { ...labels, sources: [...labels.sources], routes: [...labels.routes], indications: [...labels.indications] };
  const list = (v: string) => v.split(';').map((x) => x.trim()).filter(Boolean);
  for (const o of overrides) {
    if (o.field === 'relevant') out.relevant = o.value === 'true';
    else if (o.field === 'design') out.design = o.value as Labels['design'];
    else if (o.field === 'sample_size') out.sampleSize = o.value === '' ? null : Number(o.value);
    else if (o.field === 'sources') out.sources = list(o.value) as Labels['sources'];
    else if (o.field === 'routes') out.routes = list(o.value) as Labels['routes'];
    else out.indications = list(o.value) as Labels['indications'];
  }
  return out;
}

export const DEFAULT_OVERRIDES = resolve(ROOT, 'data/overrides.csv');

/** The overrides file, if there is one (I/O at the edge; the rest of this module is pure). */
export function readOverrides(file: string, knownPmid: (pmid: string) => boolean): OverrideSet {
  if (!existsSync(file)) return { byPmid: new Map(), problems: [] };
  return parseOverrides(readText(file, `${file} (manual corrections)`), file, knownPmid);
}

export const OVERRIDE_COLUMNS = ['pmid', 'field', 'value', 'reason', 'reviewer', 'date'] as const;

/**
 * The overrides file with these corrections added at its end, as text: the rows already there are
 * kept as written; a header of the first version (no reviewer, date) gains those columns.
 */
export function withOverridesAdded(existing: string, added: Omit<Override, 'line'>[]): string {
  let text = existing.trim() ? existing.replace(/\r?\n?$/, '\n') : `${OVERRIDE_COLUMNS.join(',')}\n`;
  text = text.replace(/^((?:#.*\n)*)pmid,field,value,reason[ \t]*\n/, `$1${OVERRIDE_COLUMNS.join(',')}\n`);
  // The reason and reviewer come from a filled-in review file, which may have passed through other hands; the
  // corrections file is opened in a spreadsheet too, so a cell that one would run as a formula is led by an apostrophe.
  return text + added.map((o) => `${csvLine(OVERRIDE_COLUMNS.map((c) => o[c]), true)}\n`).join('');
}
