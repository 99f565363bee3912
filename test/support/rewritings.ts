// What the probe command does to the dev corpus, done to a table of probes: the rewritings of
// data/rewrites.json keep a record's meaning, so they must keep what the classifier reads from it.

import { loadRewrites, rewriteIfChanged } from '../../pipeline/classify/rewrites.ts';
import type { PubmedRecord } from '../../pipeline/types.ts';

/** "<rewriting>: <probe>" for each named record whose `read` result a rewriting changes. */
export function rewritingChanges(probes: [string, PubmedRecord][], read: (record: PubmedRecord) => unknown): string[] {
  const changed: string[] = [];
  // Each probe is read once as written, and again only where a rewriting changed its text.
  const asWritten = probes.map(([, record]) => JSON.stringify(read(record)));
  for (const rewrite of loadRewrites())
    probes.forEach(([name, record], i) => {
      const rewritten = rewriteIfChanged(record, rewrite);
      if (rewritten && JSON.stringify(read(rewritten)) !== asWritten[i]) changed.push(`${rewrite.name}: ${name}`);
    });
  return changed;
}
