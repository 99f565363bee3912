// Labels of one record with the evidence behind each: the rule ids and the text
// each matched, so a researcher can check a label against the abstract; the
// confidence of each label, and the cues the design and sample size beat, so a
// maintainer can see a tie.

import { DETAIL_FIELDS, type Classification, type LabelField, type PubmedRecord } from '../types.ts';

// PubMed's longest titles run to a few hundred characters; a crafted record's title of megabytes would flood the terminal.
const TITLE_SHOWN = 1_000;
const shown = (title: string) => (title.length > TITLE_SHOWN ? `${title.slice(0, TITLE_SHOWN)} ...(${title.length - TITLE_SHOWN} more characters)` : title);

export function formatExplanation(record: PubmedRecord, c: Classification, rulesVersion: string): string {
  const l = c.labels;
  const lines = [
    `PMID ${record.pmid}${record.year ? ` (${record.year})` : ''}: ${shown(record.title)}`,
    `rules version ${rulesVersion}`,
    '',
  ];
  const head = (label: string, value: string, field: LabelField) => {
    const conf = c.confidence[field];
    lines.push(`${label}: ${value || '-'}  [${conf.level} confidence${conf.reason ? `: ${conf.reason}` : ''}]`);
  };
  const ev = (key: string, prefix = '') => {
    for (const e of c.evidence[key] ?? []) lines.push(`    ${prefix}${e.rule}  [${e.field} ${e.start}-${e.end}]  "${e.snippet}"`);
  };
  head('relevant', String(l.relevant), 'relevant');
  ev('relevant');
  head('design', l.design, 'design');
  ev('design');
  const losing = c.decision.design.filter((x) => x.design !== l.design);
  if (losing.length) {
    lines.push('    other cues weighed (best of each, strongest first):');
    for (const x of losing) lines.push(`      ${x.design} (weight ${x.weight}): ${x.rule}  "${x.snippet}"`);
  }
  for (const field of ['sources', 'routes'] as const) {
    head(field, l[field].join(', '), field);
    for (const v of l[field]) ev(`${field}:${v}`, `${v}: `);
  }
  head('sample size', l.sampleSize === null ? '' : String(l.sampleSize), 'sample_size');
  ev('sample_size');
  if (c.decision.sampleSize.length > 1) {
    lines.push('    candidates (value, score, text):');
    for (const x of c.decision.sampleSize) lines.push(`      ${x.value}  score ${x.score}  "${x.snippet}"`);
  }
  head('indications', l.indications.join(', '), 'indications');
  for (const i of l.indications) ev(`indications:${i}`, `${i}: `);
  lines.push('', 'study details:');
  for (const d of DETAIL_FIELDS) {
    const v = c.details[d];
    const text = Array.isArray(v) ? v.join(', ') : v === null ? '' : String(v);
    const conf = c.detailConfidence[d];
    lines.push(`  ${d}: ${text || '-'}${conf.level === 'low' ? `  [low confidence: ${conf.reason}]` : ''}`);
    for (const key of Object.keys(c.evidence).filter((k) => k === `details:${d}` || k.startsWith(`details:${d}:`)))
      for (const e of c.evidence[key]) lines.push(`      ${e.rule}  [${e.field} ${e.start}-${e.end}]  "${e.snippet}"`);
  }
  lines.push(`  industry ties (affiliations, conflict-of-interest statement, grants): ${c.details.industry_ties ? 'yes' : 'none found'}`);
  for (const e of c.evidence['details:industry_ties'] ?? []) lines.push(`      ${e.rule}  [${e.field} ${e.start}-${e.end}]  "${e.snippet}"`);
  if (c.details.animal_species.length) lines.push(`  animal species: ${c.details.animal_species.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
