// Stage 5, review: writes reports/review.csv, the queue of labels the rules are
// unsure of (low confidence) in included records, worst harm first: design in
// the RCT and Pilot tiers, whose labels readers trust most. A reviewer fills in
// corrected_value, reviewer and note; `review --apply FILE` merges those rows
// into data/overrides.csv (who, when, why), all of them or, when one row is bad,
// none. Overrides are applied after the rules, so they survive reruns.

import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportRow, Store } from '../store/db.ts';
import { applyOverrides, checkValue, DEFAULT_OVERRIDES, OVERRIDE_FIELDS, readOverrides, withOverridesAdded, type Override, type OverrideField } from '../classify/overrides.ts';
import { tierOf, unsettledDoubts } from '../report/model.ts';
import { labelValue, type LabelField } from '../types.ts';
import { writeFileAtomic } from '../atomic.ts';
import { csvLine, readCsv } from '../csv.ts';
import { UserError } from '../errors.ts';
import { readText } from '../read-text.ts';

export const REVIEW_COLUMNS = ['pmid', 'title', 'link', 'tier', 'field', 'label', 'reason', 'evidence', 'corrected_value', 'reviewer', 'note'] as const;

export interface ReviewItem {
  pmid: string;
  title: string;
  tier: string;
  field: LabelField;
  label: string;
  reason: string;
  evidence: string;
}

const TIER_RANK = ['rct', 'pilot', 'animal', 'in_vitro', 'review', 'other'];
// Which wrong label misleads a reader most, after design: the count, then whether the study belongs at all.
const FIELD_RANK: LabelField[] = ['design', 'sample_size', 'relevant', 'indications', 'sources', 'routes'];

function evidenceFor(row: ReportRow, field: LabelField, value: string): string {
  const key = field === 'sources' || field === 'routes' || field === 'indications' ? `${field}:${value.split(';')[0]}` : field;
  return row.evidence[key]?.[0]?.snippet ?? '';
}

/** Low-confidence labels of included records that no correction has settled, worst harm first. Pure. */
export function reviewItems(rows: Iterable<ReportRow>, overrides: Map<string, Override[]>): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const row of rows) {
    const corrections = overrides.get(row.pmid) ?? [];
    const labels = applyOverrides(row.labels, corrections);
    if (!labels.relevant) continue;
    const tier = tierOf(labels.design) ?? labels.design;
    for (const { field, reason } of unsettledDoubts(row.confidence, corrections)) {
      const label = labelValue(field, labels);
      items.push({ pmid: row.pmid, title: row.title, tier, field, label, reason, evidence: evidenceFor(row, field, label) });
    }
  }
  const top = (i: ReviewItem) => (i.field === 'design' && (i.tier === 'rct' || i.tier === 'pilot') ? 0 : 1);
  return items.sort(
    (a, b) =>
      top(a) - top(b) || TIER_RANK.indexOf(a.tier) - TIER_RANK.indexOf(b.tier) || FIELD_RANK.indexOf(a.field) - FIELD_RANK.indexOf(b.field) || Number(a.pmid) - Number(b.pmid),
  );
}

export function renderReviewCsv(items: ReviewItem[]): string {
  const lines = [REVIEW_COLUMNS.join(',')];
  for (const i of items)
    lines.push(csvLine([i.pmid, i.title, `https://pubmed.ncbi.nlm.nih.gov/${i.pmid}/`, i.tier, i.field, i.label, i.reason, i.evidence, '', '', ''], true));
  return `${lines.join('\r\n')}\r\n`;
}

export function writeReviewQueue(store: Store, o: { reportsDir: string; overridesFile?: string }): { file: string; items: number } {
  const items = store.snapshot(() => {
    if (store.classificationCount() === 0) throw new UserError('review: no record is classified yet; run "classify" first');
    const overrides = readOverrides(o.overridesFile ?? DEFAULT_OVERRIDES, (p) => store.hasRecord(p));
    return reviewItems(store.reportRows(), overrides.byPmid);
  });
  const dir = resolve(o.reportsDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'review.csv');
  writeFileAtomic(file, renderReviewCsv(items));
  return { file, items: items.length };
}

/**
 * Reads a filled-in review file: the rows with a corrected_value become overrides. Any bad row stops
 * the whole file with its line, so nothing is half-applied.
 */
export function parseReview(csv: string, file: string, knownPmid: (pmid: string) => boolean, today: string): Omit<Override, 'line'>[] {
  const { header, rows } = readCsv(csv, file);
  // Checked even when no row follows: a file of some other kind must not apply nothing in silence.
  for (const c of ['pmid', 'field', 'corrected_value', 'reviewer', 'note'])
    if (!header.includes(c)) throw new UserError(`${file}: missing column "${c}" (write the file with "review" and fill it in)`);
  const out: Omit<Override, 'line'>[] = [];
  for (const { fields: row, line } of rows) {
    const where = `${file}: line ${line}`;
    if (!row.corrected_value && !row.note) continue;
    if (!OVERRIDE_FIELDS.includes(row.field as OverrideField)) throw new UserError(`${where}: unknown field "${row.field}" (valid: ${OVERRIDE_FIELDS.join(', ')})`);
    if (!knownPmid(row.pmid)) throw new UserError(`${where}: PMID ${row.pmid} is not in the database`);
    if (!row.corrected_value) throw new UserError(`${where}: a note without a corrected_value (to confirm the label, copy it into corrected_value)`);
    // "-" or "none" empties a set or a sample size.
    const value = /^(?:-|none)$/i.test(row.corrected_value) ? '' : row.corrected_value.replace(/\s*;\s*/g, ';');
    const problem = checkValue(row.field as OverrideField, value);
    if (problem) throw new UserError(`${where}: ${problem}`);
    if (!row.reviewer) throw new UserError(`${where}: reviewer is empty (say who made the correction)`);
    out.push({ pmid: row.pmid, field: row.field as OverrideField, value, reason: row.note ?? '', reviewer: row.reviewer, date: today });
  }
  return out;
}

export function applyReview(store: Store, o: { file: string; overridesFile?: string; today?: string }): { applied: number; overridesFile: string } {
  const csv = readText(o.file, `review --apply ${o.file}`);
  const added = parseReview(csv, o.file, (p) => store.hasRecord(p), o.today ?? new Date().toISOString().slice(0, 10));
  const target = o.overridesFile ?? DEFAULT_OVERRIDES;
  if (added.length) writeFileAtomic(target, withOverridesAdded(existsSync(target) ? readText(target) : '', added));
  return { applied: added.length, overridesFile: target };
}
