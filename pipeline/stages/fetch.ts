// Stage 2a, fetch: downloads the records of the latest complete search with
// efetch, in batches read from each date window's history entry (WebEnv +
// query_key + retstart). A batch whose records are all stored already is
// skipped, so an interrupted fetch resumes where it stopped; a batch with only
// some stored, or whose history entry has expired, is fetched by PMID list.
// Each batch is parsed, checked (every record asked for, none cut short;
// a record still missing after every retry is named and left out), stored in
// one transaction, and its raw reply kept gzip'd under cache/.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Store } from '../store/db.ts';
import { HistoryError, PartialReply, RetryableReply, type Eutils } from '../pubmed/eutils.ts';
import { recordName, scanXml, XmlStreamError } from '../pubmed/xml-records.ts';
import { parseArticleXml, RecordParseError } from '../pubmed/parse-xml.ts';
import type { InvalidText, SourcedRecord } from '../types.ts';
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
  /** Hits that efetch did not give, however often asked: not stored (the report counts them as not retrieved). */
  missing: string[];
  /** Records whose bytes were not all UTF-8: stored with U+FFFD in their place, and named. */
  invalid: InvalidText[];
  skippedBatches: number;
  batches: number;
}

/** What one efetch reply gave: the records asked for, and what else it held or lacked. */
export interface EfetchReply {
  records: SourcedRecord[];
  /** Records not asked for (another PMID, or one asked for given twice): not stored. */
  dropped: number;
  /** PMIDs asked for that are books or chapters. */
  books: string[];
  /** PMIDs asked for that the reply does not hold. */
  missing: string[];
  /** Records whose bytes were not all UTF-8. */
  invalid: InvalidText[];
}

/**
 * Parses one efetch reply; a reply cut short is retried. Only the records asked for are kept, each once: a
 * server cannot slip other records into the synthesis. A book asked for (a search may hit a chapter) is
 * answered, not missing: it is counted and left out, as import leaves it.
 */
export function parseEfetchReply(body: Buffer | string, expected: string[]): EfetchReply {
  let items;
  try {
    items = scanXml(body);
  } catch (e) {
    if (e instanceof XmlStreamError) throw new RetryableReply(`reply: ${e.message}`);
    throw e;
  }
  const asked = new Set(expected);
  const reply: EfetchReply = { records: [], dropped: 0, books: [], missing: [], invalid: [] };
  for (const item of items) {
    if (item.kind === 'book' && item.pmid !== null && asked.delete(item.pmid)) reply.books.push(item.pmid);
    if (item.kind !== 'article') continue;
    try {
      const record = parseArticleXml(item.xml);
      if (!asked.delete(record.pmid)) {
        reply.dropped++;
        continue;
      }
      reply.records.push({ record, origin: 'eutils' });
      if (item.invalidBytes) reply.invalid.push({ record: recordName(item.index, item.xml), bytes: item.invalidBytes });
    } catch (e) {
      if (e instanceof RecordParseError) throw new RetryableReply(`record ${item.index} of the reply: ${e.message}`);
      throw e;
    }
  }
  reply.missing = [...asked];
  return reply;
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
  const summary: FetchSummary = { hits, fetched: 0, dropped: 0, books: 0, missing: [], invalid: [], skippedBatches: 0, batches: 0 };

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
      // A reply missing records asked for is asked again, and kept when that does not bring them: a record deleted
      // since the search must not stop the rest, and the report counts it as not retrieved.
      const check = (body: Buffer) => {
        const reply = { body, ...parseEfetchReply(body, need) };
        if (reply.missing.length) throw new PartialReply(`reply holds ${reply.records.length} of ${need.length} records asked for`, reply);
        return reply;
      };
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
      summary.missing.push(...reply.missing);
      summary.invalid.push(...reply.invalid.map((r) => ({ ...r, record: `${r.record} of ${what}` })));
      progress.add(ids.length);
    }
  }
  progress.finish();
  return summary;
}

/** Raw replies are kept so records can be re-parsed (import --input) without refetching. */
function keepRaw(dir: string, pmids: string[], body: Buffer): void {
  writeFileAtomic(join(dir, `${pmids[0]}-${pmids[pmids.length - 1]}-${pmids.length}.xml.gz`), gzipSync(body));
}
