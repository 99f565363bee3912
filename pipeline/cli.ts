// exoevidence's one entry point: `tsx pipeline/cli.ts <stage> [options]`.
// Each stage lives in pipeline/stages/; this file only reads options and the
// environment, opens the database, and turns errors into one line and an exit code.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Store, checkDbFolder, removeDatabase } from './store/db.ts';
import { RunLock } from './store/lock.ts';
import { Eutils, DEFAULT_BASE_URL, UnreachableError } from './pubmed/eutils.ts';
import { DEFAULT_QUERY, loadQuery, search } from './stages/search.ts';
import { DEFAULT_BATCH, MAX_BATCH, fetchRecords } from './stages/fetch.ts';
import { importFile } from './stages/import.ts';
import { classifyRecords } from './stages/classify.ts';
import { runEval } from './stages/eval.ts';
import { classify } from './classify/classify.ts';
import { loadRules } from './classify/rules.ts';
import { formatExplanation } from './classify/explain.ts';
import { DEFAULT_OVERRIDES, readOverrides, applyOverrides } from './classify/overrides.ts';
import { DEFAULT_REPORTS, parseFilters, writeReports, type ReportOptions } from './stages/report.ts';
import { applyReview, writeReviewQueue } from './stages/review.ts';
import { UsageError, UserError } from './errors.ts';
import { INDICATIONS, SOURCES } from './types.ts';
import { safeForTerminal } from './terminal.ts';

export const DEFAULT_DB = 'data/evidence.db';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | string[] | undefined>;

interface Command {
  summary: string;
  usage: string;
  options: Options;
  help: Record<string, string>;
  /** Takes positional arguments (explain PMID). */
  positionals?: boolean;
  run: (v: Values, positionals: string[]) => Promise<void>;
}

const common: Options = { db: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
const commonHelp = {
  '--db PATH': `SQLite database (default ${DEFAULT_DB})`,
  '--quiet': 'no progress output on stderr',
};

const log = (line: string) => process.stderr.write(`${safeForTerminal(line)}\n`);
const say = (line: string) => process.stdout.write(`${safeForTerminal(line)}\n`);

/** The E-utilities client as the environment configures it; the key is read here and nowhere else. */
export function clientFromEnv(env = process.env, quiet = false): Eutils {
  const num = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new UserError(`${name}=${raw}: not a non-negative number`);
    return n;
  };
  return new Eutils({
    baseUrl: env.EUTILS_BASE_URL || DEFAULT_BASE_URL,
    apiKey: env.NCBI_API_KEY || undefined,
    email: env.NCBI_EMAIL || undefined,
    maxAttempts: num('EUTILS_MAX_ATTEMPTS'),
    retryBaseMs: num('EUTILS_RETRY_BASE_MS'),
    timeoutMs: num('EUTILS_TIMEOUT_MS'),
    onRetry: quiet ? undefined : (what, attempt, reason, delay) => log(`${what}: ${reason}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
  });
}

function workersOption(v: Values): number | undefined {
  if (v.workers === undefined) return undefined;
  const n = Number(v.workers);
  if (!/^\d+$/.test(String(v.workers))) throw new UsageError(`--workers ${v.workers}: give a whole number (0: none)`);
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
}

async function runImport(v: Values, store: Store): Promise<void> {
  const inputs = (v.input as string[] | undefined) ?? [];
  if (!inputs.length) throw new UsageError('import: --input FILE is required');
  for (const input of inputs) {
    const s = await importFile(store, input, { force: Boolean(v.force), quiet: Boolean(v.quiet), workers: workersOption(v) });
    say(
      s.skipped
        ? `import: ${input} was imported already and has not changed; skipped (--force to import again)`
        : `import: ${input} (${s.format}): ${s.records} records stored, ${s.deleted} deleted`,
    );
  }
}

async function runClassify(v: Values, store: Store): Promise<void> {
  const s = await classifyRecords(store, { force: Boolean(v.force), quiet: Boolean(v.quiet), workers: workersOption(v), diff: Boolean(v.diff) });
  say(`classify: ${s.classified} records classified (${s.relevant} relevant) with rules ${s.rulesVersion}; ${store.classificationCount()} classified in the database`);
  const changed = Object.entries(s.changed).filter(([, n]) => n > 0);
  say(`classify: labels changed from those stored: ${changed.length ? changed.map(([f, n]) => `${f} ${n}`).join(', ') : 'none'}`);
  for (const c of s.changes) say(`    ${c.pmid}  ${c.field}: ${c.before || '-'} -> ${c.after || '-'}`);
  const overrides = readOverrides((v.overrides as string | undefined) ?? DEFAULT_OVERRIDES, (p) => store.hasRecord(p));
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
  const r = writeReports(store, reportOptions(v));
  for (const p of r.overrideProblems) log(`report: override not applied: ${p}`);
  say(
    v.out
      ? `report: ${r.matched} of ${r.included} included records match the filters; wrote ${r.files.join(', ')}`
      : `report: ${r.included} included records; wrote ${r.files.join(', ')}`,
  );
}

async function runExplain(v: Values, positionals: string[], store: Store): Promise<void> {
  if (positionals.length !== 1 || !/^\d+$/.test(positionals[0])) throw new UsageError('explain: give one PMID, e.g. "explain 12345678"');
  const pmid = positionals[0];
  const record = store.getRecord(pmid);
  if (!record) throw new UserError(`explain: PMID ${pmid} is not in ${store.path}`);
  const rules = loadRules();
  const stored = store.getClassification(pmid);
  // Stored labels are explained as stored; a record not classified yet, or by other rules, is classified now.
  const fresh = !stored || stored.rulesVersion !== rules.version;
  const c = fresh ? classify(record, rules) : stored;
  process.stdout.write(safeForTerminal(formatExplanation(record, c, fresh ? rules.version : stored.rulesVersion)));
  if (fresh) say(stored ? `(stored labels are from rules ${stored.rulesVersion}; shown: current rules)` : '(not classified in the database yet; shown: current rules)');
  const corrections = readOverrides((v.overrides as string | undefined) ?? DEFAULT_OVERRIDES, (p) => store.hasRecord(p)).byPmid.get(pmid) ?? [];
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

async function runEvalCommand(v: Values): Promise<void> {
  if (!v.records || !v.gold) throw new UsageError('eval: --records FILE and --gold LABELS.csv are required');
  const part = v.part as string | undefined;
  if (part !== undefined && part !== 'hot' && part !== 'cold') throw new UsageError(`eval: --part ${part}: give hot or cold`);
  const r = await runEval({ records: v.records as string, gold: v.gold as string, json: v.json as string | undefined, thresholds: v.thresholds as string | undefined, part });
  process.stdout.write(safeForTerminal(r.report));
  if (r.failures.length) throw new UserError(`eval: below the thresholds in ${v.thresholds}: ${r.failures.join('; ')}`);
}


/** run and update: the same stages, recorded under their own name. */
function pipelineCommand(name: string, summary: string): Command {
  return {
    summary,
    usage: `${name} [--query NAME] [--batch N] [--force] [--reports DIR] [--db PATH] [--quiet]`,
    options: { ...common, query: { type: 'string' }, batch: { type: 'string' }, force: { type: 'boolean' }, reports: { type: 'string' } },
    help: {
      '--query NAME': 'saved query (see search)',
      '--batch N': 'see fetch',
      '--force': 'classify all records again',
      '--reports DIR': `where reports go (default ${DEFAULT_REPORTS})`,
      ...commonHelp,
    },
    run: (v) => {
      batchOption(v);
      return withStore(name, v, (s) => runPipeline(v, s));
    },
  };
}

const commands: Record<string, Command> = {
  search: {
    summary: 'search PubMed with a saved query and store the hits',
    usage: 'search [--query NAME|FILE.json] [--db PATH] [--quiet]',
    options: { ...common, query: { type: 'string' } },
    help: { '--query NAME': `saved query in data/queries/NAME.json, or a path to one (default ${DEFAULT_QUERY})`, ...commonHelp },
    run: (v) => withStore('search', v, (s) => runSearch(v, s)),
  },
  fetch: {
    summary: 'download the records of the latest search (only those not stored yet)',
    usage: 'fetch [--batch N] [--refresh] [--db PATH] [--quiet]',
    options: { ...common, batch: { type: 'string' }, refresh: { type: 'boolean' } },
    help: {
      '--batch N': `records per efetch request (default ${DEFAULT_BATCH}, at most ${MAX_BATCH})`,
      '--refresh': 'fetch again records already stored',
      ...commonHelp,
    },
    run: (v) => {
      batchOption(v);
      return withStore('fetch', v, (s) => runFetch(v, s));
    },
  },
  import: {
    summary: 'load records from PubMed XML, .xml.gz baseline files or MEDLINE text',
    usage: 'import --input FILE [--input FILE ...] [--force] [--workers N] [--db PATH] [--quiet]',
    options: { ...common, input: { type: 'string', multiple: true }, force: { type: 'boolean' }, workers: { type: 'string' } },
    help: {
      '--input FILE': 'PubMed XML (.xml), gzip\'d baseline/update file (.xml.gz) or MEDLINE text (.nbib/.txt); repeatable',
      '--force': 'import again a file already imported unchanged',
      '--workers N': 'parse XML on N worker threads (default 0: about 1.2x faster on 2 cores, ~80 MB each)',
      ...commonHelp,
    },
    run: (v) => withStore('import', v, (s) => runImport(v, s)),
  },
  classify: {
    summary: 'label every stored record (design, sources, routes, sample size, indications)',
    usage: 'classify [--force] [--diff] [--workers N] [--overrides FILE] [--db PATH] [--quiet]',
    options: { ...common, force: { type: 'boolean' }, diff: { type: 'boolean' }, overrides: { type: 'string' }, workers: { type: 'string' } },
    help: {
      '--force': 'classify again records already classified with the current rules',
      '--diff': 'list every label that changed from the stored one (PMID, field, old -> new)',
      '--workers N': 'classify on N worker threads (default 0; ~1.5x on 2 cores for long abstracts)',
      '--overrides FILE': 'manual corrections checked and counted (default data/overrides.csv)',
      ...commonHelp,
    },
    run: (v) => withStore('classify', v, (s) => runClassify(v, s)),
  },
  explain: {
    summary: "print a record's labels with the rules and text behind each",
    usage: 'explain PMID [--overrides FILE] [--db PATH] [--quiet]',
    options: { ...common, overrides: { type: 'string' } },
    positionals: true,
    help: { PMID: 'the record to explain', '--overrides FILE': 'manual corrections (default data/overrides.csv)', ...commonHelp },
    run: (v, p) => withStore('explain', v, (s) => runExplain(v, p, s), false),
  },
  eval: {
    summary: 'classify a file of records and score the labels against hand labels (no database)',
    usage: 'eval --records FILE --gold LABELS.csv [--part hot|cold] [--json OUT] [--thresholds FILE]',
    options: { help: common.help, records: { type: 'string' }, gold: { type: 'string' }, part: { type: 'string' }, json: { type: 'string' }, thresholds: { type: 'string' } },
    help: {
      '--records FILE': 'PubMed XML (.xml, .xml.gz) or MEDLINE text',
      '--gold FILE': 'CSV: pmid,relevant,design,sources,routes,sample_size,indications (sets ;-separated)',
      '--part hot|cold': 'score only the records whose PMID hash puts them in this part: cold (a third) is kept for measuring, hot for writing rules',
      '--json OUT': 'also write the scores as JSON',
      '--thresholds FILE': 'fail (exit 1) when a score is below these floors (data/eval-thresholds.json)',
    },
    run: (v) => runEvalCommand(v),
  },
  report: {
    summary: 'write evidence tables, the evidence map and CSV/JSON exports',
    usage: 'report [--reports DIR] [--tier rct,pilot,animal,in_vitro] [--source CODES] [--indication CODES] [--since YEAR] [--out FILE] [--overrides FILE] [--db PATH] [--quiet]',
    options: {
      ...common,
      reports: { type: 'string' },
      out: { type: 'string' },
      overrides: { type: 'string' },
      tier: { type: 'string' },
      source: { type: 'string' },
      indication: { type: 'string' },
      since: { type: 'string' },
    },
    help: {
      '--reports DIR': `folder for evidence-tables.md, evidence-map.svg, evidence.csv, evidence.json (default ${DEFAULT_REPORTS})`,
      '--tier CODES': 'only these tiers: rct, pilot, animal, in_vitro (comma-separated; needs --out)',
      '--source CODES': `only studies with one of these vesicle sources (needs --out): ${SOURCES.join(', ')}`,
      '--indication CODES': `only studies with one of these indications (needs --out): ${INDICATIONS.join(', ')}`,
      '--since YEAR': 'only studies published that year or later (needs --out)',
      '--out FILE': 'write the (filtered) tables to this markdown file',
      '--overrides FILE': 'manual corrections (default data/overrides.csv)',
      ...commonHelp,
    },
    run: (v) => {
      // Bad filters are usage errors, found before a database is opened (or created).
      parseFilters(reportOptions(v));
      // Reading only: a report can be written from a read-only database, beside a running update.
      return withStore('report', v, (s) => runReport(v, s), false);
    },
  },
  review: {
    summary: 'write the queue of low-confidence labels (reports/review.csv), or apply a filled-in one',
    usage: 'review [--reports DIR] [--apply FILE] [--overrides FILE] [--db PATH] [--quiet]',
    options: { ...common, reports: { type: 'string' }, apply: { type: 'string' }, overrides: { type: 'string' } },
    help: {
      '--reports DIR': `where review.csv goes (default ${DEFAULT_REPORTS})`,
      '--apply FILE': 'merge the rows of a filled-in review.csv that have a corrected_value into the overrides file (a bad row: nothing is written)',
      '--overrides FILE': 'manual corrections (default data/overrides.csv)',
      ...commonHelp,
    },
    run: (v) => withStore('review', v, (s) => runReview(v, s), false),
  },
  run: pipelineCommand('run', 'all stages in order: search, fetch, classify, report (offline after an import: classify, report)'),
  update: pipelineCommand('update', 'bring the synthesis up to date: search again, fetch only records not stored yet, classify, report what is new'),
};

/**
 * Opens the database for a stage; a stage that writes holds the run lock while it works. A database
 * this run created is removed again when the run fails with nothing stored, so a mistyped --db or a
 * failed first search leaves no empty file behind.
 */
async function withStore(command: string, v: Values, work: (s: Store) => Promise<void>, writes = true): Promise<void> {
  const path = (v.db as string | undefined) ?? DEFAULT_DB;
  checkDbFolder(path);
  const created = !existsSync(path);
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

function helpText(name: string, c: Command): string {
  const width = Math.max(...Object.keys(c.help).map((k) => k.length), 8);
  const lines = Object.entries(c.help).map(([k, d]) => `  ${k.padEnd(width)}  ${d}`);
  return `usage: exoevidence ${c.usage}\n\n${c.summary}\n\noptions:\n${lines.join('\n')}\n  ${'--help'.padEnd(width)}  this text\n`;
}

function mainHelp(): string {
  const rows = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(9)} ${c.summary}`);
  return `usage: exoevidence <command> [options]   (npm run <command> -- [options])\n\ncommands:\n${rows.join('\n')}\n\n"exoevidence <command> --help" lists a command's options.\n`;
}

/** Failures of the machine rather than the program (a full disk, a locked, read-only or damaged database): one line each. */
function systemError(e: unknown): UserError | null {
  const code = (e as { code?: string })?.code ?? '';
  const message = (e as Error)?.message ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new UserError('database in use by another program; try again when it has finished', 75);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new UserError(`the disk is full (${message}); nothing of the batch in progress was kept`);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new UserError(`cannot write: ${message}`);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new UserError(`the database is damaged or not SQLite (${message})`);
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return new UserError(`disk error (${message})`);
  return null;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  const cmd = commands[name];
  try {
    if (!cmd) {
      throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(commands).join(', ')}`);
    }
    let values: Values;
    let positionals: string[];
    try {
      const parsed = parseArgs({ args: rest, options: cmd.options, strict: true, allowPositionals: Boolean(cmd.positionals) });
      values = parsed.values as Values;
      positionals = parsed.positionals;
    } catch (e) {
      throw new UsageError(`${name}: ${(e as Error).message.split('\n')[0]} (see "${name} --help")`);
    }
    if (values.help) {
      process.stdout.write(helpText(name, cmd));
      return 0;
    }
    await cmd.run(values, positionals);
    return 0;
  } catch (e) {
    const err = e instanceof UserError ? e : systemError(e);
    if (err) {
      process.stderr.write(`exoevidence: ${safeForTerminal(err.message)}\n`);
      return err.exitCode;
    }
    throw e;
  }
}

/** Runs the command line as a process: signals, the npm parent, exit codes. bin/exoevidence.js calls this too. */
export function start(argv = process.argv.slice(2)): void {
  // Output piped into a reader that stops early ("explain PMID | head") is done, not an error.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  // Ctrl-C or a kill: leave through process.exit so the run lock is released; SQLite rolls back the open batch.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.on(signal, () => process.exit(code));
  // Under "npm run", killing npm (even with SIGKILL) must stop the run too, not leave it working on,
  // holding the database, while the user starts it again. The scripts exec node, so npm is the parent.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && process.exit(129), 100).unref();
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`exoevidence: internal error: ${safeForTerminal(String((e as Error).stack ?? e))}\n`);
      process.exitCode = 70;
    },
  );
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('pipeline/cli.ts')) start();
