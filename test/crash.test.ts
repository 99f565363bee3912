// Runs killed with SIGKILL at several moments, then run again: the work
// completes, the database passes integrity_check, nothing is duplicated or
// lost, and committed work is not redone. A second run on a database in use
// is refused with a clear message.

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { articleSetXml, syntheticArticles } from './support/fixture-records.ts';
import { runCli, startCli } from './support/cli.ts';
import { tempDir } from './support/temp.ts';
import { FakeEutils } from './support/eutils-server.ts';
import { spawn } from 'node:child_process';

const dir = tempDir();
const N = 6000;
const file = join(dir, 'base.xml.gz');
writeFileSync(file, gzipSync(articleSetXml(syntheticArticles(N, 35_000_000))));

async function killedAfter(args: string[], ms: number) {
  const { child, done } = startCli(args);
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const r = await done;
  clearTimeout(timer);
  return r;
}

function check(db: string) {
  const sql = new Database(db, { readonly: true });
  try {
    return {
      integrity: sql.pragma('integrity_check', { simple: true }),
      records: sql.prepare('SELECT count(*) FROM records').pluck().get() as number,
      distinct: sql.prepare('SELECT count(DISTINCT pmid) FROM records').pluck().get() as number,
      classified: sql.prepare('SELECT count(*) FROM classifications').pluck().get() as number,
      imports: sql.prepare('SELECT count(*) FROM imports').pluck().get() as number,
    };
  } finally {
    sql.close();
  }
}

describe('crash safety', () => {
  it('import, classify and report complete after SIGKILL at any moment', async () => {
    const db = join(dir, 'crash.db');
    // Killed on one thread and with records parsed on a worker thread.
    for (const [ms, workers] of [[700, '1'], [1500, '0'], [2500, '1']] as const) await killedAfter(['import', '--input', file, '--db', db, '--workers', workers], ms);
    const imp = await runCli(['import', '--input', file, '--db', db]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(check(db)).toMatchObject({ integrity: 'ok', records: N, distinct: N, imports: 1 });

    for (const ms of [900, 1800]) await killedAfter(['classify', '--db', db], ms);
    const sql = new Database(db, { readonly: true });
    const before = new Map((sql.prepare('SELECT pmid, classified_at FROM classifications').all() as { pmid: string; classified_at: string }[]).map((r) => [r.pmid, r.classified_at]));
    sql.close();
    const cls = await runCli(['classify', '--db', db]);
    expect(cls.code, cls.stderr).toBe(0);
    expect(cls.stdout).toContain(`classify: ${N - before.size} records classified`);
    expect(check(db)).toMatchObject({ integrity: 'ok', classified: N });
    const after = new Database(db, { readonly: true });
    const redone = [...before].filter(([pmid, at]) => after.prepare('SELECT classified_at FROM classifications WHERE pmid = ?').pluck().get(pmid) !== at);
    after.close();
    expect(redone).toEqual([]);

    const reports = join(dir, 'reports');
    for (const ms of [600, 900, 1200, 1500]) {
      await killedAfter(['report', '--db', db, '--reports', reports], ms);
      const md = join(reports, 'evidence-tables.md');
      // A reader sees a whole report or none, never half a table.
      if (existsSync(md)) expect(readFileSync(md, 'utf8')).toMatch(/Records excluded as not relevant are counted in the study flow, not listed\.\n$/);
    }
    const rep = await runCli(['report', '--db', db, '--reports', reports]);
    expect(rep.code, rep.stderr).toBe(0);
    expect(readdirSync(reports).filter((f) => f.includes('.tmp-')).length).toBeLessThanOrEqual(4);
  }, 120_000);

  it('refuses a second run on a database in use, and takes over a lock left by a killed run', async () => {
    const server = new FakeEutils(syntheticArticles(900, 36_000_000));
    const env = { EUTILS_BASE_URL: await server.start() };
    // Slow enough that the first run outlasts the second one's grace period.
    server.faults = { slowEvery: 1, slowMs: 2500 };
    const db = join(dir, 'locked.db');
    const first = startCli(['run', '--db', db, '--reports', join(dir, 'lockrep')], env);
    for (let waited = 0; !existsSync(`${db}.lock`) && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const second = await runCli(['classify', '--db', db]);
    expect(second.code).toBe(75);
    expect(second.stderr.trim()).toMatch(new RegExp(`^exoevidence: --db .*locked\\.db: database in use by another run \\(pid ${first.child.pid}\\); wait for it to finish, or remove .*locked\\.db\\.lock if no run is going$`));
    first.child.kill('SIGKILL');
    await first.done;
    expect(existsSync(`${db}.lock`)).toBe(true);
    server.faults = {};
    const again = await runCli(['run', '--db', db, '--reports', join(dir, 'lockrep')], env);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(`${db}.lock`)).toBe(false);
    expect(check(db)).toMatchObject({ integrity: 'ok', records: 900, classified: 900 });
    await server.stop();
  }, 60_000);

  it('leaves at once on SIGTERM while a run holds the database, letting go of it', async () => {
    const server = new FakeEutils(syntheticArticles(600, 38_000_000));
    const env = { EUTILS_BASE_URL: await server.start() };
    server.faults = { slowEvery: 1, slowMs: 5000 };
    const db = join(dir, 'term.db');
    const run = startCli(['run', '--db', db, '--reports', join(dir, 'termrep')], env);
    for (let waited = 0; !existsSync(`${db}.lock`) && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    run.child.kill('SIGTERM');
    const r = await run.done;
    expect(r.code).toBe(143);
    expect(existsSync(`${db}.lock`)).toBe(false);
    await server.stop();
  }, 60_000);

  it('stops a run whose npm was killed, so running it again at once completes', async () => {
    const server = new FakeEutils(syntheticArticles(1500, 37_000_000));
    const env = { ...process.env, EUTILS_BASE_URL: await server.start() };
    const db = join(dir, 'npm.db');
    expect((await runCli(['search', '--db', db], { EUTILS_BASE_URL: env.EUTILS_BASE_URL })).code).toBe(0);
    server.faults = { slowEvery: 1, slowMs: 300 };
    const npm = spawn('npm', ['run', '--silent', 'fetch', '--', '--db', db, '--batch', '100'], { cwd: join(import.meta.dirname, '..'), env, stdio: 'ignore' });
    // Kill npm once its run holds the database (however long npm and tsx take to start here).
    for (let waited = 0; !existsSync(`${db}.lock`) && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(`${db}.lock`)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    npm.kill('SIGKILL');
    // The run npm started stops by itself and lets go of the database.
    await new Promise((r) => setTimeout(r, 1000));
    expect(existsSync(`${db}.lock`)).toBe(false);
    server.faults = {};
    const again = await runCli(['fetch', '--db', db, '--batch', '100'], { EUTILS_BASE_URL: env.EUTILS_BASE_URL });
    expect(again.code, again.stderr).toBe(0);
    expect(check(db)).toMatchObject({ integrity: 'ok', records: 1500 });
    await server.stop();
  }, 60_000);
});
