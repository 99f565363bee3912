// Stage 2a, fetch: downloads the records of the latest complete search with
// efetch, in batches read from each date window's history entry (WebEnv +
// query_key + retstart). A batch whose records are all stored already is
// skipped, so an interrupted fetch resumes where it stopped; a batch with only
// some stored, or whose history entry has expired, is fetched by PMID list.
// Each batch is parsed, checked (every record asked for, none cut short),
// stored in one transaction, and its raw reply kept gzip'd under cache/.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Store } from '../store/db.ts';
import { HistoryError, RetryableReply, type Eutils } from '../pubmed/eutils.ts';
import { scanXml, XmlStreamError } from '../pubmed/xml-records.ts';
import { parseArticleXml, RecordParseError } from '../pubmed/parse-xml.ts';
import type { SourcedRecord } from '../types.ts';
import { Progress } from '../progress.ts';
import { UserError } from '../errors.ts';
import { DEFAULT_BATCH, MAX_BATCH } from '../defaults.ts';
import { writeFileAtomic } from '../atomic.ts';


export interface FetchOptions {
  batchSize?: number;
  refresh?: boolean;
  quiet?: boolean;
  /** Where raw replies are kept; default: cache/efetch beside the database. */
  cacheDir?: string;
}

export interface FetchSummary {
  hits: number;
  fetched: number;
  /** Records a reply held that were not asked for (another PMID, or one asked for given twice): not stored. */
  dropped: number;
  /** Hits that are books or chapters (<PubmedBookArticle>): answered, but not articles this tool stores. */
  books: number;
  skippedBatches: number;
  batches: number;
}

/**
 * Parses one efetch reply; a reply cut short, or missing records asked for, is retried. Only the records
 * asked for are kept, each once: a server cannot slip other records into the synthesis. A book asked for
 * (a search may hit a chapter) is answered, not missing: it is counted and left out, as import leaves it.
 */
export function parseEfetchReply(body: string, expected: string[]): { records: SourcedRecord[]; dropped: number; books: string[] } {
  let items;
  try {
    items = scanXml(body);
  } catch (e) {
    if (e instanceof XmlStreamError) throw new RetryableReply(`reply: ${e.message}`);
    throw e;
  }
  const asked = new Set(expected);
  const records: SourcedRecord[] = [];
  let dropped = 0;
  const books: string[] = [];
  for (const item of items) {
    if (item.kind === 'book' && item.pmid !== null && asked.delete(item.pmid)) books.push(item.pmid);
    if (item.kind !== 'article') continue;
    try {
      const record = parseArticleXml(item.xml);
      if (asked.delete(record.pmid)) records.push({ record, origin: 'eutils' });
      else dropped++;
    } catch (e) {
      if (e instanceof RecordParseError) throw new RetryableReply(`record ${item.index} of the reply: ${e.message}`);
      throw e;
    }
  }
  if (asked.size) throw new RetryableReply(`reply holds ${records.length} of ${expected.length} records asked for`);
  return { records, dropped, books };
}

export async function fetchRecords(store: Store, client: Eutils, opts: FetchOptions = {}): Promise<FetchSummary> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH)
    throw new UserError(`--batch ${batchSize}: must be a whole number from 1 to ${MAX_BATCH}`);
  const run = store.latestCompletedSearch();
  if (!run) throw new UserError('fetch: no complete search in the database; run "search" first (or "import --input FILE")');
  const cacheDir = opts.cacheDir ?? join(dirname(resolve(store.path)), 'cache', 'efetch');
  mkdirSync(cacheDir, { recursive: true });

  const hits = store.searchHitCount(run.id);
  const progress = new Progress('fetch', hits, opts.quiet);
  const summary: FetchSummary = { hits, fetched: 0, dropped: 0, books: 0, skippedBatches: 0, batches: 0 };

  for (let w = 0; w < run.windows.length; w++) {
    const window = run.windows[w];
    const pmids = store.windowHits(run.id, w);
    for (let retstart = 0; retstart < pmids.length; retstart += batchSize) {
      const ids = pmids.slice(retstart, retstart + batchSize);
      const stored = opts.refresh ? new Set<string>() : store.storedPmids(ids);
      const need = ids.filter((p) => !stored.has(p));
      summary.batches++;
      if (need.length === 0) {
        summary.skippedBatches++;
        progress.add(ids.length);
        continue;
      }
      const what = `efetch batch ${retstart + 1}-${retstart + ids.length} of window ${w + 1}/${run.windows.length}`;
      const check = (body: string) => ({ body, ...parseEfetchReply(body, need) });
      let reply: ReturnType<typeof check>;
      if (need.length === ids.length && window.webenv) {
        try {
          reply = await client.efetch(what, { webenv: window.webenv, queryKey: window.queryKey, retstart, retmax: ids.length }, check);
        } catch (e) {
          if (!(e instanceof HistoryError)) throw e;
          reply = await client.efetch(what, { ids: need }, check); // history entry expired: ask by PMID
        }
      } else {
        reply = await client.efetch(what, { ids: need }, check);
      }
      keepRaw(cacheDir, need, reply.body);
      store.saveRecords(reply.records);
      store.saveBooks(reply.books);
      summary.fetched += reply.records.length;
      summary.dropped += reply.dropped;
      summary.books += reply.books.length;
      progress.add(ids.length);
    }
  }
  progress.finish();
  return summary;
}

/** Raw replies are kept so records can be re-parsed (import --input) without refetching. */
function keepRaw(dir: string, pmids: string[], body: string): void {
  writeFileAtomic(join(dir, `${pmids[0]}-${pmids[pmids.length - 1]}-${pmids.length}.xml.gz`), gzipSync(body));
}
