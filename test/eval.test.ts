// eval: gold CSV checks, the scores on a small hand-made case, the JSON shape, thresholds.

import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { confidenceScores, corpusPart, evaluate, parseGold } from '../pipeline/classify/evaluate.ts';
import { belowThresholds } from '../pipeline/stages/eval.ts';
import { EMPTY_DETAILS, LABEL_FIELDS, type Classification, type Labels } from '../pipeline/types.ts';
import { articleSetXml, syntheticArticles } from './support/fixture-records.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/temp.ts';

const HEADER = 'pmid,relevant,design,sources,routes,sample_size,indications';
const L = (o: Partial<Labels>): Labels => ({ relevant: true, design: 'animal', sources: [], routes: [], sampleSize: null, indications: [], ...o });

describe('gold CSV', () => {
  it('reads sets, empty cells and sample sizes', () => {
    const gold = parseGold(`${HEADER}\n1,true,rct,adipose_msc;plant,topical,30,photoaging\n2,false,review,,,,\n`, 'g.csv');
    expect(gold.get('1')).toEqual(L({ design: 'rct', sources: ['adipose_msc', 'plant'], routes: ['topical'], sampleSize: 30, indications: ['photoaging'] }));
    expect(gold.get('2')).toEqual(L({ relevant: false, design: 'review' }));
  });

  it('names a missing column and an unknown code with its line', () => {
    expect(() => parseGold('pmid,relevant,design\n1,true,rct\n', 'g.csv')).toThrow(/g\.csv: missing column "sources"/);
    expect(() => parseGold(`${HEADER}\n1,true,rct,stem,,,\n`, 'g.csv')).toThrow(/g\.csv: line 2: unknown sources code "stem"/);
    expect(() => parseGold(`${HEADER}\n1,true,trial,,,,\n`, 'g.csv')).toThrow(/line 2: unknown design code "trial"/);
    expect(() => parseGold(`${HEADER}\n1,true,rct,,,,\n2,true,rct,,,,\n1,true,animal,,,,\n`, 'g.csv')).toThrow(/g\.csv: line 4: PMID 1 is labelled on an earlier line too/);
    // Read from its last place only, a column named twice let the other one's labels go unscored.
    expect(() => parseGold(`${HEADER},design\n1,true,rct,,,,,animal\n`, 'g.csv')).toThrow(/^g\.csv: the column "design" is named twice in the header$/);
  });
});

describe('scores', () => {
  const gold = new Map([
    ['1', L({ design: 'rct', sources: ['plant'], sampleSize: 20, indications: ['acne'] })],
    ['2', L({ design: 'animal', sources: ['milk', 'plant'] })],
    ['3', L({ relevant: false, design: 'in_vitro', sampleSize: null })],
    ['4', L({ design: 'rct', sampleSize: 50 })],
  ]);
  const predicted = new Map([
    ['1', L({ design: 'rct', sources: ['plant'], sampleSize: 20, indications: ['acne'] })],
    ['2', L({ design: 'in_vitro', sources: ['milk'] })],
    ['3', L({ relevant: true, design: 'in_vitro', sampleSize: 12 })],
    ['4', L({ design: 'rct', sampleSize: 49 })],
  ]);
  const e = evaluate(gold, predicted);

  it('computes accuracy, F1, exact sets, the confusion matrix and sample-size rates', () => {
    expect(e.records).toBe(4);
    expect(e.relevant).toMatchObject({ accuracy: 0.75, precision: 0.75, recall: 1, f1: 0.8571 });
    expect(e.design.accuracy).toBe(0.75);
    expect(e.design.confusion).toEqual({ rct: { rct: 2 }, animal: { in_vitro: 1 }, in_vitro: { in_vitro: 1 } });
    // sources: tp plant, milk; fn plant(2): P 1, R 2/3
    expect(e.sources.micro_f1).toBe(0.8);
    expect(e.sources.exact_set).toBe(0.75);
    expect(e.sample_size).toMatchObject({ exact: 0.5, gold_with_n: 2, false_n: 0.5, gold_without_n: 2 });
    expect(e.design.wrong).toEqual([{ pmid: '2', gold: 'animal', predicted: 'in_vitro' }]);
  });

  it('checks floors, and ceilings for false_n', () => {
    expect(belowThresholds(e, { 'design.accuracy': 0.7, 'sample_size.false_n': 0.6 })).toEqual([]);
    expect(belowThresholds(e, { 'design.accuracy': 0.8, 'sample_size.false_n': 0.1 })).toEqual([
      'design.accuracy = 0.75 < 0.8',
      'sample_size.false_n = 0.5 > 0.1',
    ]);
  });
});

describe('confidence scores and the cold part', () => {
  it('scores each field within high and within low labels', () => {
    const gold = new Map([['1', L({ design: 'rct' })], ['2', L({ design: 'animal' })], ['3', L({ design: 'review' })]]);
    const c = (design: Labels['design'], level: 'high' | 'low'): Classification => ({
      labels: L({ design }),
      evidence: {},
      confidence: Object.fromEntries(LABEL_FIELDS.map((f) => [f, { level: f === 'design' ? level : 'high', reason: level === 'low' ? 'close call' : null }])) as Classification['confidence'],
      decision: { design: [], sampleSize: [] },
      details: EMPTY_DETAILS,
      detailConfidence: {} as Classification['detailConfidence'],
    });
    const s = confidenceScores(gold, new Map([['1', c('rct', 'high')], ['2', c('in_vitro', 'low')], ['3', c('review', 'low')]]));
    expect(s.design).toEqual({ high: { n: 1, accuracy: 1 }, low: { n: 2, accuracy: 0.5 }, low_share: 0.6667 });
    expect(s.sources).toEqual({ high: { n: 3, accuracy: 1 }, low: { n: 0, accuracy: 0 }, low_share: 0 });
  });

  it('keeps a stable third of PMIDs cold', () => {
    const pmids = Array.from({ length: 3000 }, (_, i) => String(30_000_000 + i * 7));
    const cold = pmids.filter((p) => corpusPart(p) === 'cold').length;
    expect(cold).toBeGreaterThan(900);
    expect(cold).toBeLessThan(1100);
    expect(pmids.map(corpusPart)).toEqual(pmids.map(corpusPart));
  });
});

describe('eval command', () => {
  const dir = tempDir();
  it('classifies a file without a database and writes the JSON shape', async () => {
    const articles = syntheticArticles(3, 32_000_000);
    const records = join(dir, 'r.xml');
    writeFileSync(records, articleSetXml(articles));
    const goldFile = join(dir, 'g.csv');
    writeFileSync(goldFile, `${HEADER}\n${articles.map((a) => `${a.pmid},true,animal,,,,wound_healing`).join('\n')}\n`);
    const out = join(dir, 'e.json');
    const r = await runCli(['eval', '--records', records, '--gold', goldFile, '--json', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/design: accuracy/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.records).toBe(3);
    for (const key of ['relevant.accuracy', 'relevant.f1', 'design.accuracy', 'design.macro_f1', 'design.confusion', 'sources.micro_f1', 'sources.exact_set', 'routes.micro_f1', 'routes.exact_set', 'indications.micro_f1', 'indications.exact_set', 'sample_size.exact', 'sample_size.gold_with_n', 'sample_size.false_n'])
      expect(key.split('.').reduce((o: any, k) => o?.[k], json), key).toBeDefined();
    expect(json.predictions).toHaveLength(3);
    for (const p of json.predictions) {
      expect(Object.keys(p.confidence).sort()).toEqual([...LABEL_FIELDS].sort());
      expect(p).toMatchObject({ pmid: expect.any(String), design: expect.any(String), sources: expect.any(Array), details: {} });
      expect(p.sample_size === null || typeof p.sample_size === 'number').toBe(true);
    }
    expect(json.confidence.design.high.n + json.confidence.design.low.n).toBe(3);
    expect(r.stdout).toMatch(/confidence \(accuracy within each level/);

    const part = await runCli(['eval', '--records', records, '--gold', goldFile, '--part', 'cold']);
    expect(part.code, part.stderr).toBe(0);
    expect(part.stdout).toContain(`records: ${articles.filter((a) => corpusPart(a.pmid) === 'cold').length}`);
    expect((await runCli(['eval', '--records', records, '--gold', goldFile, '--part', 'warm'])).code).toBe(2);
    // --json overwrites scores it wrote, and nothing else: a slip naming the records or the gold labels replaced them.
    expect((await runCli(['eval', '--records', records, '--gold', goldFile, '--json', out])).code).toBe(0);
    for (const target of [records, goldFile, dir]) {
      const slip = await runCli(['eval', '--records', records, '--gold', goldFile, '--json', target]);
      expect([slip.code, slip.stderr.trim()]).toEqual([2, `exoevidence: --json ${target}: ${target === dir ? 'a folder; name the JSON file to write' : 'a file that is not scores of this tool; name a new file (it is never overwritten)'}`]);
    }
    expect(readFileSync(records, 'utf8')).toBe(articleSetXml(articles));
    // A missing folder for --json, or a bad floors file, is named in one line before anything is classified
    // (they were a temporary file's bare ENOENT, and a schema error after the whole run).
    const lost = join(dir, 'no-such-folder', 'e.json');
    const noFolder = await runCli(['eval', '--records', records, '--gold', goldFile, '--json', lost]);
    expect([noFolder.code, noFolder.stdout, noFolder.stderr.trim()]).toEqual([1, '', `exoevidence: --json ${lost}: folder ${join(dir, 'no-such-folder')} does not exist`]);
    const floors = join(dir, 'floors.json');
    writeFileSync(floors, '{"floors": {}}');
    const noLabels = join(dir, 'no-labels.csv');
    writeFileSync(noLabels, `${HEADER}\n`);
    const badFloors = await runCli(['eval', '--records', records, '--gold', noLabels, '--thresholds', floors]);
    expect([badFloors.code, badFloors.stderr.trim()]).toEqual([1, `exoevidence: ${floors}: / must have required property 'description' (schema thresholds.schema.json)`]);
    // Nothing to score is an error, not a page of zeros.
    const other = join(dir, 'other.csv');
    writeFileSync(other, `${HEADER}\n99999999,true,animal,,,,\n`);
    const none = await runCli(['eval', '--records', records, '--gold', other]);
    expect([none.code, none.stdout, none.stderr.trim()]).toEqual([1, '', `exoevidence: --records ${records}: holds none of the 1 records labelled in ${other}`]);
    writeFileSync(other, `${HEADER}\n`);
    expect((await runCli(['eval', '--records', records, '--gold', other])).stderr.trim()).toBe(`exoevidence: --gold ${other}: no labelled records`);
  });
});
