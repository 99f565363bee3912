// The classify stage on a real SQLite file, and explain through the CLI.

import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../pipeline/store/db.ts';
import { importFile } from '../pipeline/stages/import.ts';
import { classifyRecords } from '../pipeline/stages/classify.ts';
import { Pool, defaultWorkers } from '../pipeline/workers/pool.ts';
import { parseArticleXml } from '../pipeline/pubmed/parse-xml.ts';
import { availableParallelism } from 'node:os';
import { articleSetXml, articleXml, syntheticArticles, type FixtureArticle } from './support/fixture-records.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/temp.ts';

const dir = tempDir();
const trial: FixtureArticle = {
  pmid: '33000001',
  date: '2023/05/01',
  title: 'Adipose stem cell exosomes after fractional laser for acne scars: a randomized split-face trial',
  sections: [
    { label: 'Methods', category: 'METHODS', text: 'Twenty-four patients were randomized to exosome gel on one side of the face after fractional CO2 laser.' },
    { label: 'Conclusions', category: 'CONCLUSIONS', text: 'Exosomes after laser improved acne scars.' },
  ],
  publicationTypes: ['Journal Article', 'Randomized Controlled Trial'],
};

describe('classify stage', () => {
  it('stores labels and evidence, classifies only what is new, and again with --force', async () => {
    const db = join(dir, 'c.db');
    const store = new Store(db);
    const file = join(dir, 'c.xml');
    writeFileSync(file, articleSetXml([trial, ...syntheticArticles(30, 33_100_000)]));
    await importFile(store, file, { quiet: true });
    const first = await classifyRecords(store, { quiet: true });
    expect([first.classified, first.threads]).toEqual([31, 0]);
    const c = store.getClassification(trial.pmid)!;
    expect(c.labels).toEqual({
      relevant: true, design: 'rct', sources: ['adipose_msc'], routes: ['laser_assisted'], sampleSize: 24, indications: ['scar'],
    });
    expect(c.rulesVersion).toBe(first.rulesVersion);
    expect(c.evidence.design[0].rule).toBe('design.rct.pubtype');
    // Confidence and the cues weighed are stored beside the labels.
    expect(c.confidence.design).toEqual({ level: 'high', reason: null });
    expect(c.decision.design[0]).toMatchObject({ design: 'rct', weight: 5 });
    expect(c.decision.sampleSize[0]).toMatchObject({ value: 24 });
    expect((await classifyRecords(store, { quiet: true })).classified).toBe(0);
    expect((await classifyRecords(store, { quiet: true, force: true })).classified).toBe(31);
    // A record fetched again is classified again.
    store.db.prepare("UPDATE records SET fetched_at = '2999-01-01T00:00:00.000Z' WHERE pmid = ?").run(trial.pmid);
    expect((await classifyRecords(store, { quiet: true })).classified).toBe(1);
    // After a rules change, classify counts the labels that changed, and lists them when asked.
    store.db.prepare("UPDATE classifications SET design = 'review', sample_size = 12, rules_version = 'older' WHERE pmid = ?").run(trial.pmid);
    const changed = await classifyRecords(store, { quiet: true, diff: true });
    expect(changed.changed).toMatchObject({ design: 1, sample_size: 1, sources: 0 });
    expect(changed.changes).toEqual([
      { pmid: trial.pmid, field: 'design', before: 'review', after: 'rct' },
      { pmid: trial.pmid, field: 'sample_size', before: '12', after: '24' },
    ]);
    // A set-valued label that changed is written again (unchanged sets keep their rows).
    store.db.prepare("UPDATE classification_labels SET value = 'plant' WHERE pmid = ? AND field = 'sources'").run(trial.pmid);
    store.db.prepare("UPDATE classifications SET rules_version = 'older' WHERE pmid = ?").run(trial.pmid);
    expect((await classifyRecords(store, { quiet: true })).changed).toMatchObject({ sources: 1, routes: 0 });
    expect(store.getClassification(trial.pmid)!.labels).toEqual(c.labels);
    // Worker threads give the same rows as the calling thread, batch after batch (the next batch is
    // handed out while the last one is written).
    const rows = () => store.db.prepare('SELECT pmid, relevant, design, sample_size, evidence, confidence, decision, details, low_confidence FROM classifications ORDER BY pmid').all();
    const sets = () => store.db.prepare('SELECT * FROM classification_labels ORDER BY pmid, field, value').all();
    const [alone, aloneSets] = [rows(), sets()];
    expect((await classifyRecords(store, { quiet: true, force: true, workers: 2, batchSize: 7 })).classified).toBe(31);
    expect(rows()).toEqual(alone);
    expect(sets()).toEqual(aloneSets);
    expect(store.getClassification(trial.pmid)!.labels).toEqual(c.labels);
    store.close();

    const r = await runCli(['explain', trial.pmid, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/design: rct  \[high confidence\]\n\s+design\.rct\.pubtype/);
    expect(r.stdout).toMatch(/other cues weighed[^\n]*\n\s+human_controlled \(weight 3\)/);
    expect(r.stdout).toMatch(/sample size: 24  \[high confidence\]\n\s+sample_size\.people\s+\[abstract \d+-\d+\]\s+"Twenty-four patients"/);
    const missing = await runCli(['explain', '123', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/PMID 123 is not in/);
  });

  it.runIf(availableParallelism() > 1)('classifies on worker threads by default from 2,000 records on', async () => {
    const store = new Store(join(dir, 'many.db'));
    const file = join(dir, 'many.xml');
    writeFileSync(file, articleSetXml(syntheticArticles(2000, 33_200_000)));
    await importFile(store, file, { quiet: true });
    const s = await classifyRecords(store, { quiet: true });
    expect([s.classified, s.threads]).toEqual([2000, defaultWorkers()]);
    expect((await classifyRecords(store, { quiet: true, force: true, workers: 0 })).threads).toBe(0);
    store.close();
  });

  it('without worker threads, classifies each chunk of a batch in its own turn of the event loop, where Ctrl-C is heard', async () => {
    const pool = new Pool('classify', 0);
    const turns: string[] = [];
    const records = (n: number) => syntheticArticles(2, 33_200_000 + 10 * n).map((a) => ({ ...parseArticleXml(articleXml(a)), keywords: [], mesh: [] }));
    const first = pool.run(records(1)).then(() => {
      turns.push('chunk 1');
      // What comes in once the first chunk is done (a signal, read in the loop's poll phase) is heard before the second begins.
      setImmediate(() => turns.push('event'));
    });
    const second = pool.run(records(2)).then(() => void turns.push('chunk 2'));
    await Promise.all([first, second]);
    expect(turns).toEqual(['chunk 1', 'event', 'chunk 2']);
    await pool.close();
  });

  it('classifies the records after a hostile one with a 10 MB title', async () => {
    const db = join(dir, 'hostile.db');
    const store = new Store(db);
    const file = join(dir, 'hostile.xml');
    const hostile: FixtureArticle = { ...trial, pmid: '33900001', title: 'Exosomes heal skin wounds and scars '.repeat(300_000) };
    writeFileSync(file, articleSetXml([hostile, ...syntheticArticles(5, 33_900_100)]));
    await importFile(store, file, { quiet: true });
    expect((await classifyRecords(store, { quiet: true })).classified).toBe(6);
    expect(store.getClassification('33900001')!.labels.relevant).toBe(true);
    store.close();
  });
});
