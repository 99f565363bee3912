// What the probe command does to the dev corpus, done to a table of probes: the rewritings of
// data/rewrites.json keep a record's meaning, so they must keep what the classifier reads from it.

import { loadRewrites, rewriteRecord } from '../../pipeline/classify/rewrites.ts';
import type { PubmedRecord } from '../../pipeline/types.ts';

/** "<rewriting>: <probe>" for each named record whose `read` result a rewriting changes. */
export function rewritingChanges(probes: [string, PubmedRecord][], read: (record: PubmedRecord) => unknown): string[] {
  const changed: string[] = [];
  // Each probe is read once as written; a rewriting that leaves its text as it was cannot change it.
  const asWritten = probes.map(([, record]) => JSON.stringify(read(record)));
  const textOf = (r: PubmedRecord) => JSON.stringify([r.title, r.abstract, r.keywords]);
  const texts = probes.map(([, record]) => textOf(record));
  for (const rewrite of loadRewrites())
    probes.forEach(([name, record], i) => {
      const rewritten = rewriteRecord(record, rewrite);
      if (textOf(rewritten) !== texts[i] && JSON.stringify(read(rewritten)) !== asWritten[i]) changed.push(`${rewrite.name}: ${name}`);
    });
  return changed;
}
