// Living updates through the CLI against the stand-in E-utilities server: a second
// run fetches only what PubMed added, and the report lists exactly those as new,
// with the labels a rules change moved; after an import, with PubMed out of reach,
// the pipeline goes on offline.

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import Database from 'better-sqlite3';
import { FakeEutils } from './support/eutils-server.ts';
import { articleSetXml, type FixtureArticle } from './support/fixture-records.ts';
import { tempDir } from './support/temp.ts';
import { runCli } from './support/cli.ts';

const dir = tempDir();
let server: FakeEutils | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

const wound = (i: number, pmid: number): FixtureArticle => ({
  pmid: String(pmid), date: `2024/0${(i % 9) + 1}/01`, title: `Adipose stem cell exosomes heal skin wounds in mice, study ${i}`,
  sections: [{ text: 'Exosomes from adipose-derived stem cells were injected around full-thickness skin wounds of mice. Wounds closed faster.' }],
  authors: [{ last: 'Lee', fore: 'Ann', initials: 'A' }],
});
const newSection = (md: string) => md.split('## New since the last run')[1]?.split('\n## ')[0] ?? '';
const tables = (md: string) => marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');

describe('update', () => {
  it('fetches only the records PubMed added, and reports exactly those as new', async () => {
    server = new FakeEutils(Array.from({ length: 30 }, (_, i) => wound(i, 37_000_000 + i)));
    const env = { EUTILS_BASE_URL: await server.start(), EUTILS_RETRY_BASE_MS: '10' };
    const db = join(dir, 'u.db');
    const reports = join(dir, 'u-reports');
    const first = await runCli(['run', '--db', db, '--reports', reports, '--quiet'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/fetch: 30 records fetched/);
    expect(newSection(readFileSync(join(reports, 'evidence-tables.md'), 'utf8'))).toMatch(/first stored 30 records, 30 of them included/);

    const added = Array.from({ length: 4 }, (_, i) => wound(100 + i, 37_100_000 + i));
    server.add(added);
    const servedBefore = new Map(server.stats.served);
    const second = await runCli(['update', '--db', db, '--reports', reports, '--quiet'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/fetch: 4 records fetched/);
    // Only the new records went over the wire.
    const refetched = [...server.stats.served].filter(([p, n]) => n > (servedBefore.get(p) ?? 0)).map(([p]) => p).sort();
    expect(refetched).toEqual(added.map((a) => a.pmid).sort());

    const md = readFileSync(join(reports, 'evidence-tables.md'), 'utf8');
    const section = newSection(md);
    expect(section).toMatch(/Run \d+ \(`update`, started .*\) first stored 4 records, 4 of them included; 0 labels changed since it began\./);
    const listed = tables(section)[0].rows.map((r) => /PMID (\d+)/.exec(r[0].text)![1]).sort();
    expect(listed).toEqual(added.map((a) => a.pmid).sort());
    // The same database gives the same report again.
    await runCli(['report', '--db', db, '--reports', reports], env);
    expect(readFileSync(join(reports, 'evidence-tables.md'), 'utf8')).toBe(md);

    // A label moved by classify (here, a stored label made stale by hand) is listed field by field.
    const sql = new Database(db);
    sql.prepare("UPDATE classifications SET design = 'review', rules_version = 'older' WHERE pmid = ?").run(added[0].pmid);
    sql.close();
    const third = await runCli(['classify', '--db', db, '--quiet'], env);
    expect(third.stdout).toMatch(/labels changed from those stored: design 1/);
    await runCli(['report', '--db', db, '--reports', reports], env);
    const changes = tables(newSection(readFileSync(join(reports, 'evidence-tables.md'), 'utf8'))).find((t) => t.header[0].text === 'PMID')!;
    expect(changes.rows.map((r) => r.map((c) => c.text))).toEqual([[`[${added[0].pmid}](https://pubmed.ncbi.nlm.nih.gov/${added[0].pmid}/)`, 'design', 'review', 'animal']]);
  });

  it('goes on offline after an import when PubMed cannot be reached', async () => {
    const db = join(dir, 'offline.db');
    const file = join(dir, 'offline.xml');
    writeFileSync(file, articleSetXml([wound(1, 37_200_001), wound(2, 37_200_002)]));
    expect((await runCli(['import', '--input', file, '--db', db, '--quiet'])).code).toBe(0);
    const r = await runCli(['run', '--db', db, '--reports', join(dir, 'offline-reports'), '--quiet'], { EUTILS_BASE_URL: 'http://127.0.0.1:9/entrez/eutils', EUTILS_MAX_ATTEMPTS: '1' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/going on offline with the 2 records stored: classify, then report/);
    expect(r.stdout).toMatch(/classify: 2 records classified/);
    expect(r.stdout).toMatch(/report: 2 included records/);
  });
});
