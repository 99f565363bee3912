// The report model as GitHub-flavoured markdown. Every table cell goes through
// cell(), so titles and findings holding | * _ ` [ ] < > or line breaks cannot
// break a table or inject HTML. No wall-clock time is printed: the same
// database gives byte-identical output.

import type { ReportModel, Study, TierStats } from './model.ts';
import { TIERS } from './model.ts';

// What cell() replaces: most cells (citations, codes, counts) hold none of it.
const UNSAFE = /[\r\n&<>\\`*_[\]|~#]/;

/** Text made safe for one GFM table cell. */
export function cell(text: string): string {
  if (!UNSAFE.test(text)) return text.trim();
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .trim();
}

const row = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][], align: string[] = head.map(() => '---')) =>
  [row(head), row(align), ...rows.map(row)].join('\n');

const num = (x: number | null) => (x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(1));
const list = (xs: string[]) => (xs.length ? xs.map((x) => x.replace(/_/g, ' ')).join(', ') : '–');

function studyCell(s: Study): string {
  return `${cell(s.citation)} · [PMID ${s.pmid}](https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/)`;
}

/** The certainty method, written once for the report's appendix (README.md says the same). */
export const CERTAINTY_METHOD = [
  'Each claim (indication) is rated in the manner of GRADE, from its human studies; the labels are made by rules, and each study is counted where the rules put it.',
  '',
  '- The starting level comes from the best human evidence: randomized trials, **high**; controlled studies that are not randomized, **low**; uncontrolled studies (case reports, case series, single-arm studies), **very low**. A claim with only animal or in-vitro studies has **no human evidence**: a category of its own, not a grade.',
  '- It then steps down one level (never below very low) for each of: no blinding stated in any study at the starting level; few people (fewer than 100 in all at that level); a single study at that level; every human study tied to a commercial product or its maker (a named product, or an author, statement or grant naming a company).',
  '- The words beside each grade say what it started from and each step down.',
];

function statsLine(s: TierStats): string {
  if (!s.studies) return 'No studies.';
  const parts = [`${s.studies} ${s.studies === 1 ? 'study' : 'studies'}`];
  if (s.withN) {
    parts.push(`total N ${s.totalN}`, `median N ${num(s.medianN)} (IQR ${num(s.q1)}–${num(s.q3)})`, `range ${s.minN}–${s.maxN}`);
  }
  parts.push(`${Math.round(s.shareWithN * 100)}% state N (${s.withN} of ${s.studies})`);
  return `Summary: ${parts.join('; ')}.`;
}

/** The first line of every markdown report; report's --out overwrites only a file that opens with it. */
export const MARKDOWN_TITLE = '# Evidence tables: extracellular vesicles in dermatology';

export function renderMarkdown(m: ReportModel, opts: { svgHref?: string } = {}): string {
  const f = m.flow;
  const out: string[] = [];
  const tierTitles = TIERS.map((t) => t.title);

  out.push(MARKDOWN_TITLE, '');
  if (f.search) {
    out.push(`- Query: **${cell(f.search.queryName)}**, run ${f.search.startedAt.slice(0, 19).replace('T', ' ')} UTC; PubMed counted ${f.search.count} records.`);
    out.push(`- Search term: \`${f.search.term.replace(/`/g, "'")}\``);
  } else {
    out.push('- Query: none (records imported from files only).');
  }
  out.push(
    `- Database: ${f.records} records (${f.searchHitsStored} from the search, ${f.importedRecords} read from ${f.importedFiles} imported file${f.importedFiles === 1 ? '' : 's'}), ${f.classified} classified, ${f.included} included.`,
    `- Rules version: ${f.rulesVersions.length ? f.rulesVersions.join(', ') : 'none'}${f.rulesVersions.length > 1 ? ' (records classified by different rules: run classify)' : ''}; manual corrections applied: ${m.overridesApplied}.`,
  );
  out.push(`- Labels awaiting review (low confidence, not corrected): ${m.awaitingReview}; each is marked in its row with the reason. \`npm run review\` lists them in reports/review.csv.`);
  const current = f.rulesVersions.length === 1 ? f.rulesVersions[0] : null;
  const ev = m.rulesEval;
  if (ev && ev.rulesVersion === current)
    out.push(`- These labels are made by rules. Measured on ${ev.records} hand-labelled records: ${ev.figures.map((x) => `${x.label} ${x.value.toFixed(3)}`).join(', ')}.`);
  else
    out.push(`- These labels are made by rules, not yet measured for rules ${current ?? 'of several versions'}${ev ? ` (last measured: rules ${ev.rulesVersion})` : ''}: run \`eval --json data/rules-eval.json\` on the shared corpus.`);
  const fl = m.filters;
  if (fl.tiers?.length || fl.sources?.length || fl.indications?.length || fl.since !== undefined) {
    const parts = [
      fl.tiers?.length && `tiers ${fl.tiers.join(', ')}`,
      fl.sources?.length && `sources ${fl.sources.join(', ')}`,
      fl.indications?.length && `indications ${fl.indications.join(', ')}`,
      fl.since !== undefined && `published ${fl.since} or later`,
    ].filter(Boolean);
    out.push(`- Filtered: ${parts.join('; ')}: ${m.matched} of ${f.included} included records match.${fl.since !== undefined ? ` ${m.undatedDropped} undated record${m.undatedDropped === 1 ? '' : 's'} left out by the year filter.` : ''}`);
  }
  const filtered = Boolean(fl.tiers?.length || fl.sources?.length || fl.indications?.length || fl.since !== undefined);
  out.push('', 'Evidence tiers keep findings apart: a cell or animal result is not evidence that a product works in people.', '');
  if (opts.svgHref) out.push(`![Evidence map: studies and people per claim and evidence tier](${opts.svgHref})`, '');

  if (!filtered) out.push('## Study flow', '', 'In the manner of PRISMA 2020.', '');
  if (!filtered) out.push(
    table(
      ['Stage', 'Records'],
      [
        ['Identified by PubMed search', f.searchHits],
        ['Search records not retrieved', f.notRetrieved],
        ['Read from imported files', f.importedRecords],
        ['Duplicates removed', f.duplicates],
        ['Screened', f.records],
        ['Not classified yet', f.unclassified],
        ['Excluded as not relevant', f.excluded],
        ['Included', f.included],
        ...TIERS.map((t) => [`– ${t.title}`, f.perTier[t.code]]),
        ['– Reviews', f.reviews],
        ['– Other (editorials, methods, surveys)', f.other],
      ],
      ['---', '---:'],
    ),
    '',
    '```mermaid',
    'flowchart TD',
    `  id1["Identified by PubMed search: ${f.searchHits}"] --> scr`,
    `  id2["Read from imported files: ${f.importedRecords}"] --> scr`,
    `  scr["Screened after ${f.duplicates} duplicates removed: ${f.records}"] --> exc["Excluded as not relevant: ${f.excluded}"]`,
    `  scr --> inc["Included: ${f.included}"]`,
    ...TIERS.map((t, i) => `  inc --> t${i}["${t.title}: ${f.perTier[t.code]}"]`),
    `  inc --> rev["Reviews: ${f.reviews}"]`,
    `  inc --> oth["Other: ${f.other}"]`,
    '```',
    '',
  );

  out.push('## Evidence map', '', 'How many studies of each tier stand behind each vesicle source and each claim. A study with several sources or indications counts in each row.', '');
  const mapTable = (label: string, rows: ReportModel['sourceMap']) =>
    rows.length
      ? table(
          [label, ...tierTitles, 'Total'],
          rows.map((r) => [cell(r.label.replace(/_/g, ' ')), ...TIERS.map((t) => r.counts[t.code]), r.total]),
          ['---', ...TIERS.map(() => '---:'), '---:'],
        )
      : 'No included studies.';
  out.push('### Vesicle source × tier', '', mapTable('Source', m.sourceMap), '');
  out.push('### Indication × tier: claims versus evidence', '', mapTable('Indication', m.indicationMap), '');

  if (m.newSince) {
    const n = m.newSince;
    out.push(
      '## New since the last run',
      '',
      `Run ${n.run.id} (\`${n.run.command}\`, started ${n.run.startedAt.slice(0, 16).replace('T', ' ')} UTC) first stored ${n.stored} record${n.stored === 1 ? '' : 's'}, ${n.studies.length} of them included${filtered ? ' in this subset' : ''}; ${n.changes.length} label${n.changes.length === 1 ? '' : 's'} changed since it began.`,
      '',
    );
    if (n.studies.length)
      out.push(table(['Study', 'Title', 'Design', 'Indication'], n.studies.map((s) => [studyCell(s), cell(s.title), cell(s.designLabel), cell(list(s.labels.indications))])), '');
    if (n.changes.length)
      out.push(table(['PMID', 'Field', 'Before', 'After'], n.changes.map((c) => [`[${c.pmid}](https://pubmed.ncbi.nlm.nih.gov/${c.pmid}/)`, c.field, cell(c.before) || '–', cell(c.after) || '–'])), '');
  }
  out.push(
    '## Summary of findings',
    '',
    'Each claim (indication) with how many studies of each tier stand behind it, the people in its human studies, a certainty in the manner of GRADE (Appendix C) and the share of its studies that characterized their vesicles at all.',
    '',
    m.claims.length
      ? table(
          ['Claim', ...tierTitles, 'People', 'Certainty', 'Vesicles characterized'],
          m.claims.map((c) => [cell(c.indication.replace(/_/g, ' ')), ...TIERS.map((t) => c.counts[t.code]), c.people, `**${c.rating.certainty}**`, `${Math.round(c.characterized * 100)}%`]),
          ['---', ...TIERS.map(() => '---:'), '---:', '---', '---:'],
        )
      : 'No included studies.',
    '',
  );
  for (const c of m.claims) {
    out.push(`## Claim: ${cell(c.indication.replace(/_/g, ' '))} (${c.studies.length})`, '');
    out.push(`Certainty: **${c.rating.certainty}**: ${cell(c.rating.reasons.join('; '))}.`, '');
    out.push(
      table(
        ['Study', 'Title', 'Journal', 'Design', 'N', 'Source', 'Route', 'Control', 'Blinding', 'Follow-up', 'Adverse events', 'EV characterization', 'Flags'],
        c.studies.map((s) => [
          studyCell(s),
          `[${cell(s.title)}](https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/)`,
          cell(s.journal ?? '') || '–',
          cell(s.designLabel),
          num(s.labels.sampleSize),
          cell(list(s.labels.sources)),
          cell(list(s.labels.routes)),
          cell(s.details.control ?? '') || '–',
          cell(s.details.blinding ?? '') || '–',
          s.details.follow_up_weeks === null ? '–' : `${s.details.follow_up_weeks} wk`,
          cell(s.details.adverse_events ?? '') || '–',
          cell(list(s.details.ev_characterization)),
          cell(s.flags.join(', ')) || '–',
        ]),
      ),
      '',
    );
  }

  for (const { tier, studies, stats } of m.tiers) {
    out.push(`## ${tier.title} (${studies.length})`, '', statsLine(stats), '');
    if (studies.length)
      out.push(
        table(
          ['Study', 'Source', 'Route', 'N', 'Indication', 'Key finding', 'Flags'],
          studies.map((s) => [studyCell(s), cell(list(s.labels.sources)), cell(list(s.labels.routes)), num(s.labels.sampleSize), cell(list(s.labels.indications)), cell(s.finding) || '–', cell(s.flags.join(', ')) || '–']),
        ),
        '',
      );
  }

  const appendix = (title: string, studies: Study[]) => {
    out.push(`## ${title} (${studies.length})`, '');
    out.push(
      studies.length
        ? table(['Study', 'Title', 'Source', 'Indication', 'Flags'], studies.map((s) => [studyCell(s), cell(s.title), cell(list(s.labels.sources)), cell(list(s.labels.indications)), cell(s.flags.join(', ')) || '–']))
        : 'None.',
      '',
    );
  };
  if (!m.filters.tiers?.length) {
    appendix('Appendix A: Reviews', m.reviews);
    appendix('Appendix B: Other included records', m.other);
  }
  out.push('## Appendix C: How certainty is rated', '', ...CERTAINTY_METHOD, '');
  out.push('Records excluded as not relevant are counted in the study flow, not listed.', '');
  return out.join('\n');
}
