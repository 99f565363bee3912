// Writes a synthetic PubMed baseline-style file (.xml.gz) for the benchmarks: the
// test fixtures' records (test/fixtures and the fixture generator), or records
// given, repeated under new PMIDs with each copy's sentences varied, with
// DeleteCitation entries at the end as in update files.

import { readFileSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { scanXml } from '../pipeline/pubmed/xml-records.ts';
import { articleXml, syntheticArticles } from '../test/support/fixture-records.ts';

export function templates(): string[] {
  const edge = readFileSync(join(import.meta.dirname, '../test/fixtures/edge-cases.xml'), 'utf8');
  const fromFixtures = scanXml(edge).flatMap((i) => (i.kind === 'article' ? [i.xml] : []));
  return [...fromFixtures, ...syntheticArticles(40, 1).map(articleXml)];
}

// Each copy's sentences are made its own with a word of letters (never a number, a rule word or a
// sentence end): users classify records that differ, and identical copies would let any cache keyed
// on text make the classifier look faster than it is.
const word = (i: number): string => `qz${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;
function varied(xml: string, i: number): string {
  return xml.replace(/(<AbstractText[^>]*>)([\s\S]*?)(<\/AbstractText>)/g, (_m, open: string, text: string, close: string) => `${open}${text.replace(/\.(?=\s+[A-Z(\[\d]|\s*$)/g, ` ${word(i)}.`)}${close}`);
}

/** A record's own PMID replaced; PMIDs nested in comments keep theirs. */
function withPmid(xml: string, pmid: number): string {
  return xml.replace(/(<MedlineCitation[^>]*>\s*<PMID[^>]*>)\d+(<\/PMID>)/, `$1${pmid}$2`).replace(/(<ArticleId IdType="pubmed">)\d+/, `$1${pmid}`);
}

export async function generateBaseline(file: string, n: number, firstPmid = 40_000_000, t = templates()): Promise<void> {
  const gz = createGzip();
  const out = gz.pipe(createWriteStream(file));
  const write = (s: string) => (gz.write(s) ? Promise.resolve() : new Promise<void>((r) => gz.once('drain', () => r())));
  await write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">\n<PubmedArticleSet>\n');
  for (let i = 0; i < n; i++) await write(`${withPmid(varied(t[i % t.length], i), firstPmid + i)}\n`);
  await write(`<DeleteCitation>${[1, 2, 3].map((k) => `<PMID Version="1">${firstPmid + k * 7}</PMID>`).join('')}</DeleteCitation>\n</PubmedArticleSet>\n`);
  gz.end();
  await new Promise<void>((r) => out.on('finish', () => r()));
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const [file, n] = process.argv.slice(2);
  await generateBaseline(file, Number(n ?? 50_000));
  console.log(`wrote ${file}`);
}
