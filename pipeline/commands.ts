// What each command does, once its options are read: opens the database (holding
// the run lock for a stage that writes), runs the stage, and prints its summary.
// Loaded by cli.ts only when a command runs, so that --help and usage errors do
// not wait for the HTTP client, SQLite and the report writers to load.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Store, checkDbPath, removeDatabase } from './store/db.ts';
import { RunLock } from './lock.ts';
import { Eutils, DEFAULT_BASE_URL, UnreachableError } from './pubmed/eutils.ts';
import { loadQuery, search } from './stages/search.ts';
import { fetchRecords } from './stages/fetch.ts';
import { checkInput, importFile, type ImportSummary } from './stages/import.ts';
import { classifyRecords } from './stages/classify.ts';
import { checkJsonOut, runEval } from './stages/eval.ts';
import { runProbe } from './stages/probe.ts';
import { classify } from './classify/classify.ts';
import { loadRules } from './classify/rules.ts';
import { formatExplanation } from './classify/explain.ts';
import { DEFAULT_OVERRIDES, readOverrides, applyOverrides } from './classify/overrides.ts';
import { checkReportOptions, checkReportsDir, writeReports, type ReportOptions } from './stages/report.ts';
import { applyReview, writeReviewQueue } from './stages/review.ts';
import { UsageError, UserError } from './errors.ts';
import { safeForTerminal, safeLine } from './terminal.ts';
import { DEFAULT_BATCH, DEFAULT_DB, DEFAULT_QUERY, DEFAULT_REPORTS, MAX_BATCH } from './defaults.ts';
import { isPmid, type InvalidText } from './types.ts';

export type Values = Record<string, string | boolean | string[] | undefined>;

const log = (line: string) => process.stderr.write(`${safeLine(line)}\n`);
const say = (line: string) => process.stdout.write(`${safeLine(line)}\n`);

/** EUTILS_BASE_URL, checked here: axios answers one that is not an http(s) URL with a stack trace. */
function baseUrlOf(raw: string): string {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    /* said below */
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UserError(`EUTILS_BASE_URL=${raw}: not an http or https URL`);
  return raw;
}

/** The E-utilities client as the environment configures it; the key is read here and nowhere else. */
function clientFromEnv(env = process.env, quiet = false): Eutils {
  const num = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new UserError(`${name}=${raw}: not a non-negative number`);
    return n;
  };
  return new Eutils({
    baseUrl: baseUrlOf(env.EUTILS_BASE_URL || DEFAULT_BASE_URL),
    apiKey: env.NCBI_API_KEY || undefined,
    email: env.NCBI_EMAIL || undefined,
    maxAttempts: num('EUTILS_MAX_ATTEMPTS'),
    retryBaseMs: num('EUTILS_RETRY_BASE_MS'),
    timeoutMs: num('EUTILS_TIMEOUT_MS'),
    idleMs: num('EUTILS_IDLE_TIMEOUT_MS'),
    totalMs: num('EUTILS_TOTAL_TIMEOUT_MS'),
    onRetry: quiet ? undefined : (what, attempt, reason, delay) => log(`${what}: ${reason}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
  });
}

function checkWorkersOption(v: Values): void {
  if (v.workers !== undefined && !/^\d+$/.test(String(v.workers))) throw new UsageError(`--workers ${v.workers}: give a whole number (0: none)`);
}

function workersOption(v: Values): number | undefined {
  if (v.workers === undefined) return undefined;
  checkWorkersOption(v);
  const n = Number(v.workers);
  // More threads than cores only add memory: 200 threads once took 5.8 GB and ignored SIGTERM.
  const cores = availableParallelism();
  if (n > cores) {
    log(`--workers ${n}: this machine has ${cores} cores; using ${cores}`);
    return cores;
  }
  return n;
}

async function runSearch(v: Values, store: Store): Promise<void> {
  const query = loadQuery((v.query as string | undefined) ?? DEFAULT_QUERY);
  const s = await search(store, clientFromEnv(process.env, Boolean(v.quiet)), query, log);
  say(`search: query "${query.name}" found ${s.count} records; ${s.stored} hits stored in ${s.windows} window(s) (run ${s.runId})`);
}

/**
 * --overrides FILE, when named, must exist: a mistyped name would otherwise drop every correction without
 * a word. The default file may be missing (no corrections yet), and so may the one `review --apply` creates.
 */
function checkOverridesOption(v: Values): void {
  const file = v.overrides as string | undefined;
  if (file !== undefined && !v.apply && !existsSync(file)) throw new UserError(`--overrides ${file}: no such file`);
}

/** --batch N, checked before any database is opened: a bad value is a usage error. */
function batchOption(v: Values): number {
  if (v.batch === undefined) return DEFAULT_BATCH;
  const n = Number(v.batch);
  if (!/^\d+$/.test(String(v.batch)) || n < 1 || n > MAX_BATCH) throw new UsageError(`--batch ${v.batch}: give a whole number from 1 to ${MAX_BATCH}`);
  return n;
}

async function runFetch(v: Values, store: Store): Promise<void> {
  const batch = batchOption(v);
  const s = await fetchRecords(store, clientFromEnv(process.env, Boolean(v.quiet)), { batchSize: batch, refresh: Boolean(v.refresh), quiet: Boolean(v.quiet) });
  say(`fetch: ${s.fetched} records fetched; ${s.skippedBatches} of ${s.batches} batches already stored; ${store.recordCount()} records in the database`);
  if (s.dropped) log(`fetch: ${s.dropped} records in the replies were not asked for (other PMIDs, or one given twice) and were not stored`);
  if (s.books) log(`fetch: ${s.books} search hits are books or chapters, not journal articles; not stored (the report counts them as not retrieved)`);
  if (s.missing.length)
    log(`fetch: ${s.missing.length} search hits were not in efetch's replies however often asked (PMID ${s.missing.slice(0, 10).join(', ')}${s.missing.length > 10 ? ', ...' : ''}); not stored: a later fetch asks again, and the report counts them as not retrieved`);
  logInvalidText('fetch: ', s.invalid);
}

/** Records whose bytes were not UTF-8, named, not fixed: the text is stored with U+FFFD where the bytes were bad. */
function logInvalidText(prefix: string, invalid: InvalidText[]): void {
  for (const bad of invalid.slice(0, 20)) log(`${prefix}${bad.record}: ${bad.bytes} bytes of invalid UTF-8, stored as U+FFFD`);
  if (invalid.length > 20) log(`${prefix}${invalid.length - 20} more records with invalid UTF-8`);
}

/** What an import did, in one line. */
function importLine(input: string, s: ImportSummary): string {
  if (s.skipped) return `import: ${input} was imported already and has not changed; skipped (--force to import again)`;
  const repeated = s.repeated ? ` (${s.repeated} more repeated a PMID given earlier in the file, and were read as revisions of it)` : '';
  const removed = s.removed ? `${s.removed} of them stored here, now removed` : 'none of them stored here';
  const books = s.books ? `; ${s.books} books or chapters skipped (not journal articles)` : '';
  return `import: ${input} (${s.format}): ${s.records} records stored${repeated}, ${s.deleted ? `${s.deleted} listed as deleted (${removed})` : '0 deleted'}${books}`;
}

async function runImport(v: Values, store: Store): Promise<void> {
  const inputs = (v.input as string[] | undefined) ?? [];
  if (!inputs.length) throw new UsageError('import: --input FILE is required');
  // An empty name resolves to the working folder, which would be refused as "a folder".
  if (inputs.some((i) => !i)) throw new UsageError('--input: give the path of a PubMed XML, .xml.gz or MEDLINE file');
  const workers = workersOption(v);
  // Each file is its own transaction: a missing second file found after the first was imported would leave half a run.
  for (const input of inputs) checkInput(input);
  for (const input of inputs) {
    const s = await importFile(store, input, { force: Boolean(v.force), quiet: Boolean(v.quiet), workers });
    say(importLine(input, s));
    logInvalidText(`import: ${input}: `, s.invalidText);
  }
}

async function runClassify(v: Values, store: Store): Promise<void> {
  const workers = workersOption(v);
  if (store.recordCount() === 0) throw new UserError(`classify: ${store.path} holds no records yet; run "search" and "fetch", or "import --input FILE"`);
  // Read first: a malformed corrections file stops the run before any label is written, not after.
  const overrides = readOverrides((v.overrides as string | undefined) ?? DEFAULT_OVERRIDES, (p) => store.hasRecord(p));
  const s = await classifyRecords(store, { force: Boolean(v.force), quiet: Boolean(v.quiet), workers, diff: Boolean(v.diff) });
  const threads = s.threads ? ` on ${s.threads} worker thread${s.threads > 1 ? 's' : ''}` : '';
  say(`classify: ${s.classified} records classified (${s.relevant} relevant) with rules ${s.rulesVersion}${threads}; ${store.classificationCount()} classified in the database`);
  const changed = Object.entries(s.changed).filter(([, n]) => n > 0);
  say(`classify: labels changed from those stored: ${changed.length ? changed.map(([f, n]) => `${f} ${n}`).join(', ') : 'none'}`);
  for (const c of s.changes) say(`    ${c.pmid}  ${c.field}: ${c.before || '-'} -> ${c.after || '-'}`);
  const applied = [...overrides.byPmid.values()].reduce((n, l) => n + l.length, 0);
  if (applied || overrides.problems.length) say(`classify: ${applied} manual corrections apply after the rules`);
  for (const p of overrides.problems) log(`classify: override not applied: ${p}`);
}

function reportOptions(v: Values): ReportOptions {
  return {
    reportsDir: v.reports as string | undefined,
    out: v.out as string | undefined,
    overridesFile: v.overrides as string | undefined,
    tier: v.tier as string | undefined,
    source: v.source as string | undefined,
    indication: v.indication as string | undefined,
    since: v.since as string | undefined,
  };
}

async function runReport(v: Values, store: Store): Promise<void> {
  const r = await writeReports(store, reportOptions(v));
  for (const p of r.overrideProblems) log(`report: override not applied: ${p}`);
  say(
    v.out
      ? `report: ${r.matched} of ${r.included} included records match the filters; wrote ${r.files.join(', ')}`
      : `report: ${r.included} included records; wrote ${r.files.join(', ')}`,
  );
}

async function runExplain(v: Values, positionals: string[], store: Store): Promise<void> {
  if (positionals.length !== 1 || !isPmid(positionals[0])) throw new UsageError('explain: give one PMID, e.g. "explain 12345678"');
  const pmid = positionals[0];
  // Record and labels of one state of the database: a record fetched again meanwhile has other offsets.
  const { record, stored } = store.snapshot(() => ({ record: store.getRecord(pmid), stored: store.getClassification(pmid) }));
  if (!record) throw new UserError(`explain: PMID ${pmid} is not in ${store.path}`);
  const rules = loadRules();
  // Stored labels are explained as stored; a record not classified yet, or by other rules, is classified now.
  const fresh = !stored || stored.rulesVersion !== rules.version;
  const c = fresh ? classify(record, rules) : stored;
  // Read before anything is printed: a damaged file is one error line, not an explanation cut short by one.
  const overrides = readOverrides((v.overrides as string | undefined) ?? DEFAULT_OVERRIDES, (p) => store.hasRecord(p));
  process.stdout.write(safeForTerminal(formatExplanation(record, c, fresh ? rules.version : stored.rulesVersion)));
  if (fresh) say(stored ? `(stored labels are from rules ${stored.rulesVersion}; shown: current rules)` : '(not classified in the database yet; shown: current rules)');
  for (const p of overrides.problems) log(`explain: override not applied: ${p}`);
  const corrections = overrides.byPmid.get(pmid) ?? [];
  if (corrections.length) {
    const l = applyOverrides(c.labels, corrections);
    say(`manual corrections (data/overrides.csv), applied after the rules:`);
    for (const o of corrections)
      say(`    ${o.field} = ${o.value || '-'}  (line ${o.line}${o.reviewer ? `, by ${o.reviewer}` : ''}${o.date ? ` on ${o.date}` : ''}: ${o.reason || 'no reason given'})`);
    say(`labels as reported: design ${l.design}, relevant ${l.relevant}, N ${l.sampleSize ?? '-'}`);
  }
}

async function runReview(v: Values, store: Store): Promise<void> {
  const overridesFile = v.overrides as string | undefined;
  if (v.apply) {
    const r = applyReview(store, { file: v.apply as string, overridesFile });
    say(`review: ${r.applied} corrections added to ${r.overridesFile}; classify and report apply them`);
    return;
  }
  const r = writeReviewQueue(store, { reportsDir: (v.reports as string | undefined) ?? DEFAULT_REPORTS, overridesFile });
  say(`review: ${r.items} low-confidence labels await review; wrote ${r.file} (fill in corrected_value, reviewer, note; then "review --apply ${r.file}")`);
}

/**
 * search, fetch, classify, report. The search lists every PMID the query finds (all windows), and
 * fetch downloads only those not stored yet, so nothing new is missed and nothing old is fetched
 * again. With PubMed out of reach and records already stored (an import), it goes on offline.
 */
async function runPipeline(v: Values, store: Store): Promise<void> {
  try {
    await runSearch(v, store);
    await runFetch(v, store);
  } catch (e) {
    if (!(e instanceof UnreachableError) || store.recordCount() === 0) throw e;
    log(`search: ${e.message}`);
    log(`search: going on offline with the ${store.recordCount()} records stored: classify, then report (run them alone with "classify" and "report")`);
  }
  await runClassify(v, store);
  await runReport(v, store);
}

async function runProbeCommand(v: Values): Promise<void> {
  if (!v.records) throw new UsageError('probe: --records FILE is required');
  checkInput(v.records as string, '--records');
  const r = await runProbe({ records: v.records as string, rewrites: v.rewrites as string | undefined });
  process.stdout.write(safeForTerminal(r.report));
  // Like a linter: what it finds fails the run, so CI keeps the rules' labels steady under every rewriting.
  const changed = r.rewrites.filter((t) => t.changes);
  if (changed.length) throw new UserError(`probe: labels changed under ${changed.length} of ${r.rewrites.length} rewritings (${changed.map((t) => t.name).join(', ')})`);
}

async function runEvalCommand(v: Values): Promise<void> {
  if (!v.records || !v.gold) throw new UsageError('eval: --records FILE and --gold LABELS.csv are required');
  checkInput(v.records as string, '--records');
  if (v.json) checkJsonOut(v.json as string);
  const part = v.part as string | undefined;
  if (part !== undefined && part !== 'hot' && part !== 'cold') throw new UsageError(`eval: --part ${part}: give hot or cold`);
  const r = await runEval({ records: v.records as string, gold: v.gold as string, json: v.json as string | undefined, thresholds: v.thresholds as string | undefined, part });
  process.stdout.write(safeForTerminal(r.report));
  if (r.failures.length) throw new UserError(`eval: below the thresholds in ${v.thresholds}: ${r.failures.join('; ')}`);
}


/** The commands that may begin a database; the others work on one that exists. */
const MAKE_DATABASE = new Set(['search', 'import', 'run', 'update']);

/**
 * Opens the database for a stage; a stage that writes holds the run lock while it works. A database
 * this run created is removed again when the run fails with nothing stored, so a mistyped --db or a
 * failed first search leaves no empty file behind.
 */
async function withStore(command: string, v: Values, work: (s: Store) => Promise<void>, writes = true): Promise<void> {
  const path = (v.db as string | undefined) ?? DEFAULT_DB;
  // SQLite reads an empty name as "a temporary database", which would be thrown away at the end.
  if (!path) throw new UsageError('--db: give the path of a database file');
  checkDbPath(path);
  const created = !existsSync(path);
  // A mistyped --db is named as such, not read as an empty database ("holds no records yet").
  if (created && !MAKE_DATABASE.has(command)) throw new UserError(`--db ${path}: no such database; make one with "search" and "fetch", or "import --input FILE"`);
  const lock = writes ? RunLock.acquire(path) : null;
  try {
    const store = new Store(path);
    let failed = true;
    try {
      // Each run of a stage that writes is recorded: new records and changed labels remember it.
      if (writes) store.beginRun(command);
      await work(store);
      if (writes) store.completeRun();
      failed = false;
    } finally {
      const leaveNothing = created && failed && store.isEmpty();
      store.close();
      if (leaveNothing) removeDatabase(path);
    }
  } finally {
    lock?.release();
  }
}

/** Each command's work, by name; option checks that need no database come first. */
export const runners: Record<string, (v: Values, positionals: string[]) => Promise<void>> = {
  search: (v) => withStore('search', v, (s) => runSearch(v, s)),
  fetch: (v) => {
    batchOption(v);
    return withStore('fetch', v, (s) => runFetch(v, s));
  },
  import: (v) => withStore('import', v, (s) => runImport(v, s)),
  classify: (v) => {
    // A usage error comes before any look at the database.
    checkWorkersOption(v);
    checkOverridesOption(v);
    return withStore('classify', v, (s) => runClassify(v, s));
  },
  explain: (v, p) => {
    checkOverridesOption(v);
    return withStore('explain', v, (s) => runExplain(v, p, s), false);
  },
  eval: (v) => runEvalCommand(v),
  probe: (v) => runProbeCommand(v),
  report: (v) => {
    // Bad filters or folders are usage errors, found before a database is opened (or created).
    checkReportOptions(reportOptions(v));
    checkOverridesOption(v);
    // Reading only: a report can be written from a read-only database, beside a running update.
    return withStore('report', v, (s) => runReport(v, s), false);
  },
  review: (v) => {
    if (!v.apply) checkReportsDir(v.reports as string | undefined);
    checkOverridesOption(v);
    return withStore('review', v, (s) => runReview(v, s), false);
  },
  run: (v) => {
    batchOption(v);
    return withStore('run', v, (s) => runPipeline(v, s));
  },
  update: (v) => {
    batchOption(v);
    return withStore('update', v, (s) => runPipeline(v, s));
  },
};
