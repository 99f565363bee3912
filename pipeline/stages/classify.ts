// Stage 3, classify: labels every stored record with the rules of data/rules/
// (see shared/taxonomy.md for the codes) and stores the labels with their
// evidence. Only records not yet classified by the current rules, or fetched
// again since, are classified; --force redoes all. One transaction per batch.
// Worker threads classify while this thread reads and writes SQLite: by
// default from 2,000 records on, or as --workers N says.

import type { Store } from '../store/db.ts';
import { loadRules } from '../classify/rules.ts';
import { LABEL_FIELDS, labelValue, type LabelChange, type LabelField } from '../types.ts';
import type { ClassificationRow } from '../store/rows.ts';
import { availableParallelism } from 'node:os';
import { Pool, defaultWorkers } from '../workers/pool.ts';
import { Progress } from '../progress.ts';
import { nextTurn } from '../turn.ts';

const BATCH = 2000;
const CHUNK = 250;
// Without --workers, threads are used from this many records on, where they pay for their start (each
// loads and compiles the rules): measured on 50,000 records, 1.4x on 2 cores for real abstracts, 1.1x
// for short synthetic ones. One core gets none.
const AUTO_WORKERS_FROM = 2000;
const autoWorkers = (records: number) => (records >= AUTO_WORKERS_FROM && availableParallelism() > 1 ? defaultWorkers() : 0);

export interface ClassifySummary {
  classified: number;
  relevant: number;
  rulesVersion: string;
  /** Labels changed from what was stored, per field. */
  changed: Record<LabelField, number>;
  /** The changes themselves, when asked for (--diff). */
  changes: LabelChange[];
  /** Worker threads used (0: this thread only). */
  threads: number;
}

export async function classifyRecords(store: Store, opts: { force?: boolean; quiet?: boolean; workers?: number; diff?: boolean; batchSize?: number } = {}): Promise<ClassifySummary> {
  const rules = loadRules();
  const toClassify = store.countToClassify(rules.version, opts.force);
  const progress = new Progress('classify', toClassify, opts.quiet);
  const changed = Object.fromEntries(LABEL_FIELDS.map((f) => [f, 0])) as Record<LabelField, number>;
  const pool = new Pool('classify', opts.workers ?? autoWorkers(toClassify));
  const summary: ClassifySummary = { classified: 0, relevant: 0, rulesVersion: rules.version, changed, changes: [], threads: pool.size };
  // Paging on PMID guarantees progress even for a record that qualifies again at once (--force, clock skew).
  const dispatch = (after: string) => {
    const batch = store.recordsToClassify(rules.version, opts.batchSize ?? BATCH, opts.force, after);
    const chunks: Promise<ClassificationRow[]>[] = [];
    for (let i = 0; i < batch.length; i += CHUNK) chunks.push(pool.run<ClassificationRow>(batch.slice(i, i + CHUNK)));
    return { size: batch.length, last: batch.at(-1)?.pmid ?? '', rows: Promise.all(chunks).then((c) => c.flat()) };
  };
  try {
    // With worker threads, the next batch is read and handed out as soon as this one is, so the threads
    // go on with it while this thread waits for the last chunks of this one and writes them (handed out
    // only once this batch was done, the threads stood idle a tenth of the time). Without, that would
    // only hold two batches at once.
    const queue = [dispatch('')];
    for (let pending = queue[0]; pending.size; pending = queue[0]) {
      if (pool.size && queue.length === 1) queue.push(dispatch(pending.last));
      const results = await pending.rows;
      const stored = store.storedLabels(results.map((r) => r.pmid));
      const batchChanges: LabelChange[] = [];
      for (const { pmid, labels } of results) {
        const old = stored.get(pmid);
        if (!old) continue;
        for (const field of LABEL_FIELDS) {
          const [before, after] = [labelValue(field, old), labelValue(field, labels)];
          if (before === after) continue;
          changed[field]++;
          batchChanges.push({ pmid, field, before, after });
        }
      }
      if (opts.diff) for (const c of batchChanges) summary.changes.push(c);
      // Kept with the run, for the report's "New since the last run".
      if (batchChanges.length) store.recordLabelChanges(batchChanges);
      store.saveClassifications(results, rules.version, stored);
      summary.classified += results.length;
      summary.relevant += results.filter((r) => r.labels.relevant).length;
      progress.add(results.length);
      queue.shift();
      if (!queue.length) queue.push(dispatch(pending.last));
      // Let Ctrl-C and SIGTERM be heard between batches: they stop the run after the last committed one.
      await nextTurn();
    }
  } finally {
    await pool.close();
  }
  progress.finish();
  return summary;
}
