// The CLI as a user runs it: usage errors, search + fetch against the stand-in
// server through EUTILS_BASE_URL, and a fetch killed mid-run then resumed.

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { FakeEutils } from './support/eutils-server.ts';
import { syntheticArticles } from './support/fixture-records.ts';
import { tempDir } from './support/temp.ts';
import { runCli, startCli } from './support/cli.ts';

const dir = tempDir();
let server: FakeEutils | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

describe('cli', () => {
  it('answers an unknown option with usage and exit 2', async () => {
    const r = await runCli(['fetch', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/fetch: Unknown option '--bogus'/);
  });

  it('names --db when its folder does not exist, in one line, writing nothing', async () => {
    const r = await runCli(['classify', '--db', join(dir, 'missing/folder/x.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--db .*missing\/folder\/x\.db: folder .* does not exist/);
  });

  it('says in one line what an import stored, and how many of the deletions it lists were stored', async () => {
    const db = join(dir, 'said.db');
    const r = await runCli(['import', '--input', join(import.meta.dirname, 'fixtures/edge-cases.xml'), '--db', db]);
    expect(r.stdout).toMatch(/^import: .*edge-cases\.xml \(xml\): 3 records stored, 1 listed as deleted \(none of them stored here\)$/m);
  });

  it('prints help for each command, its usage line naming every option it takes', async () => {
    const r = await runCli(['import', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: exoevidence import --input FILE/);
    const commands = [...(await runCli(['--help'])).stdout.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]);
    expect(commands).toEqual(expect.arrayContaining(['search', 'fetch', 'import', 'classify', 'explain', 'eval', 'report', 'review', 'run']));
    for (const c of commands) {
      const help = (await runCli([c, '--help'])).stdout;
      const usage = help.split('\n')[0];
      const options = [...help.split('options:')[1].matchAll(/^ {2}(--[\w-]+)/gm)].map((m) => m[1]).filter((o) => o !== '--help');
      for (const o of options) expect(usage, `${c}: ${o}`).toContain(o);
    }
    const report = (await runCli(['report', '--help'])).stdout;
    expect(report).toMatch(/--source CODES .*adipose_msc, umbilical_cord_msc/);
    expect(report).toMatch(/--indication CODES .*photoaging, wound_healing/);
  });

  // chattr +i makes a file read-only even for root (file modes do not); where the sandbox forbids it, there is nothing to check.
  const immutable = (() => {
    const probe = join(dir, 'probe');
    writeFileSync(probe, '');
    const ok = spawnSync('chattr', ['+i', probe]).status === 0;
    if (ok) spawnSync('chattr', ['-i', probe]);
    return ok;
  })();
  it.runIf(immutable)('reports and explains from a database that nobody may write, in a folder nobody may write', async () => {
    const folder = join(dir, 'ro');
    mkdirSync(folder);
    const db = join(folder, 'ro.db');
    expect((await runCli(['import', '--input', join(import.meta.dirname, 'fixtures/edge-cases.xml'), '--db', db, '--quiet'])).code).toBe(0);
    expect((await runCli(['classify', '--db', db, '--quiet'])).code).toBe(0);
    const pmid = String(new Database(db, { readonly: true }).prepare('SELECT pmid FROM records LIMIT 1').pluck().get());
    spawnSync('chattr', ['+i', db, folder]);
    try {
      const rep = await runCli(['report', '--db', db, '--reports', join(dir, 'ro-reports')]);
      expect(rep.code, rep.stderr).toBe(0);
      const ex = await runCli(['explain', pmid, '--db', db]);
      expect(ex.code, ex.stderr).toBe(0);
      expect(ex.stdout).toContain(pmid);
      // A stage that writes says so in one line.
      const cls = await runCli(['classify', '--force', '--db', db]);
      expect(cls.code).not.toBe(0);
      expect(cls.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      spawnSync('chattr', ['-i', db, folder]);
    }
  });

  it('names the records that held invalid UTF-8, one line each, and stores them', async () => {
    const db = join(dir, 'utf8.db');
    const nbib = join(dir, 'utf8.nbib');
    writeFileSync(nbib, Buffer.concat([Buffer.from('PMID- 39100001\nTI  - Exosomes heal skin '), Buffer.from([0xff, 0xfe]), Buffer.from(' wounds\n')]));
    const r = await runCli(['import', '--input', nbib, '--db', db, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe(`import: ${nbib}: record at line 1 (PMID 39100001): 2 bytes of invalid UTF-8, stored as U+FFFD`);
  });

  it('prints the summary of a file whose name holds a line break on one line', async () => {
    const db = join(dir, 'newline.db');
    const nbib = join(dir, 'two\nlines.nbib');
    writeFileSync(nbib, 'PMID- 39000001\nTI  - Exosomes heal skin wounds in mice\nPT  - Journal Article\n');
    const r = await runCli(['import', '--input', nbib, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual([expect.stringContaining('two\\u000alines.nbib')]);
  });

  it('never prints a control character from a record raw, and stops quietly when its reader does', async () => {
    const db = join(dir, 'esc.db');
    const nbib = join(dir, 'esc.nbib');
    // C0 controls (ESC, BEL) are refused at import, as XML 1.0 refuses them, naming the line and not printing them.
    writeFileSync(nbib, 'PMID- 39000001\nTI  - Exosomes \u001b[2J\u001b]0;owned\u0007 heal skin wounds in mice\nAB  - Exosomes healed skin wounds of mice.\nPT  - Journal Article\n');
    const refused = await runCli(['import', '--input', nbib, '--db', db]);
    expect([refused.code, refused.stderr.trim()]).toEqual([1, `exoevidence: ${nbib}: line 2: control character U+001B, which text exported from PubMed never holds (and a terminal would obey)`]);
    // C1 controls (CSI) and bidirectional overrides are text XML allows: stored, and escaped wherever printed.
    writeFileSync(nbib, 'PMID- 39000001\nTI  - Exosomes heal skin wounds in mice\nPT  - Journal Article\n\nPMID- 39000\u009b31m2\nTI  - Bad\n');
    const bad = await runCli(['import', '--input', nbib, '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(bad.stderr).toContain('\\u009b31m');
    // An abstract long enough that explain prints more than a pipe holds, so an early reader closes it mid-write.
    writeFileSync(nbib, `PMID- 39000001\nTI  - Exosomes \u009b2J\u202e heal skin wounds in mice\nAB  - ${'Exosomes healed skin wounds of mice. '.repeat(700)}\nPT  - Journal Article\n`);
    expect((await runCli(['import', '--input', nbib, '--db', db])).code).toBe(0);
    const r = await runCli(['explain', '39000001', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u009b\u202e]/);
    expect(r.stdout).toContain('\\u009b2J\\u202e');
    const { spawnSync } = await import('node:child_process');
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx pipeline/cli.ts explain 39000001 --db "${db}" | head -c 10`], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(piped.stdout).toHaveLength(10);
    expect(piped.stderr).toBe('');
  });

  it('answers a folder as --input, an unknown query key and too many workers in one line each', async () => {
    const folder = await runCli(['import', '--input', dir, '--db', join(dir, 'folder.db')]);
    expect(folder.code).toBe(1);
    expect(folder.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder.stderr).toMatch(/--input .*: a folder; give a PubMed XML/);
    // eval and probe name their own option, where a folder gave a bare "EISDIR: illegal operation on a directory, read".
    for (const command of ['probe', 'eval']) {
      const r = await runCli([command, '--records', dir, '--gold', join(dir, 'gold.csv')].slice(0, command === 'probe' ? 3 : 5));
      expect([r.code, r.stderr.trim()], command).toEqual([1, `exoevidence: --records ${dir}: a folder; give a PubMed XML, .xml.gz or MEDLINE file`]);
    }
    // A mistyped second file is found before the first is imported: the run writes nothing.
    const good = join(dir, 'good.nbib');
    writeFileSync(good, 'PMID- 39000001\nTI  - Exosomes heal skin wounds in mice\nPT  - Journal Article\n');
    const typo = await runCli(['import', '--input', good, '--input', join(dir, 'typo.nbib'), '--db', join(dir, 'typo.db')]);
    expect([typo.code, typo.stdout, typo.stderr.trim()]).toEqual([1, '', `exoevidence: --input ${join(dir, 'typo.nbib')}: no such file`]);
    expect(existsSync(join(dir, 'typo.db'))).toBe(false);
    const q = join(dir, 'extra-key.json');
    writeFileSync(q, JSON.stringify({ name: 'x', description: 'd', term: 'exosome', colour: 'red' }));
    const query = await runCli(['search', '--query', q, '--db', join(dir, 'q.db')]);
    expect(query.code).toBe(1);
    expect(query.stderr).toMatch(/must NOT have additional properties: "colour"/);
    const noDb = await runCli(['classify', '--db', '']);
    expect([noDb.code, noDb.stderr.trim()]).toEqual([2, 'exoevidence: --db: give the path of a database file']);
    const noInput = await runCli(['import', '--input', '', '--db', join(dir, 'no-input.db')]);
    expect([noInput.code, noInput.stderr.trim(), existsSync(join(dir, 'no-input.db'))]).toEqual([2, 'exoevidence: --input: give the path of a PubMed XML, .xml.gz or MEDLINE file', false]);
    const url = await runCli(['search', '--db', join(dir, 'url.db')], { EUTILS_BASE_URL: 'not a url' });
    expect([url.code, url.stderr.trim()]).toEqual([1, 'exoevidence: EUTILS_BASE_URL=not a url: not an http or https URL']);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const reports = await runCli(['report', '--reports', file, '--db', join(dir, 'url.db')]);
    expect([reports.code, reports.stderr.trim()]).toEqual([2, `exoevidence: --reports ${file}: not a folder`]);
    // review writes its queue into the same folder: the same one line, where it answered with mkdir's EEXIST.
    const review = await runCli(['review', '--reports', file, '--db', join(dir, 'url.db')]);
    expect([review.code, review.stderr.trim()]).toEqual([2, `exoevidence: --reports ${file}: not a folder`]);
    const out = await runCli(['report', '--out', dir, '--db', join(dir, 'url.db')]);
    expect([out.code, out.stderr.trim()]).toEqual([2, `exoevidence: --out ${dir}: a folder; name the markdown file to write`]);
    // A missing folder for --out is found before the database is opened, where it was found after the report was built.
    const lostOut = join(dir, 'no-such-folder', 'x.md');
    const outFolder = await runCli(['report', '--out', lostOut, '--db', join(dir, 'out-folder.db')]);
    expect([outFolder.code, outFolder.stderr.trim(), existsSync(join(dir, 'out-folder.db'))]).toEqual([1, `exoevidence: --out ${lostOut}: folder ${join(dir, 'no-such-folder')} does not exist`, false]);
    // A mistyped corrections file would drop every correction without a word.
    for (const command of ['classify', 'report']) {
      const missing = await runCli([command, '--overrides', join(dir, 'typo.csv'), '--db', join(dir, 'ov.db')]);
      expect([missing.code, missing.stderr.trim()]).toEqual([1, `exoevidence: --overrides ${join(dir, 'typo.csv')}: no such file`]);
    }
    expect(existsSync(join(dir, 'ov.db'))).toBe(false);
    const loop = join(dir, 'loop');
    symlinkSync(loop, loop);
    const looped = await runCli(['import', '--input', loop, '--db', join(dir, 'loop.db')]);
    expect([looped.code, looped.stderr.trim()]).toEqual([1, `exoevidence: --input ${loop}: a loop of symbolic links`]);
    const workersDb = join(dir, 'workers.db');
    expect((await runCli(['import', '--input', join(import.meta.dirname, 'fixtures/edge-cases.xml'), '--db', workersDb])).code).toBe(0);
    const workers = await runCli(['classify', '--workers', '200', '--db', workersDb]);
    expect(workers.code, workers.stderr).toBe(0);
    expect(workers.stderr).toMatch(/--workers 200: this machine has \d+ cores; using \d+/);
    // A bad --workers is a usage error before the database is looked at (it answered "holds no records yet", exit 1).
    const fresh = join(dir, 'fresh-workers.db');
    const badWorkers = await runCli(['classify', '--workers', '-1', '--db', fresh]);
    expect([badWorkers.code, badWorkers.stderr.trim(), existsSync(fresh)]).toEqual([2, 'exoevidence: --workers -1: give a whole number (0: none)', false]);
    // The cap is said once a run, not once an input file.
    const twice = await runCli(['import', '--input', good, '--input', good, '--force', '--workers', '200', '--db', join(dir, 'twice.db')]);
    expect(twice.code, twice.stderr).toBe(0);
    expect(twice.stderr.match(/this machine has/g)).toHaveLength(1);
  });

  it('leaves another program\'s SQLite file as it was, reads a declared Latin-1 file, and keeps errors bounded', async () => {
    const foreign = join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE records (x); INSERT INTO records VALUES ('theirs')");
    other.close();
    const r = await runCli(['classify', '--db', foreign]);
    expect([r.code, r.stderr.trim()]).toEqual([1, `exoevidence: --db ${foreign}: not an exoevidence database (it holds other tables: records); give a new file`]);
    const after = new Database(foreign, { readonly: true });
    expect([after.pragma('journal_mode', { simple: true }), after.prepare('SELECT x FROM records').pluck().all()]).toEqual(['delete', ['theirs']]);
    after.close();

    const article = (pmid: string, title: string) =>
      `<PubmedArticle><MedlineCitation><PMID Version="1">${pmid}</PMID><Article><ArticleTitle>${title}</ArticleTitle></Article></MedlineCitation></PubmedArticle>`;
    const latin = join(dir, 'latin1.xml');
    writeFileSync(latin, Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<PubmedArticleSet>${article('39000011', 'Exosomes au caf\xe9')}</PubmedArticleSet>\n`, 'latin1'));
    const db = join(dir, 'latin.db');
    const imported = await runCli(['import', '--input', latin, '--db', db, '--quiet']);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    // A declaration naming UTF-16 on a file of 8-bit text (a tool's slip) is not believed: read as UTF-8.
    const slip = join(dir, 'utf16-named.xml');
    writeFileSync(slip, `<?xml version="1.0" encoding="UTF-16"?>\n<PubmedArticleSet>${article('39000014', 'Exosomes au café')}</PubmedArticleSet>\n`);
    expect((await runCli(['import', '--input', slip, '--db', db, '--quiet'])).code).toBe(0);
    const stored = new Database(db, { readonly: true });
    expect(stored.prepare('SELECT title FROM records ORDER BY pmid').pluck().all()).toEqual(['Exosomes au café', 'Exosomes au café']);
    stored.close();
    const utf16 = join(dir, 'utf16.xml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<PubmedArticleSet>${article('39000012', 'T')}</PubmedArticleSet>`, 'utf16le')]));
    const wide = await runCli(['import', '--input', utf16, '--db', db]);
    expect([wide.code, wide.stderr.trim()]).toEqual([1, `exoevidence: ${utf16}: UTF-16 text; PubMed files are UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)`]);
    // A leading zero would store one article under two ids; eleven digits is no PubMed id.
    for (const pmid of ['039000013', '39000000013']) {
      const f = join(dir, `pmid-${pmid}.xml`);
      writeFileSync(f, `<PubmedArticleSet>${article(pmid, 'T')}</PubmedArticleSet>`);
      const bad = await runCli(['import', '--input', f, '--db', db]);
      expect([bad.code, bad.stderr]).toEqual([1, `exoevidence: ${f}: record 1 (PMID ${pmid}): missing or malformed MedlineCitation/PMID "${pmid}"\n`]);
    }
    // A version that is no number was read as 1, and one of 23 digits was stored as 1.0e+23, which every later version is below.
    for (const version of ['abc', '99999999999999999999999']) {
      const f = join(dir, `version-${version.length}.xml`);
      writeFileSync(f, `<PubmedArticleSet>${article('39000015', 'T').replace('Version="1"', `Version="${version}"`)}</PubmedArticleSet>`);
      const bad = await runCli(['import', '--input', f, '--db', db]);
      expect([bad.code, bad.stderr]).toEqual([1, `exoevidence: ${f}: record 1 (PMID 39000015): MedlineCitation/PMID Version "${version}" is not a version number\n`]);
    }
    // An error quoting a 2 MB value is still one line, its start and end kept.
    const huge = join(dir, 'huge.nbib');
    writeFileSync(huge, `PMID- ${'9'.repeat(2_000_000)}\nTI  - T\n`);
    const long = await runCli(['import', '--input', huge, '--db', db]);
    expect(long.code).toBe(1);
    expect(long.stderr.split('\n')).toEqual([expect.stringMatching(/^exoevidence: .*huge\.nbib: record at line 1: record without a valid PMID \("9+ \.\.\.\(\d+ characters left out\)\.\.\. 9+"\)$/), '']);
    expect(long.stderr.length).toBeLessThan(1_100);
  });

  it('says a database is in use when another program holds it, in one line with exit 75', async () => {
    const db = join(dir, 'busy.db');
    const nbib = join(dir, 'busy.nbib');
    writeFileSync(nbib, 'PMID- 39400001\nTI  - Exosomes heal skin wounds\nAB  - Exosomes healed wounds.\n');
    expect((await runCli(['import', '--input', nbib, '--db', db, '--quiet'])).code).toBe(0);
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    try {
      const r = await runCli(['classify', '--db', db, '--quiet']);
      expect(r.code).toBe(75);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/database in use by another program/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('runs as the exoevidence command (package.json bin)', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../bin/exoevidence.js'), 'report', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: exoevidence report/);
  });

  it('exits 2 on every usage error, and a usage error or a failed first run leaves no database behind', async () => {
    for (const args of [['fetch', '--batch', '0'], ['fetch', '--batch', 'ten'], ['run', '--batch', '99999'], ['report', '--tier', 'trial', '--out', join(dir, 'x.md')], ['report', '--since', '20x', '--out', join(dir, 'x.md')]]) {
      const db = join(dir, `usage-${args.join('-').replace(/\W/g, '')}.db`);
      const r = await runCli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir).filter((f) => f.startsWith(db.split('/').pop()!))).toEqual([]);
    }
    // A database that does not exist is named as missing by every command that needs one, and is not made.
    const missing = join(dir, 'missing.db');
    for (const args of [['report', '--reports', join(dir, 'missing-reports')], ['classify'], ['fetch'], ['explain', '123'], ['review', '--reports', join(dir, 'missing-reports')]]) {
      const r = await runCli([...args, '--db', missing]);
      expect([r.code, r.stderr.trim().split('\n').length], args[0]).toEqual([1, 1]);
      expect(r.stderr, args[0]).toMatch(/--db .*missing\.db: no such database; make one with "search" and "fetch", or "import --input FILE"/);
      expect(readdirSync(dir).filter((f) => f.startsWith('missing'))).toEqual([]);
    }
    // A search that fails first time leaves no empty database behind either.
    const empty = join(dir, 'empty.db');
    const r = await runCli(['search', '--query', join(dir, 'no-such-query.json'), '--db', empty]);
    expect([r.code, r.stderr.trim().split('\n').length]).toEqual([1, 1]);
    expect(readdirSync(dir).filter((f) => f.startsWith('empty.db'))).toEqual([]);
  });

  it('refuses a saved query whose dates are no day, or end before they start, or whose term is blank, before any request', async () => {
    const cases: [object, RegExp][] = [
      [{ mindate: '2020/13/45' }, /: mindate no such day: "2020\/13\/45"$/],
      [{ maxdate: '2021/02/29' }, /: maxdate no such day: "2021\/02\/29"$/],
      [{ mindate: '2024', maxdate: '2020/06' }, /: mindate 2024 is after maxdate 2020\/06$/],
      [{ term: '   ' }, /\/term must match pattern/],
    ];
    for (const [i, [extra, message]] of cases.entries()) {
      const q = join(dir, `dates-${i}.json`);
      writeFileSync(q, JSON.stringify({ name: 'x', description: 'd', term: 'exosome', ...extra }));
      // An unreachable server: a query that got past its checks would fail on the network instead.
      const r = await runCli(['search', '--query', q, '--db', join(dir, `dates-${i}.db`)], { EUTILS_BASE_URL: 'http://127.0.0.1:9', EUTILS_RETRY_BASE_MS: '1' });
      expect([r.code, r.stderr.trim().split('\n').length], r.stderr).toEqual([1, 1]);
      expect(r.stderr.trim()).toMatch(message);
    }
    const leap = join(dir, 'leap.json');
    writeFileSync(leap, JSON.stringify({ name: 'x', description: 'd', term: 'exosome', mindate: '2020/02/29', maxdate: '2020/02' }));
    const ok = await runCli(['search', '--query', leap, '--db', join(dir, 'leap.db')], { EUTILS_BASE_URL: 'http://127.0.0.1:9', EUTILS_RETRY_BASE_MS: '1' });
    expect(ok.stderr).toMatch(/cannot reach/);
  });

  it('answers an option given twice, and a negative number, as usage errors naming the option', async () => {
    const twice = await runCli(['classify', '--db', join(dir, 'a.db'), '--db', join(dir, 'b.db')]);
    expect([twice.code, twice.stderr.trim()]).toEqual([2, `exoevidence: --db given twice (${join(dir, 'a.db')}, ${join(dir, 'b.db')}); give it once`]);
    expect(existsSync(join(dir, 'a.db')) || existsSync(join(dir, 'b.db'))).toBe(false);
    const flag = await runCli(['classify', '--force', '--force', '--db', join(dir, 'a.db')]);
    expect([flag.code, flag.stderr.trim()]).toEqual([2, 'exoevidence: --force given twice; give it once']);
    const negative = await runCli(['fetch', '--batch', '-5', '--db', join(dir, 'a.db')]);
    expect([negative.code, negative.stderr.trim()]).toEqual([2, 'exoevidence: --batch -5: give a whole number from 1 to 10000']);
  });

  it('never overwrites with --out a file that is not a markdown report', async () => {
    const db = join(dir, 'out-guard.db');
    expect((await runCli(['import', '--input', join(import.meta.dirname, 'fixtures/edge-cases.xml'), '--db', db])).code).toBe(0);
    expect((await runCli(['classify', '--db', db])).code).toBe(0);
    const input = join(dir, 'precious.xml');
    writeFileSync(input, '<PubmedArticleSet/>');
    for (const target of [input, db]) {
      const before = readFileSync(target);
      const r = await runCli(['report', '--out', target, '--db', db]);
      expect([r.code, r.stderr.trim()]).toEqual([2, `exoevidence: --out ${target}: a file that is not a report of this tool; name a new file (it is never overwritten)`]);
      expect(readFileSync(target).equals(before)).toBe(true);
    }
    // A FIFO is no report either; reading it to find out would wait for a writer for ever.
    const fifo = join(dir, 'out-fifo');
    spawnSync('mkfifo', [fifo]);
    const piped = await runCli(['report', '--out', fifo, '--db', db]);
    expect([piped.code, piped.stderr.trim()]).toEqual([2, `exoevidence: --out ${fifo}: a file that is not a report of this tool; name a new file (it is never overwritten)`]);
    const md = join(dir, 'tables.md');
    expect((await runCli(['report', '--out', md, '--db', db])).code).toBe(0);
    const again = await runCli(['report', '--out', md, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
  });

  it('names a saved query file that is not valid JSON', async () => {
    const bad = join(dir, 'bad-query.json');
    (await import('node:fs')).writeFileSync(bad, '{ "name": ');
    const r = await runCli(['search', '--query', bad, '--db', join(dir, 'q.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-query\.json: not valid JSON/);
  });

  it('searches and fetches through EUTILS_BASE_URL, never writing the API key anywhere', async () => {
    server = new FakeEutils(syntheticArticles(700));
    const env = { EUTILS_BASE_URL: await server.start(), NCBI_API_KEY: 'KEY-SHOULD-NOT-LEAK', EUTILS_RETRY_BASE_MS: '10' };
    server.faults = { failEvery: 2 };
    const db = join(dir, 'cli.db');
    const s = await runCli(['search', '--db', db], env);
    expect(s.code, s.stderr).toBe(0);
    const f = await runCli(['fetch', '--db', db], env);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stdout).toMatch(/fetch: 700 records fetched/);
    expect(f.stderr).toMatch(/retry 1/);
    const sql = new Database(db, { readonly: true });
    expect(sql.prepare('SELECT count(*) FROM records').pluck().get()).toBe(700);
    sql.close();
    const reports = join(dir, 'key-reports');
    const c = await runCli(['classify', '--db', db], env);
    const r = await runCli(['report', '--db', db, '--reports', reports], env);
    expect(r.code, r.stderr).toBe(0);
    const leaks = [s.stdout, s.stderr, f.stdout, f.stderr, c.stdout, c.stderr, r.stdout, r.stderr, readFileSync(db, 'latin1')];
    for (const file of readdirSync(reports)) leaks.push(readFileSync(join(reports, file), 'utf8'));
    for (const file of readdirSync(dir).filter((x) => x.startsWith('cli.db'))) leaks.push(readFileSync(join(dir, file), 'latin1'));
    for (const file of readdirSync(join(dir, 'cache/efetch'))) leaks.push(gunzipSync(readFileSync(join(dir, 'cache/efetch', file))).toString());
    for (const text of leaks) expect(text).not.toContain('KEY-SHOULD-NOT-LEAK');
  });

  it('stores only the records it asked for, and says how many others a reply held', async () => {
    const [intruder] = syntheticArticles(1, 39_300_000);
    server = new FakeEutils(syntheticArticles(30, 39_200_000));
    server.faults = { inject: [intruder] };
    const env = { EUTILS_BASE_URL: await server.start(), EUTILS_RETRY_BASE_MS: '10' };
    const db = join(dir, 'inject.db');
    expect((await runCli(['search', '--db', db], env)).code).toBe(0);
    const f = await runCli(['fetch', '--db', db, '--batch', '10'], env);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stdout).toMatch(/fetch: 30 records fetched/);
    expect(f.stderr).toMatch(/fetch: 6 records in the replies were not asked for/);
    const sql = new Database(db, { readonly: true });
    expect(sql.prepare('SELECT count(*) FROM records').pluck().get()).toBe(30);
    expect(sql.prepare('SELECT count(*) FROM records WHERE pmid = ?').pluck().get(intruder.pmid)).toBe(0);
    sql.close();
  });

  it('stores the rest when efetch never gives a hit, names it, and counts it as not retrieved in the report', async () => {
    const articles = syntheticArticles(12, 39_400_000);
    server = new FakeEutils(articles);
    server.faults = { withhold: new Set([articles[5].pmid]) };
    const env = { EUTILS_BASE_URL: await server.start(), EUTILS_RETRY_BASE_MS: '1', EUTILS_MAX_ATTEMPTS: '2' };
    const db = join(dir, 'withheld.db');
    expect((await runCli(['search', '--db', db], env)).code).toBe(0);
    const f = await runCli(['fetch', '--db', db], env);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stdout).toMatch(/fetch: 11 records fetched/);
    expect(f.stderr).toMatch(new RegExp(`fetch: 1 search hits were not in efetch's replies however often asked \\(PMID ${articles[5].pmid}\\); not stored`));
    const out = join(dir, 'withheld-reports');
    expect((await runCli(['classify', '--db', db, '--quiet'], env)).code).toBe(0);
    expect((await runCli(['report', '--db', db, '--reports', out, '--quiet'], env)).code).toBe(0);
    expect(readFileSync(join(out, 'evidence-tables.md'), 'utf8')).toMatch(/\| Search records not retrieved \| 1 \|/);
  });

  it('keeps retry notices to itself under --quiet', async () => {
    server = new FakeEutils(syntheticArticles(40, 39_100_000));
    const env = { EUTILS_BASE_URL: await server.start(), EUTILS_RETRY_BASE_MS: '10' };
    server.faults = { failEvery: 2 };
    const db = join(dir, 'quiet.db');
    expect((await runCli(['search', '--db', db, '--quiet'], env)).code).toBe(0);
    const f = await runCli(['fetch', '--db', db, '--quiet'], env);
    expect(f.code, f.stderr).toBe(0);
    expect(server.stats.injected).toBeGreaterThan(0);
    expect(f.stderr).toBe('');
  });

  it('resumes a fetch killed with SIGKILL without refetching stored batches', async () => {
    const N = 3000;
    server = new FakeEutils(syntheticArticles(N));
    const env = { EUTILS_BASE_URL: await server.start() };
    const db = join(dir, 'killed.db');
    expect((await runCli(['search', '--db', db], env)).code).toBe(0);
    const { child, done } = startCli(['fetch', '--db', db, '--batch', '200'], env);
    await new Promise<void>((resolve) => {
      const t = setInterval(() => {
        if (server!.stats.efetch >= 5) {
          clearInterval(t);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    expect((await done).signal).toBe('SIGKILL');
    const servedBefore = new Map(server.stats.served);
    const again = await runCli(['fetch', '--db', db, '--batch', '200'], env);
    expect(again.code, again.stderr).toBe(0);
    const sql = new Database(db, { readonly: true });
    expect(sql.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sql.prepare('SELECT count(*) FROM records').pluck().get()).toBe(N);
    sql.close();
    // Batches committed before the kill are not asked for again; at most the batch in flight is.
    const refetched = [...servedBefore.keys()].filter((p) => server!.stats.served.get(p)! > 1);
    expect(servedBefore.size).toBeGreaterThanOrEqual(800);
    expect(refetched.length).toBeLessThanOrEqual(200);
  });
});
