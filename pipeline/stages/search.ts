// Stage 1, search: runs a saved query (data/queries/NAME.json) against PubMed's
// esearch with the history server and stores every hit. A search over 9,999
// records is split into publication-date windows, each with its own WebEnv
// and query_key, which fetch then reads from. The run is marked complete only
// once every window's hits are stored; fetch uses the latest complete run.

import { resolve } from 'node:path';
import type { Store } from '../store/db.ts';
import type { Eutils } from '../pubmed/eutils.ts';
import { MAX_UIDS, fromDay, halve, toDay, toEndDay, type DayRange } from '../pubmed/windows.ts';
import { loadJson } from '../validate.ts';
import { UserError } from '../errors.ts';
import { ROOT } from '../paths.ts';

export interface SavedQuery {
  name: string;
  description: string;
  term: string;
  mindate?: string;
  maxdate?: string;
}

export const QUERIES_DIR = resolve(ROOT, 'data/queries');

export function loadQuery(nameOrFile: string): SavedQuery {
  const file = nameOrFile.endsWith('.json') ? resolve(nameOrFile) : resolve(QUERIES_DIR, `${nameOrFile}.json`);
  const query = loadJson<SavedQuery>(file, 'query.schema.json');
  // The schema checks the dates' shape; a day that does not exist, or a window that ends before it
  // starts, would reach PubMed and come back as a search that silently finds nothing.
  const day = (key: 'mindate' | 'maxdate', read: (d: string) => number) => {
    const date = query[key];
    if (date === undefined) return undefined;
    try {
      return read(date);
    } catch (e) {
      throw new UserError(`${file}: ${key} ${(e as Error).message}`);
    }
  };
  const from = day('mindate', toDay);
  const to = day('maxdate', toEndDay);
  if (from !== undefined && to !== undefined && from > to) throw new UserError(`${file}: mindate ${query.mindate} is after maxdate ${query.maxdate}`);
  return query;
}

export interface SearchSummary {
  runId: number;
  count: number;
  stored: number;
  windows: number;
}

export async function search(
  store: Store,
  client: Eutils,
  query: SavedQuery,
  log: (line: string) => void,
): Promise<SearchSummary> {
  const runId = store.startSearchRun(query.name, query.term);
  try {
    return await searchWindows(store, client, query, runId, log);
  } catch (e) {
    store.deleteSearchRun(runId);
    throw e;
  }
}

async function searchWindows(store: Store, client: Eutils, query: SavedQuery, runId: number, log: (line: string) => void): Promise<SearchSummary> {
  const dated = query.mindate || query.maxdate;
  const whole = dated ? { mindate: query.mindate ?? '1800', maxdate: query.maxdate ?? '3000' } : {};
  const first = await client.esearch(query.term, whole);
  let windows = 0;

  if (first.count <= MAX_UIDS) {
    store.addSearchWindow(runId, { mindate: whole.mindate ?? null, maxdate: whole.maxdate ?? null, count: first.count, webenv: first.webenv, queryKey: first.queryKey }, first.pmids);
    windows = 1;
  } else {
    const lastYear = new Date().getUTCFullYear() + 1;
    const queue: DayRange[] = [{ from: toDay(query.mindate ?? '1800'), to: toEndDay(query.maxdate ?? String(lastYear)) }];
    log(`search: ${first.count} records is over PubMed's ${MAX_UIDS}-record limit; splitting by publication date`);
    while (queue.length) {
      const range = queue.shift()!;
      const w = { mindate: fromDay(range.from), maxdate: fromDay(range.to) };
      const r = await client.esearch(query.term, w);
      if (r.count === 0) continue;
      if (r.count <= MAX_UIDS) {
        store.addSearchWindow(runId, { ...w, count: r.count, webenv: r.webenv, queryKey: r.queryKey }, r.pmids);
        windows++;
      } else if (range.from === range.to) {
        throw new UserError(`search: ${r.count} records were published on ${w.mindate} alone; PubMed cannot list more than ${MAX_UIDS}. Narrow the query`);
      } else {
        queue.unshift(...halve(range));
      }
    }
  }
  const stored = store.searchHitCount(runId);
  if (stored < first.count)
    log(`search: warning: PubMed counts ${first.count} records but the date windows listed ${stored} (records without a publication date in range are missed)`);
  store.completeSearchRun(runId, first.count);
  return { runId, count: first.count, stored, windows };
}
