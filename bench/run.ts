// Benchmarks (npm run bench): a synthetic 50,000-record PubMed baseline-style
// .xml.gz made from the test fixtures, then import, classify and report over it,
// each in its own process, with records/s and peak RSS; and the floors for the
// same file (gunzip + record boundaries alone; parse alone), plus EDirect's
// xtract where it is installed. Numbers, not assertions: the tests never time.

import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { generateBaseline } from './generate.ts';
import { xmlRecords } from '../pipeline/pubmed/xml-records.ts';
import { parseArticleXml } from '../pipeline/pubmed/parse-xml.ts';
import { readRecordFile } from '../pipeline/stages/import.ts';
import { classify } from '../pipeline/classify/classify.ts';
import { loadRules } from '../pipeline/classify/rules.ts';
import type { PubmedRecord } from '../pipeline/types.ts';

const N = Number(process.env.BENCH_RECORDS ?? 50_000);
const OUT = join(import.meta.dirname, 'out');
const FILE = join(OUT, `baseline-${N}.xml.gz`);
const DB = join(OUT, 'bench.db');

async function* text(file: string): AsyncGenerator<string> {
  const s = createReadStream(file).pipe(createGunzip());
  s.setEncoding('utf8');
  for await (const c of s) yield c as string;
}

async function floor(parse: boolean): Promise<number> {
  const t = performance.now();
  let n = 0;
  for await (const item of xmlRecords(text(FILE))) {
    if (item.kind !== 'article') continue;
    if (parse) parseArticleXml(item.xml);
    n++;
  }
  return n / ((performance.now() - t) / 1000);
}

function stage(name: string, arg = '', workers = ''): { records: number; seconds: number; maxRssMb: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'stage.ts'), name, DB, arg, workers], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function xtract(): number | null {
  const which = spawnSync('sh', ['-c', 'command -v xtract'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const t = performance.now();
  execFileSync('sh', ['-c', `gunzip -c '${FILE}' | xtract -pattern PubmedArticle -element MedlineCitation/PMID ArticleTitle AbstractText PublicationType > /dev/null 2>&1`]);
  return N / ((performance.now() - t) / 1000);
}

const row = (name: string, rate: number, extra = '') => console.log(`${name.padEnd(34)} ${rate.toFixed(0).padStart(8)} records/s${extra}`);

mkdirSync(OUT, { recursive: true });
if (!existsSync(FILE)) {
  console.log(`generating ${FILE} ...`);
  await generateBaseline(FILE, N);
}
for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(f, { force: true });

console.log(`\nfile: ${N} records, ${FILE}\n`);
row('floor: gunzip + record boundaries', await floor(false));
row('floor: + parse to PubmedRecord', await floor(true));
const x = xtract();
if (x !== null) row('EDirect xtract (PMID, title, ...)', x);
else console.log('EDirect xtract: not installed (Debian package ncbi-entrez-direct); skipped');

console.log('');
const imp = stage('import', FILE);
row('import', imp.records / imp.seconds, `   ${imp.seconds.toFixed(1)} s, peak RSS ${imp.maxRssMb.toFixed(0)} MB  (target >= 10,000/s, < 200 MB)`);
const impW = stage('import', FILE, '2');
row('import --workers 2', impW.records / impW.seconds, `   ${impW.seconds.toFixed(1)} s, peak RSS ${impW.maxRssMb.toFixed(0)} MB`);
const cls = stage('classify');
row('classify (one core)', cls.records / cls.seconds, `   ${cls.seconds.toFixed(1)} s, peak RSS ${cls.maxRssMb.toFixed(0)} MB  (targets >= 5,000/s on one core, >= 10,000/s)`);
const cls2 = stage('classify', '', '2');
row('classify --workers 2', cls2.records / cls2.seconds, `   ${cls2.seconds.toFixed(1)} s, peak RSS ${cls2.maxRssMb.toFixed(0)} MB`);
// The synthetic abstracts are short; real on-topic abstracts cost more. The hand-labelled corpus is read
// from ../shared at run time (never copied here), classified in this process, repeated for a stable figure.
const dev = join(import.meta.dirname, '../../shared/corpus/dev.xml');
if (existsSync(dev)) {
  const records: PubmedRecord[] = [];
  for await (const item of readRecordFile(dev)) if (item.kind === 'record') records.push(item.value.record);
  const rules = loadRules();
  for (const r of records) classify(r, rules); // warm up
  const t = performance.now();
  const rounds = 40;
  for (let k = 0; k < rounds; k++) for (const r of records) classify(r, rules);
  row(`classify, real abstracts (dev corpus x${rounds})`, (rounds * records.length) / ((performance.now() - t) / 1000), '   in process, one core');
}
const rep = stage('report', join(OUT, 'reports'));
row('report', rep.records / rep.seconds, `   ${rep.seconds.toFixed(1)} s for ${rep.records} records, peak RSS ${rep.maxRssMb.toFixed(0)} MB  (target < 10 s)`);
