// Labels of one record with the evidence behind each: the rule ids and the text
// each matched, so a researcher can check a label against the abstract.

import type { Classification, PubmedRecord } from '../types.ts';

export function formatExplanation(record: PubmedRecord, c: Classification, rulesVersion: string): string {
  const l = c.labels;
  const lines = [
    `PMID ${record.pmid}${record.year ? ` (${record.year})` : ''}: ${record.title}`,
    `rules version ${rulesVersion}`,
    '',
  ];
  const show = (label: string, value: string, key: string) => {
    lines.push(`${label}: ${value || '-'}`);
    for (const e of c.evidence[key] ?? []) lines.push(`    ${e.rule}  [${e.field} ${e.start}-${e.end}]  "${e.snippet}"`);
  };
  show('relevant', String(l.relevant), 'relevant');
  show('design', l.design, 'design');
  lines.push(`sources: ${l.sources.join(', ') || '-'}`);
  for (const s of l.sources) for (const e of c.evidence[`sources:${s}`] ?? []) lines.push(`    ${s}: ${e.rule}  [${e.field} ${e.start}-${e.end}]  "${e.snippet}"`);
  lines.push(`routes: ${l.routes.join(', ') || '-'}`);
  for (const r of l.routes) for (const e of c.evidence[`routes:${r}`] ?? []) lines.push(`    ${r}: ${e.rule}  [${e.field} ${e.start}-${e.end}]  "${e.snippet}"`);
  show('sample size', l.sampleSize === null ? '' : String(l.sampleSize), 'sample_size');
  lines.push(`indications: ${l.indications.join(', ') || '-'}`);
  for (const i of l.indications) for (const e of c.evidence[`indications:${i}`] ?? []) lines.push(`    ${i}: ${e.rule}  [${e.field} ${e.start}-${e.end}]  "${e.snippet}"`);
  return `${lines.join('\n')}\n`;
}
