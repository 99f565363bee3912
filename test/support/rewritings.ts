// What the probe command does to the dev corpus, done to a table of probes: the rewritings of
// data/rewrites.json keep a record's meaning, so they must keep what the classifier reads from it.

import { loadRewrites, rewriteRecord } from '../../pipeline/classify/rewrites.ts';
import type { PubmedRecord } from '../../pipeline/types.ts';

/** "<rewriting>: <probe>" for each named record whose `read` result a rewriting changes. */
export function rewritingChanges(probes: [string, PubmedRecord][], read: (record: PubmedRecord) => unknown): string[] {
  const changed: string[] = [];
  for (const rewrite of loadRewrites())
    for (const [name, record] of probes)
      if (JSON.stringify(read(record)) !== JSON.stringify(read(rewriteRecord(record, rewrite)))) changed.push(`${rewrite.name}: ${name}`);
  return changed;
}
