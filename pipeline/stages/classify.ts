// Stage 3, classify: labels every stored record with the rules of data/rules/
// (see shared/taxonomy.md for the codes) and stores the labels with their
// evidence. Only records not yet classified by the current rules, or fetched
// again since, are classified; --force redoes all. One transaction per batch.

import type { Store } from '../store/db.ts';
import { classify } from '../classify/classify.ts';
import { loadRules, type RuleSet } from '../classify/rules.ts';
import { Progress } from '../progress.ts';

const BATCH = 1000;

export interface ClassifySummary {
  classified: number;
  relevant: number;
  rulesVersion: string;
}

export function classifyRecords(store: Store, opts: { force?: boolean; quiet?: boolean; rules?: RuleSet } = {}): ClassifySummary {
  const rules = opts.rules ?? loadRules();
  const progress = new Progress('classify', store.recordCount(), opts.quiet);
  const summary: ClassifySummary = { classified: 0, relevant: 0, rulesVersion: rules.version };
  let after = '';
  for (;;) {
    // Paging on PMID guarantees progress even for a record that qualifies again at once (--force, clock skew).
    const batch = store.recordsToClassify(rules.version, BATCH, opts.force, after);
    if (!batch.length) break;
    const results = batch.map((record) => ({ pmid: record.pmid, classification: classify(record, rules) }));
    store.saveClassifications(results, rules.version);
    summary.classified += results.length;
    summary.relevant += results.filter((r) => r.classification.labels.relevant).length;
    after = batch[batch.length - 1].pmid;
    progress.add(batch.length);
  }
  progress.finish();
  return summary;
}
