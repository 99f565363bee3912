// probe: records classified as written and rewritten; the labels a rewriting changes are
// listed with their record, and the rewritings file is checked like the rule files.

import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProbe } from '../pipeline/stages/probe.ts';
import { loadRewrites, rewriteIfChanged, rewriteRecord } from '../pipeline/classify/rewrites.ts';
import { articleSetXml, type FixtureArticle } from './support/fixture-records.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/temp.ts';

const dir = tempDir();
const article = (pmid: string, title: string, text: string): FixtureArticle => ({ pmid, date: '2024/03/01', title, sections: [{ text }] });
const records = join(dir, 'records.xml');
writeFileSync(
  records,
  articleSetXml([
    article('39000001', 'Exosome serum for wrinkles: a randomized trial', 'Forty women were randomized to exosome serum or vehicle for 12 weeks; wrinkles improved.'),
    article('39000002', 'Adipose stem cell exosomes heal wounds in diabetic mice', 'Full-thickness wounds of diabetic mice were treated with exosomes in vivo; wounds closed faster.'),
    article('39000003', 'Keratinocyte exosomes and melanin', 'In vitro, melanocytes took up keratinocyte exosomes and made less melanin.'),
  ]),
);
const rewritesFile = (name: string, rewrites: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ description: 'test', rewrites }));
  return file;
};

describe('probe', () => {
  it('lists the labels a rewriting changes, with their record, and none for one that keeps them', async () => {
    const file = rewritesFile('two.json', [
      { name: 'British', replace: [{ pattern: 'randomiz', with: 'randomis' }] },
      { name: 'no randomization', replace: [{ pattern: '\\brandomi[sz]ed\\b', with: 'assigned' }] },
    ]);
    const r = await runProbe({ records, rewrites: file });
    expect(r.records).toBe(3);
    expect(r.rewrites.map((t) => [t.name, t.recordsChanged])).toEqual([['British', 0], ['no randomization', 1]]);
    expect(r.rewrites[1].shown).toEqual([{ pmid: '39000001', field: 'design', before: '"rct"', after: '"human_controlled"' }]);
    expect(r.report).toMatch(/^British: no label changes$/m);
    expect(r.report).toMatch(/^no randomization: 1 label changed, in 1 record\n {4}39000001 design: "rct" -> "human_controlled"$/m);
  });

  it("keeps every label of these records under the project's own rewritings", async () => {
    const r = await runProbe({ records });
    expect(r.rewrites.length).toBeGreaterThanOrEqual(8);
    for (const t of r.rewrites) expect(t.shown, t.name).toEqual([]);
  });

  it("leaves the RNA exosome, a nuclease complex, out of the project's rewritings of vesicles", () => {
    const rec = { pmid: '1', title: 'The RNA exosome subunit EXOSC10 and tumour exosomes', abstract: [], keywords: [], mesh: [], publicationTypes: [] } as any;
    const titles = loadRewrites().filter((r) => /exosomes/.test(r.name)).map((r) => rewriteRecord(rec, r).title);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    for (const t of titles) expect(t).toMatch(/^The RNA exosome subunit EXOSC10 and tumour (?!exosomes)/);
  });

  it('rewrites title, abstract and keywords, and leaves the rest', () => {
    const [british] = loadRewrites(rewritesFile('one.json', [{ name: 'x', replace: [{ pattern: 'tumor', flags: 'i', with: 'tumour' }] }]));
    const rec = { pmid: '1', title: 'Tumor vesicles', abstract: [{ label: 'AIM', category: null, text: 'A tumor.' }], keywords: ['tumor'], mesh: [{ descriptor: 'Tumor', qualifiers: [] }], publicationTypes: [] } as any;
    const out = rewriteRecord(rec, british);
    expect([out.title, out.abstract[0].text, out.abstract[0].label, out.keywords[0], out.mesh[0].descriptor]).toEqual(['tumour vesicles', 'A tumour.', 'AIM', 'tumour', 'Tumor']);
    // A rewriting that finds nothing to change gives nothing to classify again; one change anywhere does.
    expect(rewriteIfChanged({ ...rec, title: 'Vesicles', abstract: [], keywords: ['skin'] }, british)).toBeNull();
    expect(rewriteIfChanged({ ...rec, title: 'Vesicles', abstract: [], keywords: ['skin', 'tumor'] }, british)?.keywords).toEqual(['skin', 'tumour']);
  });

  it('fails the run when a label changes, and names the file and place of a bad regex or unknown key in one line', async () => {
    const bad = rewritesFile('bad.json', [{ name: 'x', replace: [{ pattern: '(', with: '' }] }]);
    expect(() => loadRewrites(bad)).toThrow(/bad\.json: \/rewrites\/0\/replace\/0\/pattern: invalid regex/);
    const unknown = rewritesFile('unknown.json', [{ name: 'x', replace: [{ pattern: 'a', with: 'b', global: true }] }]);
    const changing = await runCli(['probe', '--records', records, '--rewrites', rewritesFile('changing.json', [{ name: 'no randomization', replace: [{ pattern: '\\brandomi[sz]ed\\b', with: 'assigned' }] }])]);
    expect(changing.code).toBe(1);
    expect(changing.stdout).toMatch(/39000001 design: "rct" -> "human_controlled"/);
    expect(changing.stderr.trim()).toBe('exoevidence: probe: labels changed under 1 of 1 rewritings (no randomization)');
    expect((await runCli(['probe', '--records', records])).code).toBe(0);
    const r = await runCli(['probe', '--records', records, '--rewrites', unknown]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown\.json: \/rewrites\/0\/replace\/0 must NOT have additional properties: "global"/);
    expect((await runCli(['probe'])).code).toBe(2);
  });
});
