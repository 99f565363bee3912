// What the probe command does to the dev corpus, done to a table of probes: the rewritings of
// data/rewrites.json keep a record's meaning, so they must keep what the classifier reads from it.

import { loadRewrites, rewriteIfChanged, type Rewrite } from '../../pipeline/classify/rewrites.ts';
import type { PubmedRecord } from '../../pipeline/types.ts';

/**
 * A check of named records under a list of rewritings: "<rewriting>: <record>" for each whose `read` result a rewriting
 * changes. Each record is read once as written, on the first check, and again only where a rewriting changed its text.
 */
export function rewritingCheck(probes: [string, PubmedRecord][], read: (record: PubmedRecord) => unknown): (rewrites: Rewrite[]) => string[] {
  let asWritten: string[] | undefined;
  return (rewrites) => {
    asWritten ??= probes.map(([, record]) => JSON.stringify(read(record)));
    const changed: string[] = [];
    for (const rewrite of rewrites)
      probes.forEach(([name, record], i) => {
        const rewritten = rewriteIfChanged(record, rewrite);
        if (rewritten && JSON.stringify(read(rewritten)) !== asWritten![i]) changed.push(`${rewrite.name}: ${name}`);
      });
    return changed;
  };
}

/** The check under every rewriting. */
export const rewritingChanges = (probes: [string, PubmedRecord][], read: (record: PubmedRecord) => unknown): string[] =>
  rewritingCheck(probes, read)(loadRewrites());
