// exoevidence's one entry point: `tsx pipeline/cli.ts <stage> [options]`, or the
// build's dist/cli.js through bin/exoevidence.js. Each stage lives in
// pipeline/stages/; this file only knows the commands and their options, and
// turns errors into one line and an exit code. What a command does is in
// commands.ts, loaded only once the options are read.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Values } from './commands.ts';
import { IN_USE_EXIT, UsageError, UserError } from './errors.ts';
import { INDICATIONS, SOURCES } from './types.ts';
import { errorLine, safeForTerminal } from './terminal.ts';
import { DEFAULT_BATCH, DEFAULT_DB, DEFAULT_QUERY, DEFAULT_REPORTS, MAX_BATCH } from './defaults.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  summary: string;
  usage: string;
  options: Options;
  help: Record<string, string>;
  /** Takes positional arguments (explain PMID). */
  positionals?: boolean;
}

const common: Options = { db: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
const commonHelp = {
  '--db PATH': `SQLite database (default ${DEFAULT_DB})`,
  '--quiet': 'no progress output on stderr',
};

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
  };
}

const commands: Record<string, Command> = {
  search: {
    summary: 'search PubMed with a saved query and store the hits',
    usage: 'search [--query NAME|FILE.json] [--db PATH] [--quiet]',
    options: { ...common, query: { type: 'string' } },
    help: { '--query NAME': `saved query in data/queries/NAME.json, or a path to one (default ${DEFAULT_QUERY})`, ...commonHelp },
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
  },
  import: {
    summary: 'load records from PubMed XML, .xml.gz baseline files or MEDLINE text',
    usage: 'import --input FILE [--input FILE ...] [--force] [--workers N] [--db PATH] [--quiet]',
    options: { ...common, input: { type: 'string', multiple: true }, force: { type: 'boolean' }, workers: { type: 'string' } },
    help: {
      '--input FILE': 'PubMed XML (.xml), gzip\'d baseline/update file (.xml.gz) or MEDLINE text (.nbib/.txt); repeatable',
      '--force': 'import again a file already imported unchanged',
      '--workers N': 'parse XML on N worker threads (default: one for files from 4 MB on, where there are 2 cores; 0: none)',
      ...commonHelp,
    },
  },
  classify: {
    summary: 'label every stored record (design, sources, routes, sample size, indications)',
    usage: 'classify [--force] [--diff] [--workers N] [--overrides FILE] [--db PATH] [--quiet]',
    options: { ...common, force: { type: 'boolean' }, diff: { type: 'boolean' }, overrides: { type: 'string' }, workers: { type: 'string' } },
    help: {
      '--force': 'classify again records already classified with the current rules',
      '--diff': 'list every label that changed from the stored one (PMID, field, old -> new)',
      '--workers N': 'classify on N worker threads (default: one a core, up to 4, from 2,000 records on; 0: none)',
      '--overrides FILE': 'manual corrections checked and counted (default data/overrides.csv)',
      ...commonHelp,
    },
  },
  explain: {
    summary: "print a record's labels with the rules and text behind each",
    usage: 'explain PMID [--overrides FILE] [--db PATH] [--quiet]',
    options: { ...common, overrides: { type: 'string' } },
    positionals: true,
    help: { PMID: 'the record to explain', '--overrides FILE': 'manual corrections (default data/overrides.csv)', ...commonHelp },
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
  },
  probe: {
    summary: 'classify a file of records as written and rewritten in ways that keep their labels, and list the labels that change (exit 1 if any; no hand labels, no database)',
    usage: 'probe --records FILE [--rewrites FILE]',
    options: { help: common.help, records: { type: 'string' }, rewrites: { type: 'string' } },
    help: {
      '--records FILE': 'PubMed XML (.xml, .xml.gz) or MEDLINE text',
      '--rewrites FILE': 'the rewritings, each a list of regex replacements (default data/rewrites.json)',
    },
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
  },
  run: pipelineCommand('run', 'all stages in order: search, fetch, classify, report (offline after an import: classify, report)'),
  update: pipelineCommand('update', 'bring the synthesis up to date: search again, fetch only records not stored yet, classify, report what is new'),
};

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
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new UserError('database in use by another program; try again when it has finished', IN_USE_EXIT);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new UserError(`the disk is full (${message}); nothing of the batch in progress was kept`);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new UserError(`cannot write: ${message}`);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new UserError(`the database is damaged or not SQLite (${message})`);
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return new UserError(`disk error (${message})`);
  // A path that is not what it should be (a file where a folder goes, a name too long): Node's message names it.
  if (['ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ELOOP', 'ENAMETOOLONG', 'EMFILE', 'ENFILE'].includes(code)) return new UserError(message);
  return null;
}

/**
 * parseArgs takes "--batch -5" for an option missing its value ("ambiguous"); joined as "--batch=-5",
 * the value reaches the option's own check, which says what it takes.
 */
function withNegativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : '';
    if (options[name]?.type === 'string' && /^-\d/.test(args[i + 1] ?? '')) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}

/** An option given twice would silently keep the last value ("--db a.db --db b.db" writes b.db only). */
function givenOnce(tokens: ReturnType<typeof parseArgs>['tokens'] = [], options: Options): void {
  const seen = new Map<string, string | undefined>();
  for (const t of tokens) {
    if (t.kind !== 'option' || options[t.name]?.multiple) continue;
    if (seen.has(t.name)) {
      const values = options[t.name]?.type === 'string' ? ` (${seen.get(t.name)}, ${t.value})` : '';
      throw new UsageError(`--${t.name} given twice${values}; give it once`);
    }
    seen.set(t.name, t.value);
  }
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
      const parsed = parseArgs({ args: withNegativeValues(rest, cmd.options), options: cmd.options, strict: true, allowPositionals: Boolean(cmd.positionals), tokens: true });
      values = parsed.values as Values;
      positionals = parsed.positionals;
      givenOnce(parsed.tokens, cmd.options);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`${name}: ${(e as Error).message.split('\n')[0]} (see "${name} --help")`);
    }
    if (values.help) {
      process.stdout.write(helpText(name, cmd));
      return 0;
    }
    const { runners } = await import('./commands.ts');
    await runners[name](values, positionals as string[]);
    return 0;
  } catch (e) {
    const err = e instanceof UserError ? e : systemError(e);
    if (err) {
      process.stderr.write(`exoevidence: ${errorLine(err.message)}\n`);
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
  // Ctrl-C and SIGTERM: see lock.ts, which handles them while a run holds the database.
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
