// Reports from a real SQLite file: tables that survive hostile text (parsed back
// with a GFM parser), byte-identical reruns, overrides, filters, exports, the SVG.

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { Store } from '../pipeline/store/db.ts';
import { importFile } from '../pipeline/stages/import.ts';
import { classifyRecords } from '../pipeline/stages/classify.ts';
import { citationsOn, writeReports } from '../pipeline/stages/report.ts';
import { buildReport, includedStudies, keyFinding } from '../pipeline/report/model.ts';
import { CitationsAsRead, renderCitations } from '../pipeline/report/citations.ts';
import { Pool } from '../pipeline/workers/pool.ts';
import { articleSetXml, type FixtureArticle } from './support/fixture-records.ts';
import { tempDir } from './support/temp.ts';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';

const dir = tempDir();

const article = (pmid: string, date: string, title: string, text: string, conclusion?: string, publicationTypes?: string[]): FixtureArticle => ({
  pmid, date, title, publicationTypes,
  sections: conclusion ? [{ label: 'Methods', category: 'METHODS', text }, { label: 'Conclusions', category: 'CONCLUSIONS', text: conclusion }] : [{ text }],
  authors: [{ last: 'Lee', fore: 'Ann', initials: 'A' }, { last: 'Kim', fore: 'Bo', initials: 'B' }],
});

const articles: FixtureArticle[] = [
  {
    ...article('34000001', '2022/01/01', 'Exosome | serum *for* _wrinkles_ with `code` and <b>html</b>',
      'Forty women were randomly assigned to adipose stem cell exosome serum or placebo on the face.',
      'Wrinkles | lines fell; <script>alert(1)</script> *bold* _it_ `tick`\nnext line.', ['Journal Article', 'Randomized Controlled Trial']),
    doi: '10.1000/jtd.2022.001', volume: '12', issue: '3', pages: '100-10',
    authors: [{ last: 'Müller', fore: 'Jürgen', initials: 'J' }, { last: "O'Brien", fore: 'Ann {B}', initials: 'A' }],
  },
  article('34000002', '2023/01/01', 'Adipose stem cell exosomes for acne scars in 12 patients',
    'Twelve patients with acne scars received adipose-derived stem cell exosome injections after fractional CO2 laser.', 'Scars improved in most patients.'),
  article('34000003', '2021/05/01', 'Umbilical cord MSC exosomes heal diabetic wounds in mice',
    'Full-thickness wounds on diabetic mice were covered with a hydrogel of umbilical cord mesenchymal stem cell exosomes.', 'Wounds closed faster.'),
  article('34000004', '2023/06/01', 'Keratinocyte exosomes and melanogenesis',
    'Melanocytes were cultured in vitro with keratinocyte-derived exosomes and melanin synthesis was measured. The exosomes raised pigmentation.'),
  article('34000005', '2020/01/01', 'Exosomes in dermatology: a review', 'This review summarizes exosome research in skin ageing.', undefined, ['Journal Article', 'Review']),
  article('34000006', '2020/01/01', 'Platelet-rich plasma for hair loss', 'Sixty patients received platelet-rich plasma injections for alopecia.'),
];

async function db(name: string, list = articles) {
  const store = new Store(join(dir, `${name}.db`));
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, articleSetXml(list));
  await importFile(store, file, { quiet: true });
  (await classifyRecords(store, { quiet: true }));
  return store;
}

const tables = (md: string) => marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');

describe('report', () => {
  it('writes tables that a GFM parser reads back with the expected rows and cells', async () => {
    const store = await db('r1');
    const out = join(dir, 'rep1');
    const r = await writeReports(store, { reportsDir: out, overridesFile: join(dir, 'none.csv') });
    expect(r.included).toBe(5);
    const md = readFileSync(join(out, 'evidence-tables.md'), 'utf8');
    const t = tables(md);
    const byHeader = (first: string) => t.filter((x) => x.header[0].text === first);
    // Study flow, two evidence maps, four tiers, two appendices.
    expect(byHeader('Stage')).toHaveLength(1);
    expect(byHeader('Source')).toHaveLength(1);
    expect(byHeader('Indication')).toHaveLength(1);
    const tierTables = byHeader('Study').filter((x) => x.header.length === 7);
    expect(tierTables.map((x) => x.rows.length)).toEqual([1, 1, 1, 1]);
    for (const x of t) for (const row of x.rows) expect(row).toHaveLength(x.header.length);
    const rct = tierTables[0].rows[0];
    expect(rct[0].text).toContain('PMID 34000001');
    expect(rct[3].text).toBe('40');
    // The hostile finding stays in its cell, as text, with every word.
    expect(rct[5].text).toContain('Wrinkles');
    expect(rct[5].text).toContain('next line');
    expect(md).not.toMatch(/<script>/);
    expect(md).not.toMatch(/<b>/);
    const flow = Object.fromEntries(byHeader('Stage')[0].rows.map((row) => [row[0].text, row[1].text]));
    expect(flow).toMatchObject({ Screened: '6', 'Excluded as not relevant': '1', Included: '5', '– RCT': '1', '– Reviews': '1' });
    expect(md).toContain('```mermaid');
    store.close();
  });

  it('gives byte-identical output for the same database', async () => {
    const store = await db('r2');
    const a = join(dir, 'rep2a');
    const b = join(dir, 'rep2b');
    await writeReports(store, { reportsDir: a, overridesFile: join(dir, 'none.csv') });
    await writeReports(store, { reportsDir: b, overridesFile: join(dir, 'none.csv') });
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f)), f).toEqual(readFileSync(join(a, f)));
    // A temporary file left by a killed run is cleared away.
    writeFileSync(join(a, 'evidence.json.tmp-99999'), 'half');
    await writeReports(store, { reportsDir: a, overridesFile: join(dir, 'none.csv') });
    expect(readdirSync(a).sort()).toEqual(['evidence-map.svg', 'evidence-sources.svg', 'evidence-tables.md', 'evidence.csv', 'evidence.json', 'index.html', 'references.bib', 'references.ris']);
    store.close();
  });

  it('orders by year descending then PMID, and computes tier statistics', async () => {
    const store = await db('r3');
    const out = join(dir, 'rep3');
    await writeReports(store, { reportsDir: out, overridesFile: join(dir, 'none.csv') });
    const json = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8'));
    expect(json.records.map((r: any) => r.pmid)).toEqual(['34000001', '34000002', '34000003', '34000004', '34000005']);
    const md = readFileSync(join(out, 'evidence-tables.md'), 'utf8');
    expect(md).toMatch(/## RCT \(1\)\n\nSummary: 1 study; total N 40; median N 40 \(IQR 40–40\); range 40–40; 100% state N \(1 of 1\)\./);
    expect(md).toMatch(/## In vitro \(1\)\n\nSummary: 1 study; 0% state N \(0 of 1\)\./);
    const csv = parseCsv(readFileSync(join(out, 'evidence.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv).toHaveLength(5);
    expect(csv[0]).toMatchObject({ pmid: '34000001', tier: 'rct', sources: 'adipose_msc', sample_size: '40' });
    expect(csv[0].key_finding).toContain('Wrinkles | lines fell');
    for (const svg of ['evidence-map.svg', 'evidence-sources.svg']) expect(XMLValidator.validate(readFileSync(join(out, svg), 'utf8')), svg).toBe(true);
    // Each study of a tier is one segment's worth of the sources chart, under its one source, several, or none.
    const segments = new Map<string, number>();
    for (const [, key, n] of readFileSync(join(out, 'evidence-sources.svg'), 'utf8').matchAll(/<title>([^<:]+): (\d+)<\/title>/g)) segments.set(key, (segments.get(key) ?? 0) + Number(n));
    const expected = new Map<string, number>();
    for (const j of json.records.filter((r: any) => ['in_vitro', 'animal', 'pilot', 'rct'].includes(csv.find((c) => c.pmid === r.pmid)!.tier))) {
      const key = j.sources.length === 0 ? 'not stated' : j.sources.length > 1 ? 'several sources' : j.sources[0];
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(segments).toEqual(expected);
    expect([...segments.values()].reduce((a, b) => a + b, 0)).toBe(4);
    store.close();
  });

  it('leads text that a spreadsheet would run as a formula with an apostrophe in the CSV, and nowhere else', async () => {
    const formula = '=HYPERLINK("http://example.org","Exosome serum for wrinkles")';
    const store = await db('formula', [{ ...articles[0], title: formula }, articles[1]]);
    const out = join(dir, 'rep-formula');
    await writeReports(store, { reportsDir: out, overridesFile: join(dir, 'none.csv') });
    const rows = parseCsv(readFileSync(join(out, 'evidence.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.title)).toEqual([`'${formula}`, articles[1].title]);
    expect(rows[0].sample_size).toBe('40');
    expect(JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')).records[0].title).toBe(formula);
    store.close();
  });

  it('reads the database in one snapshot, though another program commits while the report reads it', async () => {
    (await db('snapshot', articles.slice(0, 3))).close();
    const writer = new Store(join(dir, 'snapshot.db'));
    // A report beside a running update: once the study flow is counted, and before the studies are read, another
    // connection removes a classification.
    class Beside extends Store {
      *reportRows() {
        writer.db.prepare(`DELETE FROM classifications WHERE pmid = '34000003'`).run();
        yield* super.reportRows();
      }
    }
    const store = new Beside(join(dir, 'snapshot.db'));
    await writeReports(store, { reportsDir: join(dir, 'rep-snapshot'), overridesFile: join(dir, 'none.csv') });
    const md = readFileSync(join(dir, 'rep-snapshot', 'evidence-tables.md'), 'utf8');
    // The study flow counts what the tables list: each query used to see the commits made before it (3 classified, 2 listed).
    expect(md).toMatch(/- Database: 3 records \(0 from the search, 3 read from 1 imported file\), 3 classified, 3 included\./);
    expect(md).toContain('PMID 34000003');
    expect(writer.classificationCount()).toBe(2);
    store.close();
    writer.close();
  });

  it('names the record and column of a row damaged outside the tool, instead of stopping with a stack trace', async () => {
    const store = await db('damaged', articles.slice(0, 2));
    store.db.prepare("UPDATE classifications SET evidence = 'not json' WHERE pmid = '34000002'").run();
    await expect(writeReports(store, { reportsDir: join(dir, 'rep-damaged'), overridesFile: join(dir, 'none.csv') })).rejects.toThrow(
      /^record 34000002: the database's evidence column is not a JSON object of evidence lists \(edited or damaged outside exoevidence\); "classify --force" writes it again$/,
    );
    // Valid JSON of the wrong shape used to reach the code that reads it: "list is not iterable".
    store.db.prepare(`UPDATE classifications SET evidence = '{"design":5}' WHERE pmid = '34000002'`).run();
    await expect(writeReports(store, { reportsDir: join(dir, 'rep-damaged'), overridesFile: join(dir, 'none.csv') })).rejects.toThrow(/^record 34000002: the database's evidence column is not a JSON object of evidence lists/);
    store.db.prepare("UPDATE records SET keywords = '5' WHERE pmid = '34000001'").run();
    await expect(classifyRecords(store, { quiet: true, force: true })).rejects.toThrow(/^record 34000001: the database's keywords column is not a JSON array of strings/);
    store.db.prepare(`UPDATE records SET keywords = '[]', mesh = '[{"x":1}]' WHERE pmid = '34000001'`).run();
    await expect(classifyRecords(store, { quiet: true, force: true })).rejects.toThrow(/^record 34000001: the database's mesh column is not a JSON array of MeSH headings/);
    // Sections of another shape stopped classify with "s.label.toUpperCase is not a function" (exit 70).
    store.db.prepare(`UPDATE records SET mesh = '[]', abstract_sections = '[{"label":5,"category":null,"start":0,"end":4}]' WHERE pmid = '34000001'`).run();
    await expect(classifyRecords(store, { quiet: true, force: true })).rejects.toThrow(/^record 34000001: the database's abstract_sections column is not a JSON array of abstract sections/);
    store.db.prepare(`UPDATE records SET abstract_sections = '[{"label":null,"category":null,"start":0,"end":1e9}]' WHERE pmid = '34000001'`).run();
    await expect(classifyRecords(store, { quiet: true, force: true })).rejects.toThrow(/^record 34000001: the database's abstract_sections column is not a JSON array of abstract sections/);
    // Labels outside the taxonomy were printed in the tables as if the rules had given them.
    store.db.prepare(`UPDATE records SET abstract_sections = '[]' WHERE pmid = '34000001'`).run();
    store.db.prepare(`UPDATE classifications SET evidence = '{}', design = 'bogus' WHERE pmid = '34000002'`).run();
    await expect(writeReports(store, { reportsDir: join(dir, 'rep-damaged'), overridesFile: join(dir, 'none.csv') })).rejects.toThrow(
      /^record 34000002: the database's design column holds "bogus", not a design of the taxonomy \(edited or damaged outside exoevidence\); "classify --force" writes it again$/,
    );
    store.db.prepare(`UPDATE classifications SET design = 'rct' WHERE pmid = '34000002'`).run();
    store.db.prepare(`INSERT INTO classification_labels (pmid, field, value) VALUES ('34000002', 'sources', 'moon')`).run();
    await expect(writeReports(store, { reportsDir: join(dir, 'rep-damaged'), overridesFile: join(dir, 'none.csv') })).rejects.toThrow(/^record 34000002: the database's sources label "moon" is not a sources code of the taxonomy/);
    // Columns of another inner shape, or another type, stopped a stage with a stack trace (exit 70).
    store.db.prepare(`DELETE FROM classification_labels WHERE value = 'moon'`).run();
    const cases: [string, RegExp][] = [
      [`UPDATE records SET authors = '[{"lastName":5}]'`, /authors column is not a JSON array of authors/],
      [`UPDATE records SET title = x'00ff'`, /title column holds no text/],
      [`UPDATE records SET year = 'abcd'`, /year column holds no year/],
      [`UPDATE classifications SET details = '{"values":{"control":[1,2]}}'`, /details column is not a JSON object of study details \(edited or damaged outside exoevidence\); "classify --force"/],
      [`UPDATE classifications SET confidence = '{"design":{"level":5}}'`, /confidence column is not a JSON object of confidences/],
    ];
    for (const [edit, message] of cases) {
      const backup = store.db.prepare(`SELECT * FROM records r JOIN classifications c USING (pmid) WHERE pmid = '34000002'`).get() as Record<string, unknown>;
      store.db.prepare(`${edit} WHERE pmid = '34000002'`).run();
      await expect(writeReports(store, { reportsDir: join(dir, 'rep-damaged'), overridesFile: join(dir, 'none.csv') }), edit).rejects.toThrow(new RegExp(`^record 34000002: the database's ${message.source}`));
      for (const table of ['records', 'classifications']) {
        const columns = (store.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => c !== 'pmid');
        store.db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE pmid = '34000002'`).run(Object.fromEntries(columns.map((c) => [c, backup[c]])));
      }
    }
    expect(existsSync(join(dir, 'rep-damaged'))).toBe(false);
    await writeReports(store, { reportsDir: join(dir, 'rep-damaged'), overridesFile: join(dir, 'none.csv') });
    store.close();
  });

  it('writes citation files that RIS and BibTeX parsers read back, an Excel-ready CSV and a JSON that says what it was made from', async () => {
    const store = await db('cite');
    const out = join(dir, 'rep-cite');
    await writeReports(store, { reportsDir: out, overridesFile: join(dir, 'none.csv') });
    const ris = parseRis(readFileSync(join(out, 'references.ris'), 'utf8'));
    const bib = parseBibtex(readFileSync(join(out, 'references.bib'), 'utf8'));
    expect(bib.errors).toEqual([]);
    // One entry per included study (the platelet-rich plasma study is excluded).
    expect(ris).toHaveLength(5);
    expect(bib.entries).toHaveLength(5);
    const r = ris.find((x) => x.DOI === '10.1000/jtd.2022.001')!;
    expect(r).toMatchObject({ volume: '12', issue: '3', 'container-title': 'Journal of Test Dermatology', title: 'Exosome | serum *for* _wrinkles_ with `code` and <b>html</b>' });
    expect(r.author).toEqual([{ family: 'Müller', given: 'Jürgen' }, { family: "O'Brien", given: 'Ann {B}' }]);
    expect(String(r.page)).toMatch(/^100[-–]10$/);
    expect(JSON.stringify(r)).toMatch(/PMID: 34000001/);
    expect(JSON.stringify(r)).toMatch(/exoevidence tier: RCT/);
    const b = bib.entries.find((e) => e.fields.doi === '10.1000/jtd.2022.001')!;
    expect(b.type).toBe('article');
    // Every word of a hostile title survives BibTeX's escaping; an ordinary one reads back as it was.
    for (const w of ['Exosome', 'serum', 'wrinkles', 'code', 'html']) expect(b.fields.title).toContain(w);
    expect(bib.entries.find((e) => e.fields.note?.includes('34000002'))!.fields.title).toBe('Adipose stem cell exosomes for acne scars in 12 patients');
    // BibTeX writes ü as {\\"u}, which reads back decomposed: compare in one Unicode form.
    const nfc = (x: unknown) => JSON.parse(JSON.stringify(x).normalize('NFC'));
    expect(nfc(b.fields.author)).toEqual([{ lastName: 'Müller', firstName: 'Jürgen' }, { lastName: "O'Brien", firstName: 'Ann {B}' }]);
    expect(b.fields.volume).toBe('12');
    expect(b.fields.note).toMatch(/PMID: 34000001/);

    const csvText = readFileSync(join(out, 'evidence.csv'), 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csvText, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ pmid: '34000001', doi: '10.1000/jtd.2022.001', journal: 'J Test Dermatol' });
    expect(rows[0].title).toContain('serum');
    const json = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8'));
    expect(json.provenance).toMatchObject({ query: null, taxonomy_version: 'v2', counts: { records: 6, included: 5, excluded: 1 } });
    expect(json.provenance.rules_version).toMatch(/^[0-9a-f]{12}$/);
    store.close();
  });

  it('applies manual corrections, marks and counts them, and reports rows it cannot apply', async () => {
    const store = await db('r4');
    const overrides = join(dir, 'overrides.csv');
    writeFileSync(overrides, [
      'pmid,field,value,reason',
      '34000003,sample_size,24,counted in the full text',
      '34000006,relevant,true,vesicle fraction in methods',
      '34000006,design,human_uncontrolled,',
      '99999999,design,rct,no such record',
      '34000002,design,trial,bad code',
      '34000002,colour,red,bad field',
    ].join('\n'));
    const out = join(dir, 'rep4');
    const r = await writeReports(store, { reportsDir: out, overridesFile: overrides });
    expect(r.overrideProblems).toEqual([
      expect.stringMatching(/overrides\.csv: line 5: PMID 99999999 is not in the database/),
      expect.stringMatching(/line 6: unknown design code "trial"/),
      expect.stringMatching(/line 7: unknown field "colour"/),
    ]);
    expect(r.included).toBe(6);
    const md = readFileSync(join(out, 'evidence-tables.md'), 'utf8');
    expect(md).toContain('manual corrections applied: 3.');
    const animal = tables(md).find((t) => t.header.length === 7 && t.rows.some((row) => row[0].text.includes('34000003')))!;
    const row = animal.rows.find((x) => x[0].text.includes('34000003'))!;
    expect(row[3].text).toBe('24');
    expect(row[6].text).toMatch(/^manually corrected(, low confidence: |$)/);
    // The classification itself keeps the rules' labels.
    expect(store.getClassification('34000003')!.labels.sampleSize).toBeNull();
    store.close();
  });

  it('starts from claims: a summary of findings, and one section per claim with its certainty and study details', async () => {
    const store = await db('claims');
    const out = join(dir, 'rep-claims');
    await writeReports(store, { reportsDir: out, overridesFile: join(dir, 'none.csv') });
    const md = readFileSync(join(out, 'evidence-tables.md'), 'utf8');
    const sof = tables(md).find((t) => t.header[0].text === 'Claim')!;
    const byClaim = Object.fromEntries(sof.rows.map((r) => [r[0].text, r.map((c) => c.text)]));
    // Claim, RCT, Pilot, Animal, In vitro, People, Certainty, characterized.
    expect(byClaim.photoaging.slice(1, 7)).toEqual(['1', '0', '0', '0', '40', '**very low**']);
    expect(byClaim.scar.slice(1, 7)).toEqual(['0', '1', '0', '0', '12', '**very low**']);
    expect(byClaim['wound healing'][6]).toBe('**no human evidence**');
    expect(md).toContain('Certainty: **very low**: 1 RCT, 40 people in all; no blinding stated; few people (fewer than 100 randomized); a single study.');
    expect(md).toContain('Certainty: **no human evidence**: only animal or in-vitro studies (1 study).');
    const claim = tables(md).find((t) => t.header[3]?.text === 'Design' && t.rows.some((r) => r[0].text.includes('34000001')))!;
    expect(claim.header.map((h) => h.text)).toEqual(['Study', 'Title', 'Journal', 'Design', 'N', 'Source', 'Route', 'Control', 'Blinding', 'Follow-up', 'Adverse events', 'EV characterization', 'Flags']);
    expect(claim.rows[0].map((c) => c.text).slice(3, 8)).toEqual(['RCT', '40', 'adipose msc', 'topical', 'placebo']);
    expect(md).toContain('## Appendix C: How certainty is rated');
    store.close();
  });

  it('writes a filtered report for a writer and rejects unknown codes with the valid ones', async () => {
    const store = await db('r5');
    const out = join(dir, 'filtered.md');
    await writeReports(store, { out, tier: 'rct,pilot', source: 'adipose_msc', since: '2022', overridesFile: join(dir, 'none.csv') });
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('Filtered: tiers rct, pilot; sources adipose_msc; published 2022 or later: 2 of 5 included records match. 0 undated records left out by the year filter.');
    // A writer's subset leaves out the whole database's study flow and the rows of sources not asked for.
    expect(md).not.toContain('## Study flow');
    const sources = tables(md).find((t) => t.header[0].text === 'Source')!;
    expect(sources.rows.map((r) => r[0].text)).toEqual(['adipose msc']);
    expect(md).toContain('34000001');
    expect(md).toContain('34000002');
    expect(md).not.toContain('34000003');
    expect(md).not.toContain('## Animal');
    await expect(writeReports(store, { out, tier: 'rct,trial' })).rejects.toThrow(/--tier rct,trial: unknown code trial; valid: rct, pilot, animal, in_vitro/);
    await expect(writeReports(store, { out, source: 'stem' })).rejects.toThrow(/valid: adipose_msc, umbilical_cord_msc/);
    await expect(writeReports(store, { tier: 'rct' })).rejects.toThrow(/--out FILE/);
    // It never overwrites a file of the full report.
    const reports = join(dir, 'rep5');
    await expect(writeReports(store, { reportsDir: reports, out: join(reports, 'evidence-tables.md'), tier: 'rct' })).rejects.toThrow(/a file of the full report/);
    store.close();
  });
});

describe('report of many studies', () => {
  // More studies than a piece of any file holds (10 a piece), with text that JSON and CSV must escape.
  const many = Array.from({ length: 23 }, (_, i) => ({
    ...article(String(35000000 + i), `20${10 + (i % 12)}/01/01`, `Adipose stem cell exosomes "serum" <${i}> for wrinkles`, `${20 + i} women applied adipose stem cell exosome serum, twice daily; results\u2028varied.`, 'Wrinkles improved.'),
  }));

  it('writes its big files in pieces that join to the text written whole', async () => {
    const store = await db('many', many);
    const out = join(dir, 'rep-many');
    await writeReports(store, { reportsDir: out, overridesFile: join(dir, 'none.csv') });
    const jsonText = readFileSync(join(out, 'evidence.json'), 'utf8');
    const json = JSON.parse(jsonText);
    expect(jsonText).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(json.records.map((r: { pmid: string }) => r.pmid).sort()).toEqual(many.map((a) => a.pmid));
    const rows = parseCsv(readFileSync(join(out, 'evidence.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.pmid)).toEqual(json.records.map((r: { pmid: string }) => r.pmid));
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const data = html.match(/<script type="application\/json" id="data">(.*?)<\/script>/s)![1];
    // Nothing in the data can close its script element, and it reads back as one JSON text.
    expect(data).not.toMatch(/</);
    const page = JSON.parse(data);
    expect(page.studies.map((x: { pmid: string }) => x.pmid)).toEqual(many.map((a) => a.pmid));
    expect(page.studies[22].title).toBe('Adipose stem cell exosomes "serum" <22> for wrinkles');
    store.close();
  });

  it('writes an empty list of records where none is included', async () => {
    const store = await db('none', [article('36000001', '2020/01/01', 'Platelet-rich plasma for hair loss', 'Sixty patients received platelet-rich plasma injections for alopecia.')]);
    const out = join(dir, 'rep-none');
    await writeReports(store, { reportsDir: out, overridesFile: join(dir, 'none.csv') });
    const jsonText = readFileSync(join(out, 'evidence.json'), 'utf8');
    expect(JSON.parse(jsonText).records).toEqual([]);
    expect(jsonText).toBe(`${JSON.stringify(JSON.parse(jsonText), null, 2)}\n`);
    store.close();
  });

  it('formats the same citation files in a worker thread as in this one, a lot of studies to a message', async () => {
    const store = await db('many-cite', many);
    const seen: string[] = [];
    const built = buildReport(store.reportRows(), store.flowCounts(), new Map(), {}, (s) => seen.push(s.pmid));
    // Each included study is seen as it is made, in PMID order (the rows' order, which CitationsAsRead checks).
    expect(seen).toEqual(includedStudies(built).map((s) => s.pmid).sort((a, b) => Number(a) - Number(b)));
    expect(seen.length).toBeGreaterThan(1);
    // 30 copies of each study under PMIDs of their own: 690 studies, more than one lot (500).
    const model = { ...built, tiers: built.tiers.map((t) => ({ ...t, studies: t.studies.flatMap((s) => Array.from({ length: 30 }, (_, k) => ({ ...s, pmid: String(Number(s.pmid) + k * 100) }))) })) };
    const pool = new Pool('citations', 1);
    try {
      const [here, there] = [await renderCitations(model), await renderCitations(model, (lots) => Promise.all(lots.map(citationsOn(pool))))];
      expect(there).toEqual(here);
      expect(here.ris.join('').match(/^TY {2}- /gm)).toHaveLength(690);
      // Sent lot by lot as the studies are read, in PMID order as the rows come; in another order, the files are still in PMID order.
      const byPmid = includedStudies(model).sort((a, b) => Number(a.pmid) - Number(b.pmid));
      for (const order of [byPmid, [...byPmid].reverse()]) {
        const asRead = new CitationsAsRead(citationsOn(pool));
        for (const s of order) asRead.add(s);
        expect(await asRead.files(model)).toEqual(here);
      }
    } finally {
      await pool.close();
    }
    store.close();
  });
});

describe('key finding', () => {
  it('takes the conclusion section, else the last complete sentence, trimmed at a word', () => {
    expect(keyFinding([{ label: 'RESULTS', category: 'RESULTS', text: 'A.' }, { label: 'CONCLUSION', category: 'CONCLUSIONS', text: 'It works.' }])).toBe('It works.');
    expect(keyFinding([{ label: null, category: null, text: 'First sentence here. Last complete one. Cut sho' }])).toBe('Last complete one.');
    const long = keyFinding([{ label: 'CONCLUSIONS', category: 'CONCLUSIONS', text: 'word '.repeat(100) }]);
    expect(long.length).toBeLessThanOrEqual(301);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('is never a copyright line or a methods sentence, and prefers a sentence that reports a result', () => {
    expect(keyFinding([{ label: 'CONCLUSIONS', category: 'CONCLUSIONS', text: 'Exosomes improved scars. © 2024 The Authors. Published by Wiley.' }])).toBe('Exosomes improved scars.');
    expect(keyFinding([
      { label: 'METHODS', category: 'METHODS', text: 'Thirty patients were treated.' },
      { label: 'RESULTS', category: 'RESULTS', text: 'Scars improved in 80% of patients. Data are available on request.' },
    ])).toBe('Scars improved in 80% of patients.');
    expect(keyFinding([{ label: null, category: null, text: 'Wounds healed faster with exosomes. Copyright 2023 Elsevier Inc. All rights reserved.' }])).toBe('Wounds healed faster with exosomes.');
  });
});
