// Rewritings that keep a record's labels (data/rewrites.json): British spelling, another
// name for the vesicles, another species, a hyphen. A record should get the same labels
// written either way; a label that changes names a pattern that holds for one way of
// writing only, which records nobody has labelled will break. Pure, besides loading the file.

import { resolve } from 'node:path';
import type { ClassifiableRecord, Labels } from '../types.ts';
import { UserError } from '../errors.ts';
import { loadJson } from '../validate.ts';
import { ROOT } from '../paths.ts';

export const DEFAULT_REWRITES = resolve(ROOT, 'data/rewrites.json');

interface RewritesFile {
  description: string;
  rewrites: { name: string; note?: string; replace: { pattern: string; flags?: string; with: string }[] }[];
}

export interface Rewrite {
  name: string;
  apply: (text: string) => string;
}

export function loadRewrites(file = DEFAULT_REWRITES): Rewrite[] {
  const spec = loadJson<RewritesFile>(file, 'rewrites.schema.json');
  return spec.rewrites.map((r, i) => {
    const steps = r.replace.map((s, j) => {
      try {
        return { re: new RegExp(s.pattern, `g${s.flags ?? ''}`), with: s.with };
      } catch (e) {
        throw new UserError(`${file}: /rewrites/${i}/replace/${j}/pattern: invalid regex: ${(e as Error).message}`);
      }
    });
    return { name: r.name, apply: (text: string) => steps.reduce((t, s) => t.replace(s.re, s.with), text) };
  });
}

/** The record with its title, abstract and keywords rewritten. */
export function rewriteRecord<R extends ClassifiableRecord>(record: R, rewrite: Rewrite): R {
  return {
    ...record,
    title: rewrite.apply(record.title),
    abstract: record.abstract.map((s) => ({ ...s, text: rewrite.apply(s.text) })),
    keywords: record.keywords.map(rewrite.apply),
  };
}

/** The record rewritten, or null where the rewriting finds nothing to change: what it classifies as cannot change then. */
export function rewriteIfChanged<R extends ClassifiableRecord>(record: R, rewrite: Rewrite): R | null {
  const r = rewriteRecord(record, rewrite);
  const same =
    r.title === record.title && r.abstract.every((s, i) => s.text === record.abstract[i].text) && r.keywords.every((k, i) => k === record.keywords[i]);
  return same ? null : r;
}

export interface LabelChange {
  pmid: string;
  field: keyof Labels;
  before: string;
  after: string;
}

const FIELDS: (keyof Labels)[] = ['relevant', 'design', 'sources', 'routes', 'sampleSize', 'indications'];

/** The labels that differ between two classifications of one record, each as JSON. */
export function labelChanges(pmid: string, before: Labels, after: Labels): LabelChange[] {
  return FIELDS.map((field) => ({ pmid, field, before: JSON.stringify(before[field]), after: JSON.stringify(after[field]) })).filter((c) => c.before !== c.after);
}
