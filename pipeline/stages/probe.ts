// probe: classifies the records of a file (PubMed XML or MEDLINE) as written and as
// rewritten in ways that keep their labels (data/rewrites.json), and lists the labels
// that change. It needs no hand labels, so a maintainer can run it on any export, the
// dev corpus's cold part included, without learning its answers; no database is touched.

import { readRecordFile } from './import.ts';
import { classify } from '../classify/classify.ts';
import { loadRules } from '../classify/rules.ts';
import { DEFAULT_REWRITES, labelChanges, loadRewrites, rewriteIfChanged, type LabelChange } from '../classify/rewrites.ts';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** Changes listed per rewriting; the rest are counted. */
const SHOWN = 20;

export interface ProbeResult {
  records: number;
  /** Per rewriting, in file order: the records whose labels changed, and the first changes. */
  rewrites: { name: string; recordsChanged: number; changes: number; shown: LabelChange[] }[];
  report: string;
}

export async function runProbe(opts: { records: string; rewrites?: string }): Promise<ProbeResult> {
  const rules = loadRules();
  const rewrites = loadRewrites(opts.rewrites ?? DEFAULT_REWRITES);
  const tally = rewrites.map((r) => ({ name: r.name, recordsChanged: 0, changes: 0, shown: [] as LabelChange[] }));
  let records = 0;
  for await (const item of readRecordFile(opts.records)) {
    if (item.kind !== 'record') continue;
    const record = item.value.record;
    records++;
    const labels = classify(record, rules).labels;
    rewrites.forEach((rewrite, i) => {
      const rewritten = rewriteIfChanged(record, rewrite);
      if (!rewritten) return;
      const changes = labelChanges(record.pmid, labels, classify(rewritten, rules).labels);
      if (!changes.length) return;
      const t = tally[i];
      t.recordsChanged++;
      t.changes += changes.length;
      t.shown.push(...changes.slice(0, SHOWN - t.shown.length));
    });
  }
  const lines = [`rules version ${rules.version}: ${records} records, each also rewritten ${rewrites.length} ways`];
  for (const t of tally) {
    lines.push(t.changes ? `${t.name}: ${plural(t.changes, 'label')} changed, in ${plural(t.recordsChanged, 'record')}` : `${t.name}: no label changes`);
    for (const c of t.shown) lines.push(`    ${c.pmid} ${c.field}: ${c.before} -> ${c.after}`);
    if (t.changes > t.shown.length) lines.push(`    ... and ${t.changes - t.shown.length} more`);
  }
  return { records, rewrites: tally, report: `${lines.join('\n')}\n` };
}
