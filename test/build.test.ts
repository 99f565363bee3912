// The build (dist/, made by `npm ci`) is what bin/exoevidence.js runs, workers
// included, but only while it is newer than the sources: an edit must never
// leave stale code running.

import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from './support/temp.ts';

// A copy of the project whose dist/ this file may rebuild and break: the other test files run the
// command from the project's own dist/ meanwhile (test/support/cli.ts). The sources, data and
// packages are the project's, linked.
const ROOT = join(import.meta.dirname, '..');
const dir = tempDir();
const COPY = join(dir, 'project');
for (const folder of ['bin', 'scripts']) mkdirSync(join(COPY, folder), { recursive: true });
for (const file of ['package.json', 'bin/exoevidence.js', 'scripts/build.mjs']) copyFileSync(join(ROOT, file), join(COPY, file));
for (const linked of ['pipeline', 'data', 'schemas', 'node_modules']) symlinkSync(join(ROOT, linked), join(COPY, linked));
const CLI = join(COPY, 'dist/cli.js');
const bin = (...args: string[]) => spawnSync(process.execPath, [join(COPY, 'bin/exoevidence.js'), ...args], { cwd: COPY, encoding: 'utf8' });
const build = () => expect(spawnSync(process.execPath, [join(COPY, 'scripts/build.mjs')], { encoding: 'utf8' }).status).toBe(0);

describe('build', () => {
  beforeAll(build, 60_000);

  it('runs every stage from the build, classify on worker threads included', () => {
    const db = join(dir, 'built.db');
    expect(bin('import', '--input', join(ROOT, 'test/fixtures/edge-cases.xml'), '--db', db, '--quiet').status).toBe(0);
    const r = bin('classify', '--workers', '1', '--db', db, '--quiet');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const conn = new Database(db, { readonly: true });
    const stored = conn.prepare('SELECT count(*) AS n FROM classifications').get() as { n: number };
    conn.close();
    expect(stored.n).toBeGreaterThan(0);
  });

  it('runs the build only while it is newer than every source file', () => {
    const good = readFileSync(CLI);
    try {
      // A build that fails at once shows which code ran.
      writeFileSync(CLI, 'throw new Error("the build ran");\n');
      const future = new Date(Date.now() + 60_000);
      utimesSync(CLI, future, future);
      expect(bin('explain', '--help').stderr).toMatch(/the build ran/);
      const past = new Date(Date.now() - 24 * 3600_000 * 365 * 30);
      utimesSync(CLI, past, past);
      const r = bin('explain', '--help');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage: exoevidence explain PMID/);
    } finally {
      writeFileSync(CLI, good);
    }
  });
});
