// The evidence browser (reports/index.html) in a real browser: Debian's Chromium
// driven by puppeteer-core. It loads from disk with no console errors, shows one
// row per included study (a page of them at a time in a large synthesis), narrows
// the rows by a filter, by the URL hash and by a map cell, and opens a row onto
// its abstract with the evidence highlighted.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Store } from '../pipeline/store/db.ts';
import { importFile } from '../pipeline/stages/import.ts';
import { classifyRecords } from '../pipeline/stages/classify.ts';
import { writeReports } from '../pipeline/stages/report.ts';
import { articleSetXml, type FixtureArticle } from './support/fixture-records.ts';
import { tempDir } from './support/temp.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dir = tempDir();
const a = (pmid: string, year: string, title: string, text: string, publicationTypes?: string[]): FixtureArticle => ({
  pmid, date: `${year}/01/01`, title, sections: [{ text }], publicationTypes, authors: [{ last: 'Lee', fore: 'Ann', initials: 'A' }],
});
const articles = [
  a('38000001', '2023', 'Exosome serum for wrinkles: a randomized trial', 'Forty women were randomly assigned to adipose stem cell exosome serum or placebo; wrinkles improved.', ['Journal Article', 'Randomized Controlled Trial']),
  a('38000002', '2022', 'Umbilical cord exosomes heal diabetic wounds in mice', 'Full-thickness wounds of diabetic mice were treated with umbilical cord mesenchymal stem cell exosomes in a hydrogel. Wounds closed faster.'),
  a('38000003', '2021', 'Adipose stem cell exosomes heal burn wounds in rats', 'Burn wounds of rats were injected with adipose stem cell exosomes. Healing was faster.'),
  a('38000004', '2020', 'Keratinocyte exosomes and melanogenesis <script>alert(1)</script>', 'Melanocytes were cultured in vitro with keratinocyte-derived exosomes and melanin synthesis fell.'),
  a('38000005', '2024', 'Exosomes in dermatology: a review', 'This review summarizes exosome research in skin ageing.', ['Journal Article', 'Review']),
];

let browser: Browser;
let url: string;
let included: number;

/** The browser of a report of these articles: its URL, and how many studies it includes. */
async function build(name: string, list: FixtureArticle[]): Promise<{ url: string; included: number }> {
  const store = new Store(join(dir, `${name}.db`));
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, articleSetXml(list));
  await importFile(store, file, { quiet: true });
  await classifyRecords(store, { quiet: true });
  const n = (await writeReports(store, { reportsDir: join(dir, name), overridesFile: join(dir, 'none.csv') })).included;
  store.close();
  return { url: pathToFileURL(join(dir, name, 'index.html')).href, included: n };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
  ({ url, included } = await build('reports', articles));
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function open(hash = '', at = url): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`); });
  await page.goto(at + hash, { waitUntil: 'load' });
  return { page, problems };
}
const visible = (page: Page) => page.$$eval('#studies tbody tr[data-pmid]:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-pmid')).sort());

describe('evidence browser', () => {
  it('loads from disk with no console errors and no network, one row per included study', async () => {
    const { page, problems } = await open();
    expect(included).toBe(5);
    expect(await page.$$eval('#studies tbody tr[data-pmid]', (rows) => rows.length)).toBe(included);
    expect(await visible(page)).toHaveLength(included);
    expect(await page.$eval('#count', (e) => e.textContent)).toBe(`Showing ${included} of ${included} studies.`);
    // The hostile title is text, not markup.
    expect(await page.$$eval('script', (s) => s.length)).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('narrows the rows by a filter, keeps the state in the hash, and opens filtered from a hash', async () => {
    const { page, problems } = await open();
    await page.select('#filter-tier', 'animal');
    expect(await visible(page)).toEqual(['38000002', '38000003']);
    expect(await page.evaluate(() => location.hash)).toBe('#tier=animal');
    await page.select('#filter-source', 'adipose_msc');
    expect(await visible(page)).toEqual(['38000003']);
    await page.close();
    const linked = await open('#tier=rct&indication=photoaging');
    expect(await visible(linked.page)).toEqual(['38000001']);
    expect(await linked.page.$eval('#filter-tier', (e) => (e as HTMLSelectElement).value)).toBe('rct');
    await linked.page.close();
    expect([...problems, ...linked.problems]).toEqual([]);
  });

  it('filters by a map cell, and clears it on a second click', async () => {
    const { page, problems } = await open();
    const cell = '#map button[data-indication="wound_healing"][data-tier="animal"]';
    expect(await page.$eval(cell, (b) => b.textContent)).toMatch(/^2 studies/);
    await page.click(cell);
    expect(await visible(page)).toEqual(['38000002', '38000003']);
    expect(await page.evaluate(() => location.hash)).toBe('#tier=animal&indication=wound_healing');
    expect(await page.$eval(cell, (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await page.click(cell);
    expect(await visible(page)).toHaveLength(included);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a row by keyboard onto its abstract with the evidence for each label highlighted', async () => {
    const { page, problems } = await open();
    const button = '#studies tr[data-pmid="38000002"] button.open';
    await page.focus(button);
    await page.keyboard.press('Enter');
    expect(await page.$eval(button, (b) => b.getAttribute('aria-expanded'))).toBe('true');
    const marks = await page.$$eval('#studies tr[data-detail="38000002"] mark', (ms) => ms.map((m) => ({ label: m.getAttribute('data-label'), text: m.firstChild!.textContent })));
    expect(marks.length).toBeGreaterThan(2);
    expect(marks.some((m) => m.label!.split(' ').includes('design'))).toBe(true);
    expect(marks.some((m) => m.label!.includes('sources:umbilical_cord_msc'))).toBe(true);
    expect(await page.$eval('#studies tr[data-detail="38000002"]', (r) => r.textContent)).toMatch(/rules: .*design\./);
    // Spans and confidence arrive compact (indexes into lists, doubts only) and read as written out.
    expect(await page.$eval('#studies tr[data-detail="38000002"] dl', (d) => d.textContent)).toMatch(/^Design[^·]*(?:\(high confidence\)| low confidence: )/);
    // Each highlight names its label and the rule behind it, a rule of that label's field.
    const pairs = await page.$$eval('#studies tr[data-detail="38000002"] mark', (ms) => ms.flatMap((m) => m.title.split('; ').map((p) => /^(\S+) \((\S+)\)$/.exec(p)!.slice(1))));
    expect(pairs.length).toBeGreaterThan(2);
    for (const [label, rule] of pairs) expect(rule.startsWith(`${label.split(':')[0]}.`), `${label} (${rule})`).toBe(true);
    // Sorting by a column keeps every row.
    await page.click('#studies thead button[data-sort="year"]');
    expect(await page.$$eval('#studies tbody tr[data-pmid]', (rows) => rows.map((r) => r.getAttribute('data-pmid')))).toEqual(['38000004', '38000003', '38000002', '38000001', '38000005']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists a large synthesis a page at a time, and more on request, keeping an opened abstract open', async () => {
    // A row for every study was millions of nodes for a synthesis of tens of thousands: minutes to open.
    const many = Array.from({ length: 450 }, (_, i) =>
      a(String(38_100_000 + i), String(2000 + (i % 25)), `Umbilical cord exosomes heal wounds in mice, study ${i}`, 'Full-thickness wounds of mice were treated with umbilical cord mesenchymal stem cell exosomes. Wounds closed faster.'),
    );
    const big = await build('many', many);
    expect(big.included).toBe(450);
    const { page, problems } = await open('', big.url);
    const rows = () => page.$$eval('#studies tbody tr[data-pmid]', (r) => r.map((x) => x.getAttribute('data-pmid')));
    expect(await page.$eval('#count', (e) => e.textContent)).toBe('Showing 450 of 450 studies. The first 200 are listed.');
    const first = await rows();
    expect(first).toEqual(many.slice(0, 200).map((x) => x.pmid));
    await page.click(`#studies tr[data-pmid="${first[0]}"] button.open`);
    expect(await page.$eval('#more button', (b) => b.textContent)).toBe('List 200 more (250 not listed yet)');
    await page.click('#more button');
    expect(await rows()).toEqual(many.slice(0, 400).map((x) => x.pmid));
    expect(await page.$$eval(`#studies tr[data-detail="${first[0]}"]`, (r) => r.length)).toBe(1);
    await page.click('#more button');
    expect(await rows()).toHaveLength(450);
    expect(await page.$$eval('#more button', (b) => b.length)).toBe(0);
    expect(await page.$eval('#count', (e) => e.textContent)).toBe('Showing 450 of 450 studies.');
    // A filter lists its matches from the top again: years 2020-2024 are 90 of them.
    await page.type('#filter-from', '2020');
    await page.$eval('#filter-from', (e) => e.dispatchEvent(new Event('change')));
    expect(await page.$eval('#count', (e) => e.textContent)).toBe('Showing 90 of 450 studies.');
    expect(await rows()).toHaveLength(90);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
