// Stage 4, report: writes the evidence browser (reports/index.html), the evidence
// tables (evidence-tables.md), the evidence maps (SVG), the exports (CSV, JSON)
// and the citation files (RIS, BibTeX) from the classified records, with
// data/overrides.csv applied. The set is swapped into place as one folder
// (atomic.ts). Filters (--tier, --source, --indication, --since) write a writer's
// subset to --out, written whole, then renamed into place.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Store } from '../store/db.ts';
import { buildReport, includedStudies, TIERS, type Filters, type RulesEval, type Tier } from '../report/model.ts';
import { MARKDOWN_TITLE, renderMarkdown } from '../report/markdown.ts';
import { renderMapSvg, renderSourcesSvg } from '../report/svg.ts';
import { renderBrowser } from '../report/browser/page.ts';
import { renderCsv, renderJson } from '../report/exports.ts';
import { CitationsAsRead, renderCitations, type CitationFiles, type CitationPieces, type CslItem } from '../report/citations.ts';
import { Pool } from '../workers/pool.ts';
import { DEFAULT_OVERRIDES, readOverrides } from '../classify/overrides.ts';
import { isFolder, writeFileAtomic, writeFolder, writtenHere, type FileSource } from '../atomic.ts';
import { INDICATIONS, SOURCES, type Indication, type Source } from '../types.ts';
import { UsageError, UserError } from '../errors.ts';
import { ROOT } from '../paths.ts';
import { DEFAULT_REPORTS } from '../defaults.ts';
import { readText } from '../read-text.ts';

/** The full report's files, in the reports folder; a filtered report may not overwrite them. */
export const REPORT_FILES = ['index.html', 'evidence-tables.md', 'evidence-map.svg', 'evidence-sources.svg', 'evidence.csv', 'evidence.json', 'references.ris', 'references.bib', 'review.csv'];

export interface ReportOptions {
  reportsDir?: string;
  out?: string;
  overridesFile?: string;
  tier?: string;
  source?: string;
  indication?: string;
  since?: string;
  rulesEvalFile?: string;
}

/** Studies classified relevant (the included, but for overrides) from which the citation files are formatted in a worker thread. */
export const CITATIONS_THREAD_FROM = 2000;

/** A lot of citations formatted on a worker thread, each lot a message of its own: it begins on the first while the rest are sent. */
export const citationsOn = (pool: Pool) => (lot: CslItem[]) => pool.run<CitationFiles>([lot]).then(([files]) => files);

export const DEFAULT_RULES_EVAL = resolve(ROOT, 'data/rules-eval.json');

/** The figures of `eval --json` that a reader needs, with the rules version they were measured for. */
export function readRulesEval(file: string): RulesEval | null {
  if (!existsSync(file)) return null;
  const text = readText(file);
  let e: any;
  try {
    e = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not valid JSON (write it with "eval --json ${file}")`);
  }
  if (typeof e?.rules_version !== 'string' || typeof e.records !== 'number') throw new UserError(`${file}: not the output of "eval --json" (no rules_version or records)`);
  const figures = [
    ['relevant F1', e.relevant?.f1],
    ['design accuracy', e.design?.accuracy],
    ['sources F1', e.sources?.micro_f1],
    ['routes F1', e.routes?.micro_f1],
    ['indications F1', e.indications?.micro_f1],
    ['sample size exact', e.sample_size?.exact],
    ['design labels marked high right', e.confidence?.design?.high?.accuracy],
  ].filter(([, v]) => typeof v === 'number') as [string, number][];
  return { rulesVersion: e.rules_version, records: e.records, figures: figures.map(([label, value]) => ({ label, value })) };
}

function codes<T extends string>(option: string, raw: string | undefined, valid: readonly T[]): T[] | undefined {
  if (raw === undefined) return undefined;
  const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
  const bad = values.filter((v) => !valid.includes(v as T));
  if (bad.length || !values.length) throw new UsageError(`--${option} ${raw}: unknown code${bad.length > 1 ? 's' : ''} ${bad.join(', ') || '(none given)'}; valid: ${valid.join(', ')}`);
  return values as T[];
}

export function parseFilters(o: ReportOptions): Filters {
  const filters: Filters = {
    tiers: codes<Tier>('tier', o.tier, TIERS.map((t) => t.code)),
    sources: codes<Source>('source', o.source, SOURCES),
    indications: codes<Indication>('indication', o.indication, INDICATIONS),
  };
  if (o.since !== undefined) {
    if (!/^\d{4}$/.test(o.since)) throw new UsageError(`--since ${o.since}: give a year, e.g. 2020`);
    filters.since = Number(o.since);
  }
  return filters;
}

export interface ReportSummary {
  files: string[];
  included: number;
  /** Included records the filters kept (= included without filters). */
  matched: number;
  overrideProblems: string[];
}

/** A --reports that names a file is a usage error (report and review write into the folder). */
export function checkReportsDir(dir: string = DEFAULT_REPORTS): void {
  if (existsSync(dir) && !isFolder(dir)) throw new UsageError(`--reports ${dir}: not a folder`);
}

/** --out names a new markdown file, or one this tool wrote, in a folder that exists and outside the full report. */
function checkOut(out: string, reportsDir: string): void {
  const file = resolve(out);
  if (isFolder(file)) throw new UsageError(`--out ${out}: a folder; name the markdown file to write`);
  if (existsSync(file) && !writtenHere(file, MARKDOWN_TITLE)) throw new UsageError(`--out ${out}: a file that is not a report of this tool; name a new file (it is never overwritten)`);
  if (REPORT_FILES.some((f) => join(reportsDir, f) === file)) throw new UsageError(`--out ${out}: that is a file of the full report; name another file for a filtered one`);
  if (!isFolder(dirname(file))) throw new UserError(`--out ${out}: folder ${dirname(file)} does not exist`);
}

/** Options that are wrong whatever the database holds: checked before it is opened (usage errors). */
export function checkReportOptions(o: ReportOptions): Filters {
  checkReportsDir(o.reportsDir);
  if (o.out) checkOut(o.out, resolve(o.reportsDir ?? DEFAULT_REPORTS));
  return parseFilters(o);
}

export async function writeReports(store: Store, o: ReportOptions = {}): Promise<ReportSummary> {
  const filters = checkReportOptions(o);
  const filtered = Boolean(filters.tiers || filters.sources || filters.indications || filters.since !== undefined);
  if (filtered && !o.out) throw new UsageError('report: filters write a subset; name its file with --out FILE (the full report stays in reports/)');
  if (store.recordCount() === 0) throw new UserError(`report: ${store.path} holds no records yet; run "search" and "fetch", or "import --input FILE", then "classify"`);
  if (store.classificationCount() === 0) throw new UserError('report: no record is classified yet; run "classify" first');
  const dir = resolve(o.reportsDir ?? DEFAULT_REPORTS);
  // The citation files take citation-js as long as the browser takes to render: with a second core and many studies,
  // a worker thread formats them meanwhile. Started before the records are read, and given citation-js to load at
  // once (an empty task), so that it is ready when they are; the studies classified relevant stand for the included.
  const pool = !o.out && store.relevantCount() >= CITATIONS_THREAD_FROM && availableParallelism() > 1 ? new Pool('citations', 1) : null;
  pool?.run([]).catch(() => undefined); // a failure to start is reported where the citations are awaited
  try {
    return await reportWith(store, o, filters, dir, pool);
  } finally {
    await pool?.close();
  }
}

async function reportWith(store: Store, o: ReportOptions, filters: Filters, dir: string, pool: Pool | null): Promise<ReportSummary> {
  // With a worker thread, the citations are formatted while the studies are read: they were the last file done.
  const asRead = pool && new CitationsAsRead(citationsOn(pool));
  const { overrides, model } = store.snapshot(() => {
    const overrides = readOverrides(o.overridesFile ?? DEFAULT_OVERRIDES, (p) => store.hasRecord(p));
    const model = buildReport(store.reportRows(), store.flowCounts(), overrides.byPmid, filters, asRead ? (s) => asRead.add(s) : undefined);
    const run = store.runs.latestWithNewRecords();
    if (run) {
      const fresh = new Set(store.runs.firstStoredIn(run.id));
      const studies = includedStudies(model).filter((s) => fresh.has(s.pmid)).sort((a, b) => Number(a.pmid) - Number(b.pmid));
      model.newSince = { run, stored: fresh.size, studies, changes: store.runs.changesSince(run.id) };
    }
    return { overrides, model };
  });
  model.rulesEval = readRulesEval(o.rulesEvalFile ?? DEFAULT_RULES_EVAL);

  if (o.out) {
    writeFileAtomic(resolve(o.out), renderMarkdown(model));
    return { files: [o.out], included: model.flow.included, matched: model.matched, overrideProblems: overrides.problems };
  }
  const at = (name: string) => join(dir, name);
  // Each file is rendered as it is written: the browser alone is 100 MB for 40,000 real abstracts.
  let citations: Promise<CitationPieces> | null = asRead && asRead.files(model);
  citations?.catch(() => undefined); // awaited when its file is written; a failure is reported there
  const outputs: [string, FileSource][] = [
    ['index.html', () => renderBrowser(model)],
    ['evidence-map.svg', () => renderMapSvg(model)],
    ['evidence-sources.svg', () => renderSourcesSvg(model)],
    ['evidence-tables.md', () => renderMarkdown(model, { svgHref: 'evidence-map.svg' })],
    ['evidence.csv', () => renderCsv(model)],
    ['evidence.json', () => renderJson(model)],
    ['references.ris', async () => (await (citations ??= renderCitations(model))).ris],
    ['references.bib', async () => (await (citations ??= renderCitations(model))).bibtex],
  ];
  // Other files of the folder (its README, the review queue) move with it.
  await writeFolder(dir, outputs);
  const files = outputs.map(([name]) => at(name));
  return { files, included: model.flow.included, matched: model.matched, overrideProblems: overrides.problems };
}
