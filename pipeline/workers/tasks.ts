// The work done inside a worker thread: turn PubMed XML records, as their bytes,
// into the columns of their rows (so that the main thread only cuts records and
// writes rows), classify records, or format a report's citation files. All are
// pure functions of their input; rules are loaded once per thread.

import { parentPort, workerData } from 'node:worker_threads';
import { parseArticleXml } from '../pubmed/parse-xml.ts';
import { mayHoldForbidden } from '../pubmed/xml-tokens.ts';
import { decodeRecord, recordName, type RawArticle } from '../pubmed/xml-records.ts';
import { classify } from '../classify/classify.ts';
import { loadRules, type RuleSet } from '../classify/rules.ts';
import { classificationRow, recordColumns, type RecordColumns } from '../store/rows.ts';
import type { ClassifiableRecord, PubmedRecord } from '../types.ts';
import type { CslItem } from '../report/citations.ts';

export type TaskName = 'row' | 'classify' | 'citations';

export interface Request {
  id: number;
  task: TaskName;
  items: unknown[];
}
export type Reply = { id: number; results: unknown[] } | { id: number; failure: string };

/** What was read of a record, with what was wrong with its bytes; or why it cannot be read. */
export type Read<T> = (T & { invalid?: { record: string; bytes: number } }) | { error: string };
export type ParseResult = Read<{ record: PubmedRecord }>;
export type RowResult = Read<{ columns: RecordColumns }>;

/**
 * Records cut from a file, their bytes end to end: one block, handed over to a worker (moved, not
 * copied), where strings crossed one by one and decoding them was a fifth of the reading thread's time.
 */
export interface RecordBlock {
  bytes: Uint8Array;
  ends: number[];
  indexes: number[];
  encoding: string | null;
  /** UTF-8 with no character that XML 1.0 forbids, found by the thread that packed it (mayHoldForbidden). */
  checked: boolean;
}

export function packRecords(items: RawArticle[]): RecordBlock {
  const bytes = new Uint8Array(items.reduce((n, r) => n + r.bytes.length, 0));
  const ends: number[] = [];
  let at = 0;
  for (const r of items) {
    bytes.set(r.bytes, at);
    ends.push((at += r.bytes.length));
  }
  // A file's encoding is one for all its records.
  const encoding = items[0]?.encoding ?? null;
  return { bytes, ends, indexes: items.map((r) => r.index), encoding, checked: encoding === null && !mayHoldForbidden(bytes) };
}

/**
 * One record decoded and parsed, named as import names records when something is wrong with it; `checked` as
 * RecordBlock's.
 */
export function parseRecord(item: RawArticle, checked = false): ParseResult {
  const { xml, invalidBytes } = decodeRecord(item);
  const invalid = invalidBytes ? { invalid: { record: recordName(item.index, xml), bytes: invalidBytes } } : {};
  try {
    return { record: parseArticleXml(xml, checked), ...invalid };
  } catch (e) {
    return { error: `${recordName(item.index, xml)}: ${(e as Error).message}` };
  }
}

/** One record's row. */
export function rowOf(item: RawArticle, checked = false): RowResult {
  const r = parseRecord(item, checked);
  return 'error' in r ? r : { columns: recordColumns(r.record), invalid: r.invalid };
}

let rules: RuleSet | null = null;

export function runTask(task: TaskName, items: unknown[]): unknown[] | Promise<unknown[]> {
  // Loaded only by the thread that formats citations: citation-js would add to every import and classify thread's start.
  if (task === 'citations') return import('../report/citations.ts').then(({ formatCitations }) => (items as CslItem[][]).map(formatCitations));
  if (task === 'row')
    return (items as RecordBlock[]).map(({ bytes, ends, indexes, encoding, checked }) =>
      ends.map((end, i) => rowOf({ kind: 'article', bytes: bytes.subarray(i ? ends[i - 1] : 0, end), encoding, index: indexes[i] }, checked)),
    );
  rules ??= loadRules();
  // The JSON the store keeps is made here, on the worker's thread, not on the thread that writes.
  return (items as ClassifiableRecord[]).map((r) => classificationRow(r.pmid, classify(r, rules!)));
}

// Only in a pool's thread: a test runner's own worker threads have a parentPort too.
if (workerData?.exoevidencePool) parentPort!.on('message', async (req: Request) => {
  try {
    parentPort!.postMessage({ id: req.id, results: await runTask(req.task, req.items) } satisfies Reply);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, failure: (e as Error).message } satisfies Reply);
  }
});
