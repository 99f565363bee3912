// The work done inside a worker thread: parse PubMed XML records (to records, or
// straight to the columns of their rows, so that the main thread only writes
// them), or classify records. All are pure functions of their input; rules are
// loaded once per thread.

import { parentPort, workerData } from 'node:worker_threads';
import { parseArticleXml } from '../pubmed/parse-xml.ts';
import { classify } from '../classify/classify.ts';
import { loadRules, type RuleSet } from '../classify/rules.ts';
import { classificationRow, recordColumns, type RecordColumns } from '../store/rows.ts';
import type { ClassifiableRecord, PubmedRecord } from '../types.ts';

export type TaskName = 'parse' | 'row' | 'classify';
export type ParseResult = { record: PubmedRecord } | { error: string };
export type RowResult = { columns: RecordColumns } | { error: string };

export interface Request {
  id: number;
  task: TaskName;
  items: unknown[];
}
export type Reply = { id: number; results: unknown[] } | { id: number; failure: string };

let rules: RuleSet | null = null;

export function runTask(task: TaskName, items: unknown[]): unknown[] {
  if (task === 'parse')
    return (items as string[]).map((xml): ParseResult => {
      try {
        return { record: parseArticleXml(xml) };
      } catch (e) {
        return { error: (e as Error).message };
      }
    });
  if (task === 'row')
    return (items as string[]).map((xml): RowResult => {
      try {
        return { columns: recordColumns(parseArticleXml(xml)) };
      } catch (e) {
        return { error: (e as Error).message };
      }
    });
  rules ??= loadRules();
  // The JSON the store keeps is made here, on the worker's thread, not on the thread that writes.
  return (items as ClassifiableRecord[]).map((r) => classificationRow(r.pmid, classify(r, rules!)));
}

// Only in a pool's thread: a test runner's own worker threads have a parentPort too.
if (workerData?.exoevidencePool) parentPort!.on('message', (req: Request) => {
  try {
    parentPort!.postMessage({ id: req.id, results: runTask(req.task, req.items) } satisfies Reply);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, failure: (e as Error).message } satisfies Reply);
  }
});
